package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the LKjIP's Bab III of the quarter twice with the same content: "Tabel LAKIP 2026 TW III.xlsx" with its
 * tables as sheets to paste and compute with, and "Tabel LAKIP 2026 TW III.docx", the draft of the chapter. Before
 * TW IV they are the quarterly performance report "s.d. Triwulan …". Earlier files of the same quarter are kept.
 */
public final class LakipWriter {

    /** Writes both files into {@code outputDir}; returns the workbook then the document. */
    public List<Path> write(Lkjip lkjip, Path outputDir) {
        String base = Wording.lakipBaseName(lkjip.recap().periode());
        Path xlsx = OutputFiles.freeName(outputDir, base, "xlsx", lkjip.recap().runTime());
        Path docx = OutputFiles.freeName(outputDir, base, "docx", lkjip.recap().runTime());
        try {
            return List.of(OutputFiles.writeAtomically(xlsx, out -> LakipWorkbook.write(lkjip, out)),
                    OutputFiles.writeAtomically(docx, out -> LakipDocument.write(lkjip, out)));
        } catch (IOException e) {
            throw new UncheckedIOException("Tabel LAKIP tidak dapat ditulis ke " + outputDir + ": " + e.getMessage(),
                    e);
        }
    }
}
