package id.go.banggaikab.rekap.output;

import org.apache.poi.ss.usermodel.PrintSetup;

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
}
