package id.go.banggaikab.rekap.output;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The paper the recap is set up for ({@code rekap.kertas}): A4, or F4 (Folio, 215 × 330 mm), which many Indonesian
 * offices load by default. F4 is Excel's paper code 14, "Folio 8½ × 13 in" (215,9 × 330,2 mm).
 */
public enum Paper {
    A4(PrintSetup.A4_PAPERSIZE),
    F4(PrintSetup.FOLIO8_PAPERSIZE);

    private final short code;

    Paper(short code) {
        this.code = code;
    }

    /** The paper size code of an Excel page setup. */
    public short code() {
        return code;
    }

    /**
     * Sets {@code sheet} up to print in landscape on this paper, one page wide and as many pages tall as it needs, with
     * its header row {@code headerRow} (0-based) repeated on every page: how the staff's lists print.
     */
    public void landscapeOnePageWide(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(code);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
