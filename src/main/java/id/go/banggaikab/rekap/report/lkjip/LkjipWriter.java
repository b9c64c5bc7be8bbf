package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the whole LKjIP of a year: "LKjIP 2026.docx" once TW IV is locked, "LKjIP 2026 (draf s.d. TW III …).docx"
 * while the year is open. The caller names the version ({@link DocumentName}); this writes to the path it is given.
 */
public final class LkjipWriter {

    /** The LKjIP's versions are named after the year alone: "LKjIP 2026". */
    public static DocumentName name(int tahun) {
        return new DocumentName("LKjIP " + tahun, "docx");
    }

    /** What a draft reaches, written after "draf" in its name: "s.d. TW III". */
    public static String reach(Periode periode) {
        return "s.d. " + periode.label();
    }

    /** Writes the document to {@code target} keeping {@code digest} inside; returns the file written. */
    public Path write(Lkjip lkjip, Path target, String digest) {
        try {
            return OutputFiles.writeAtomically(target, out -> LkjipDocument.write(lkjip, out, digest));
        } catch (IOException e) {
            throw new UncheckedIOException("LKjIP tidak dapat ditulis ke " + target + ": " + e.getMessage(), e);
        }
    }
}
