package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.aggregation.Recap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the consolidated recap workbook, "Rekap Kinerja 2026 TW III.xlsx", keeping any earlier recap of the same
 * quarter. Sheets: Ringkasan first, then the sheets SPEC §5 fixes (Rekap Indikator, Rekap Unit, Masalah, Belum
 * Lapor) and the supporting ones (Pohon Kinerja, Catatan Katalog, Keterangan, Jejak Data, Rincian Register when a
 * figure was counted from a register, Riwayat Kunci), every one
 * set up for
 * {@code paper}.
 */
public final class RecapWorkbookWriter {

    private final Paper paper;

    public RecapWorkbookWriter(Paper paper) {
        this.paper = paper;
    }

    public RecapWorkbookWriter() {
        this(Paper.A4);
    }

    /** Writes the recap into {@code outputDir} and returns the file written. */
    public Path write(Recap recap, Path outputDir) {
        Path target = OutputFiles.freeName(outputDir, Wording.recapBaseName(recap.periode()), "xlsx",
                recap.runTime());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, paper);
            SummarySheet.write(workbook, styles, recap);
            IndicatorSheet.write(workbook, styles, recap);
            UnitSheet.write(workbook, styles, recap);
            TreeSheet.write(workbook, styles, recap);
            FollowUpSheets.writeProblems(workbook, styles, recap);
            FollowUpSheets.writeMissing(workbook, styles, recap);
            FollowUpSheets.writeCatalogueNotes(workbook, styles, recap);
            SourceSheets.writeNotes(workbook, styles, recap);
            SourceSheets.writeTrace(workbook, styles, recap);
            RegisterSheet.write(workbook, styles, recap);
            LockHistorySheet.write(workbook, styles, recap);
            workbook.setActiveSheet(0);
            return OutputFiles.writeAtomically(target, workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException("Rekap tidak dapat ditulis ke " + target + ": " + e.getMessage(), e);
        }
    }
}
