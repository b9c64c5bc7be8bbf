package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the LKjIP's Bab III of the quarter twice with the same content: "Tabel LAKIP 2026 TW III.xlsx" with its
 * tables as sheets to paste and compute with, and "Tabel LAKIP 2026 TW III.docx", the draft of the chapter. Before
 * TW IV they are the quarterly performance report "s.d. Triwulan …". The caller names the version
 * ({@link DocumentName}: the final under the plain name, drafts beside it); earlier files are kept.
 */
public final class LakipWriter {

    /** The LAKIP tables' two documents of a quarter: "Tabel LAKIP 2026 TW III" as .xlsx and .docx. */
    public static List<DocumentName> names(Periode periode) {
        String base = Wording.lakipBaseName(periode);
        return List.of(new DocumentName(base, "xlsx"), new DocumentName(base, "docx"));
    }

    /** Writes the workbook to {@code target} keeping {@code digest} inside; returns the file written. */
    public Path writeWorkbook(Lkjip lkjip, Path target, String digest) {
        return write(target, out -> LakipWorkbook.write(lkjip, out, digest));
    }

    /** Writes the Word draft to {@code target} keeping {@code digest} inside; returns the file written. */
    public Path writeDocument(Lkjip lkjip, Path target, String digest) {
        return write(target, out -> LakipDocument.write(lkjip, out, digest));
    }

    private static Path write(Path target, OutputFiles.Content content) {
        try {
            return OutputFiles.writeAtomically(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Tabel LAKIP tidak dapat ditulis ke " + target + ": " + e.getMessage(), e);
        }
    }
}
