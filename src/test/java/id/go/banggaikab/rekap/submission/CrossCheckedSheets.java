package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a form through every adapter that can take it and insists they agree: an .xlsx through the fast path and
 * through POI's usermodel, and the same sheets saved again as .ods through SODS. Every reader test that uses
 * {@link ReaderFixture#reader()} thus proves that each rule holds the same whatever the format.
 */
final class CrossCheckedSheets implements Function<byte[], WorkbookSheets.Result> {

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

    static List<SheetView> fast(byte[] bytes) {
        try {
            return XlsxSheets.read(bytes);
        } catch (XlsxPackage.LeaveToPoi e) {
            throw new AssertionError("fast path left the form to POI: " + e.getMessage());
        }
    }
}
