package id.go.banggaikab.rekap.output;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The building blocks every workbook we write shares: the number formats, fonts, borders and fills. Each writer
 * (recap, forms and receipts, targets) names its own styles from these, once per workbook, because a workbook holds
 * a limited number of styles. Number formats are locale-neutral codes that Excel shows in the reader's locale:
 * {@code #,##0} is 1.234 in an Indonesian Excel.
 */
public final class CellStyles {

    /** Whole numbers: no decimals. */
    public static final String WHOLE = "#,##0";
    /** Fractions: two decimals, as Indonesian reports print them ("12,50"). */
    public static final String FRACTION = "#,##0.00";
    /** Percentages and scores: always one decimal, like the category bounds. */
    public static final String PERCENT = "#,##0.0";

    private final XSSFWorkbook workbook;
    private final String fontName;
    private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

    public CellStyles(XSSFWorkbook workbook, String fontName) {
        this.workbook = workbook;
        this.fontName = fontName;
    }

    /** The format for a figure: decimals only when it has them. */
    public static String formatOf(double value) {
        return value == Math.rint(value) ? WHOLE : FRACTION;
    }

    public XSSFFont font(int points, boolean bold, boolean italic, IndexedColors color) {
        XSSFFont f = workbook.createFont();
        f.setFontName(fontName);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        if (color != null) {
            f.setColor(color.getIndex());
        }
        return f;
    }

    /** A style with the font, aligned to the top of its cell. */
    public XSSFCellStyle plain(XSSFFont font) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** As {@link #plain}, with a thin border all round. */
    public XSSFCellStyle bordered(XSSFFont font) {
        XSSFCellStyle s = plain(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** Fills the style with a colour given as RGB bytes. */
    public static XSSFCellStyle filled(XSSFCellStyle s, byte[] rgb) {
        s.setFillForegroundColor(new XSSFColor(rgb, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    /** Fills the style with one of the indexed colours. */
    public static XSSFCellStyle filled(XSSFCellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    /** A bordered, right-aligned number style with the format. */
    public XSSFCellStyle numeric(XSSFFont font, String format) {
        XSSFCellStyle s = bordered(font);
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    /** A bordered number style of {@code points} showing decimals only when the value has them, shared per format. */
    public XSSFCellStyle number(double value, int points) {
        String format = formatOf(value);
        return numbers.computeIfAbsent(format + "/" + points, k -> numeric(font(points, false, false, null), format));
    }

    /** Applies a number format to an existing style. */
    public void format(XSSFCellStyle s, String format) {
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
    }
}
