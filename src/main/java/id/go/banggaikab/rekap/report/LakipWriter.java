package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.aggregation.Recap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the LAKIP table of the quarter twice with the same content: "Tabel LAKIP 2026 TW III.xlsx" to paste as a
 * sheet and "Tabel LAKIP 2026 TW III.docx" to drop into Bab III. Earlier tables of the same quarter are kept.
 */
public final class LakipWriter {

    /** Writes both files into {@code outputDir}; returns the workbook then the document. */
    public List<Path> write(Recap recap, Path outputDir) {
        LakipTable table = LakipTable.of(recap);
        String base = Wording.lakipBaseName(recap.periode());
        Path xlsx = OutputFiles.freeName(outputDir, base, "xlsx", recap.runTime());
        Path docx = OutputFiles.freeName(outputDir, base, "docx", recap.runTime());
        try {
            return List.of(OutputFiles.writeAtomically(xlsx, out -> LakipSheet.write(recap, table, out)),
                    OutputFiles.writeAtomically(docx, out -> LakipDocument.write(recap, table, out)));
        } catch (IOException e) {
            throw new UncheckedIOException("Tabel LAKIP tidak dapat ditulis ke " + outputDir + ": " + e.getMessage(),
                    e);
        }
    }
}
