package id.go.banggaikab.rekap.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, created once (a workbook holds at most 64 000 styles, so cells must share them).
 * Number formats are locale-neutral codes that Excel shows in the reader's locale: {@code #,##0} is 1.234 in an
 * Indonesian Excel. Whole numbers get no decimals, fractions up to two, percentages one.
 */
final class Styles {

    static final String WHOLE = "#,##0";
    static final String FRACTION = "#,##0.0#";
    static final String PERCENT = "#,##0.0";

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle banner;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle wrap;
    final XSSFCellStyle bold;
    final XSSFCellStyle whole;
    final XSSFCellStyle fraction;
    final XSSFCellStyle percent;
    final XSSFCellStyle boldPercent;
    final XSSFCellStyle big;
    final XSSFCellStyle grade;

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> indented = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = plain(font(14, true, IndexedColors.BLACK));
        subtitle = plain(font(10, false, IndexedColors.GREY_80_PERCENT));
        banner = plain(font(12, true, IndexedColors.WHITE));
        banner.setFillForegroundColor(IndexedColors.RED.getIndex());
        banner.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header = bordered(font(10, true, IndexedColors.WHITE));
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered(font(10, false, IndexedColors.BLACK));
        wrap = bordered(font(10, false, IndexedColors.BLACK));
        wrap.setWrapText(true);
        bold = bordered(font(10, true, IndexedColors.BLACK));
        bold.setWrapText(true);
        whole = numeric(WHOLE, false);
        fraction = numeric(FRACTION, false);
        percent = numeric(PERCENT, false);
        boldPercent = numeric(PERCENT, true);
        grade = bordered(font(10, false, IndexedColors.BLACK));
        grade.setAlignment(HorizontalAlignment.RIGHT);
        big = plain(font(20, true, IndexedColors.DARK_TEAL));
        big.setDataFormat(workbook.createDataFormat().getFormat(PERCENT));
        big.setAlignment(HorizontalAlignment.LEFT);
    }

    /** Whole numbers without decimals, others with up to two. */
    XSSFCellStyle number(double value) {
        return value == Math.rint(value) ? whole : fraction;
    }

    /** A text cell indented by tree depth, bold for units and plain for positions. */
    XSSFCellStyle indented(int depth, boolean strong) {
        return indented.computeIfAbsent(depth + "/" + strong, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(strong ? bold : wrap);
            s.setAlignment(HorizontalAlignment.LEFT);
            s.setIndention((short) Math.min(depth * 2, 15));
            return s;
        });
    }

    private XSSFCellStyle numeric(String format, boolean strong) {
        XSSFCellStyle s = bordered(font(10, strong, IndexedColors.BLACK));
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    private XSSFCellStyle plain(XSSFFont font) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(font);
        return s;
    }

    private XSSFCellStyle bordered(XSSFFont font) {
        XSSFCellStyle s = plain(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private XSSFFont font(int points, boolean strong, IndexedColors color) {
        XSSFFont f = workbook.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) points);
        f.setBold(strong);
        f.setColor(color.getIndex());
        return f;
    }
}
