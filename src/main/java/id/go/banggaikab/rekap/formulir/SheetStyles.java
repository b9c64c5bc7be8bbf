package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.output.CellStyles;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one form or receipt, made once per workbook because a workbook holds a limited number of styles.
 * Every style is locked (the Excel default) except {@link #input} and {@link #inputText}: on a protected sheet the
 * yellow cells are exactly the ones staff can type in, which is the whole point of the colour.
 */
final class SheetStyles {

    /** Light yellow: "type here". */
    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    /** Light grey: "computed or not applicable". */
    static final byte[] GREY_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle label;
    final XSSFCellStyle plain;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle centred;
    final XSSFCellStyle small;
    final XSSFCellStyle input;
    final XSSFCellStyle inputText;
    final XSSFCellStyle computed;
    final XSSFCellStyle unused;
    final XSSFCellStyle previous;
    final XSSFCellStyle section;
    final XSSFCellStyle banner;
    final XSSFCellStyle percent;

    private final CellStyles cells;

    SheetStyles(XSSFWorkbook workbook) {
        this.cells = new CellStyles(workbook, "Arial");
        // Column widths count characters of the workbook's default font: Arial 10, as the text, so the page Excel
        // prints is the one LibreOffice (with the metric-compatible Liberation Sans) shows and measures.
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName("Arial");
        normal.setFontHeightInPoints((short) 10);
        title = style(font(14, true, false), false, null);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = style(font(11, true, false), false, null);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        label = style(font(10, true, false), false, null);
        plain = style(font(10, false, false), false, null);
        plain.setAlignment(HorizontalAlignment.LEFT);
        note = style(font(10, false, true), false, null);
        note.setWrapText(true);
        section = style(font(11, true, false), false, null);
        banner = CellStyles.filled(cells.plain(cells.font(11, true, false, IndexedColors.WHITE)), IndexedColors.RED);
        banner.setAlignment(HorizontalAlignment.CENTER);
        header = style(font(10, true, false), true, HEADER_FILL);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = style(font(10, false, false), true, null);
        text.setWrapText(true);
        centred = style(font(10, false, false), true, null);
        centred.setAlignment(HorizontalAlignment.CENTER);
        centred.setWrapText(true); // a satuan such as "Usaha Mikro" wraps in its narrow column
        small = style(font(9, false, false), true, null);
        small.setWrapText(true);
        input = style(font(10, false, false), true, INPUT_FILL);
        input.setLocked(false);
        inputText = style(font(10, false, false), true, INPUT_FILL);
        inputText.setLocked(false);
        inputText.setWrapText(true);
        computed = style(font(10, false, false), true, GREY_FILL);
        cells.format(computed, CellStyles.FRACTION);
        unused = style(font(10, false, false), true, GREY_FILL);
        percent = cells.numeric(font(10, false, false), CellStyles.PERCENT);
        previous = style(font(10, false, true), true, null);
        previous.setWrapText(true);
        previous.setAlignment(HorizontalAlignment.RIGHT);
    }

    /** A bordered, locked number cell showing decimals only when the value has them. */
    XSSFCellStyle number(double value) {
        return cells.number(value, 10);
    }

    private XSSFFont font(int points, boolean bold, boolean italic) {
        return cells.font(points, bold, italic, null);
    }

    private XSSFCellStyle style(XSSFFont font, boolean bordered, byte[] fill) {
        XSSFCellStyle s = bordered ? cells.bordered(font) : cells.plain(font);
        return fill == null ? s : CellStyles.filled(s, fill);
    }
}
