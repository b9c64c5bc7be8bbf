package id.go.banggaikab.rekap.spreadsheet;

import java.util.List;
import java.util.function.Function;

/**
 * Reads a workbook through every adapter that can take it and insists they agree: an .xlsx through the one-pass
 * reader and through POI's usermodel, and the same sheets saved again as .ods through SODS. Every form reader test
 * that reads through it (submission's {@code ReaderFixture}) thus proves that each rule holds the same whatever the
 * format. The single adapters are here too, for tests that read a form through one of them alone.
 */
public final class CrossCheckedSheets implements Function<byte[], WorkbookSheets.Result> {

    @Override
    public WorkbookSheets.Result apply(byte[] bytes) {
        WorkbookSheets.Result read = WorkbookSheets.read(bytes);
        FormatCheck.Detected format = FormatCheck.of(bytes);
        if (read.sheets() == null || format.format() != FormatCheck.Format.XLSX) {
            return read;
        }
        WorkbookSheets.Result poi = WorkbookSheets.withPoi(bytes);
        SheetViews.assertSame(poi.sheets(), read.sheets(), "fast path against POI");
        if (SheetViews.odsCanHold(poi.sheets())) {
            OdsSheets.Result ods = OdsSheets.read(SheetViews.ods(poi.sheets()));
            SheetViews.assertSame(poi.sheets(), ods.sheets(), "ODS against POI");
        }
        return read;
    }

    /** The one-pass .xlsx reader alone; fails when it leaves the workbook to POI. */
    public static List<SheetView> fast(byte[] bytes) {
        try {
            return XlsxSheets.read(bytes);
        } catch (XlsxPackage.LeaveToPoi e) {
            throw new AssertionError("fast path left the form to POI: " + e.getMessage());
        }
    }

    /** The sheets POI reads from these bytes, saved as .ods and read back through SODS. */
    public static WorkbookSheets.Result throughOds(byte[] bytes) {
        OdsSheets.Result r = OdsSheets.read(odsOf(bytes));
        return new WorkbookSheets.Result(r.sheets(), r.refusal());
    }

    /** The sheets POI reads from these bytes, saved as an .ods file. */
    public static byte[] odsOf(byte[] bytes) {
        return SheetViews.ods(WorkbookSheets.withPoi(bytes).sheets());
    }
}
