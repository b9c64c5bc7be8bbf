package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.aggregation.Recap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the consolidated recap workbook of a quarter, "Rekap Kinerja 2026 TW III.xlsx" when final, else a draft
 * beside it (see {@link DocumentName}). Sheets: Ringkasan first, then the sheets SPEC §5 fixes (Rekap Indikator, Rekap
 * Unit, Masalah, Belum Lapor) and the supporting ones (Pohon Kinerja, Catatan Katalog, Keterangan, Jejak Data, Rincian
 * Register when a figure was counted from a register, Riwayat Kunci), every one set up for {@code paper}.
 *
 * <p>Memory stays bounded however long the sheets get: Ringkasan, which holds the charts, is built in POI's object
 * model; every other sheet is streamed (SXSSF): its rows are held as light cells only while the sheet is written and
 * fitted (column widths and row heights need all of its rows), then go to a compressed temporary file before the
 * next sheet starts. The cells are the ones the object model would hold ({@code RecapStreamingTest} compares both).
 */
public final class RecapWorkbookWriter {

    /** One sheet (or two) of the recap, written into the workbook given. */
    private interface SheetWriter {
        void write(Workbook workbook, Styles styles, Recap recap);
    }

    /** The sheets after Ringkasan, in their order. */
    private static final List<SheetWriter> STREAMED = List.of(IndicatorSheet::write, UnitSheet::write,
            TreeSheet::write, FollowUpSheets::writeProblems, FollowUpSheets::writeMissing,
            FollowUpSheets::writeCatalogueNotes, SourceSheets::writeNotes, SourceSheets::writeTrace,
            RegisterSheet::write, LockHistorySheet::write);

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
        try {
            return OutputFiles.writeAtomically(target, out -> write(recap, digest, out, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Rekap tidak dapat ditulis ke " + target + ": " + e.getMessage(), e);
        }
    }

    /** {@code streamed}: as the job writes it; otherwise every sheet in the object model, as before streaming. */
    void write(Recap recap, String digest, OutputStream out, boolean streamed) throws IOException {
        try (XSSFWorkbook model = new NewWorkbook()) {
            InputDigest.store(model.getProperties(), digest, recap.verification().isFinal());
            Styles styles = new Styles(model, paper);
            SummarySheet.write(model, styles, recap);
            if (!streamed) {
                STREAMED.forEach(w -> w.write(model, styles, recap));
                model.setActiveSheet(0);
                model.write(out);
                return;
            }
            // unbounded window: a sheet's rows stay reachable until it is fitted, then flushed all at once; text
            // inline: a shared-strings table would keep every distinct text as XmlBeans for the whole write (and
            // serialise each one to look it up: 0.85 GB of garbage for a 200,000-row register's recap)
            SXSSFWorkbook workbook = new SXSSFWorkbook(model, -1, true, false);
            try {
                for (SheetWriter w : STREAMED) {
                    w.write(workbook, styles, recap);
                    flush(workbook);
                }
                workbook.setActiveSheet(0);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    /**
     * Every streamed sheet written so far leaves memory for its temporary file, its used range noted first as the
     * object model notes it ({@code <dimension>}, which some readers trust to know how many rows there are).
     */
    private static void flush(SXSSFWorkbook workbook) throws IOException {
        for (Sheet sheet : workbook) {
            if (sheet instanceof SXSSFSheet streamed && streamed.getPhysicalNumberOfRows() > 0) {
                int first = Integer.MAX_VALUE;
                int last = -1;
                for (Row row : streamed) {
                    if (row.getLastCellNum() > 0) {
                        first = Math.min(first, row.getFirstCellNum());
                        last = Math.max(last, row.getLastCellNum() - 1);
                    }
                }
                if (last >= 0) {
                    workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).setDimensionOverride(
                            new CellRangeAddress(streamed.getFirstRowNum(), streamed.getLastRowNum(), first, last));
                }
                streamed.flushRows();
            }
        }
    }
}
