package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.Problem;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every problem of a receipt on a sheet of its own, for a unit whose files gave more than the printed receipt lists
 * (a broken export with thousands of refused rows): one plain row per problem, no merged cells, filtered and frozen,
 * written through a window of rows so the work and the memory grow linearly with the rows, however many.
 */
final class ReceiptProblemList {

    static final String SHEET = "Semua Catatan";
    private static final String[] HEADERS = {"No", "Jenis", "Alasan", "Lembar dan sel", "Nilai", "Berkas"};
    private static final int[] WIDTHS = {7, 16, 70, 16, 20, 40};

    private ReceiptProblemList() {
    }

    /** Adds the sheet to {@code workbook} (whose other sheets are already written) and lists {@code problems}. */
    static void write(SXSSFWorkbook workbook, SheetStyles styles, List<Problem> problems) {
        Sheet sheet = workbook.createSheet(SHEET);
        Row head = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            SheetWriting.text(sheet, 0, c, HEADERS[c], styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        head.setHeightInPoints(16);
        int r = 1;
        for (Problem p : problems) {
            SheetWriting.number(sheet, r, 0, r, styles.centred);
            SheetWriting.text(sheet, r, 1, p.severity().label(), styles.text);
            SheetWriting.text(sheet, r, 2, p.reason(), styles.text);
            SheetWriting.text(sheet, r, 3, p.location(), styles.text);
            SheetWriting.text(sheet, r, 4, p.value() == null ? "" : p.value(), styles.text);
            SheetWriting.text(sheet, r, 5, p.file(), styles.text);
            SheetWriting.height(sheet, r, Math.max(Math.max(SheetWriting.lines(p.reason(), WIDTHS[2]),
                    SheetWriting.lines(p.file(), WIDTHS[5])), SheetWriting.lines(p.value(), WIDTHS[4])));
            r++;
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADERS.length - 1));
        // printed like the receipt: landscape, one page wide, the header on every page
        SheetWriting.printSetup(sheet, 0, HEADERS.length - 1, r - 1);
    }
}
