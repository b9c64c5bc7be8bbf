package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.aggregation.Recap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the consolidated recap workbook of a quarter, "Rekap Kinerja 2026 TW III.xlsx" when final, else a draft
 * beside it (see {@link DocumentName}). Sheets: Ringkasan first, then the sheets SPEC §5 fixes (Rekap Indikator, Rekap Unit, Masalah, Belum
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

    /** The recap's document: "Rekap Kinerja 2026 TW III", its versions named by {@link DocumentName}. */
    public static DocumentName name(Periode periode) {
        return new DocumentName(Wording.recapBaseName(periode), "xlsx");
    }

    /**
     * Writes the recap to {@code target} (the caller names the version) keeping {@code digest}, the fingerprint of
     * its inputs, inside; returns the file written.
     */
    public Path write(Recap recap, Path target, String digest) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            InputDigest.store(workbook.getProperties(), digest, recap.verification().isFinal());
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
