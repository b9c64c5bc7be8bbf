package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.Paper;
import java.util.HashMap;
import java.util.Map;
import id.go.banggaikab.rekap.output.CellStyles;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The look of one recap or LAKIP workbook: cell styles named once from the shared {@link CellStyles} (10 pt,
 * bordered tables, dark teal headers; whole numbers without decimals, fractions two, percentages one) and the paper
 * every sheet is set up to print on. The recap and the LKjIP use Arial, also as the workbook's default font that column
 * widths are counted in, because LibreOffice draws it with the metric-compatible Liberation Sans: a page checked in LibreOffice
 * is then the page Excel prints, which Calibri (replaced by a wider font where it is not installed) does not give.
 */
final class Styles {

    private static final String FONT = "Arial";
    /** Appended to a number format: the figure shows that it is the annual target, and stays a number. */
    private static final String FALLBACK_FORMAT = "\" (tahunan)\"";

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle banner;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle wrap;
    final XSSFCellStyle bold;
    final XSSFCellStyle whole;
    final XSSFCellStyle boldWhole;
    final XSSFCellStyle fraction;
    /** A target the annual one stands in for (the quarter's not set): the figure marked "(tahunan)". */
    final XSSFCellStyle fallbackWhole;
    final XSSFCellStyle fallbackFraction;
    final XSSFCellStyle percent;
    final XSSFCellStyle points;
    final XSSFCellStyle boldPercent;
    final XSSFCellStyle big;
    final XSSFCellStyle grade;
    final XSSFCellStyle note;
    final XSSFCellStyle footnote;
    final Paper paper;

    private final XSSFWorkbook workbook;
    private final CellStyles cells;
    private final Map<String, XSSFCellStyle> indented = new HashMap<>();

    /** Arial 10, also as the workbook's default font, on {@code paper}. */
    Styles(XSSFWorkbook workbook, Paper paper) {
        this(workbook, paper, FONT);
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 10);
    }

    private Styles(XSSFWorkbook workbook, Paper paper, String fontName) {
        this.workbook = workbook;
        this.paper = paper;
        this.cells = new CellStyles(workbook, fontName);
        title = cells.plain(font(14, true, IndexedColors.BLACK));
        subtitle = cells.plain(font(10, false, IndexedColors.GREY_80_PERCENT));
        banner = CellStyles.filled(cells.plain(font(12, true, IndexedColors.WHITE)), IndexedColors.RED);
        header = CellStyles.filled(cells.bordered(font(10, true, IndexedColors.WHITE)), IndexedColors.DARK_TEAL);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = cells.bordered(font(10, false, IndexedColors.BLACK));
        wrap = cells.bordered(font(10, false, IndexedColors.BLACK));
        wrap.setWrapText(true);
        bold = cells.bordered(font(10, true, IndexedColors.BLACK));
        bold.setWrapText(true);
        whole = cells.numeric(font(10, false, IndexedColors.BLACK), CellStyles.WHOLE);
        boldWhole = cells.numeric(font(10, true, IndexedColors.BLACK), CellStyles.WHOLE);
        fraction = cells.numeric(font(10, false, IndexedColors.BLACK), CellStyles.FRACTION);
        percent = cells.numeric(font(10, false, IndexedColors.BLACK), CellStyles.PERCENT);
        fallbackWhole = cells.numeric(font(10, false, IndexedColors.BLACK), CellStyles.WHOLE + FALLBACK_FORMAT);
        fallbackFraction = cells.numeric(font(10, false, IndexedColors.BLACK), CellStyles.FRACTION + FALLBACK_FORMAT);
        points = cells.numeric(font(10, false, IndexedColors.BLACK), "+#,##0.0;-#,##0.0;0.0");
        boldPercent = cells.numeric(font(10, true, IndexedColors.BLACK), CellStyles.PERCENT);
        grade = cells.bordered(font(10, false, IndexedColors.BLACK));
        grade.setAlignment(HorizontalAlignment.RIGHT);
        note = cells.bordered(font(10, true, IndexedColors.DARK_RED));
        note.setWrapText(true);
        footnote = cells.plain(font(10, false, IndexedColors.GREY_80_PERCENT));
        footnote.setWrapText(true);
        big = cells.plain(font(20, true, IndexedColors.DARK_TEAL));
        cells.format(big, CellStyles.PERCENT);
        big.setAlignment(HorizontalAlignment.LEFT);
        big.setVerticalAlignment(VerticalAlignment.BOTTOM);
    }

    /** Whole numbers without decimals, others with up to two. */
    XSSFCellStyle number(double value) {
        return value == Math.rint(value) ? whole : fraction;
    }

    /** As {@link #number(double)}, marked as an annual target standing in for the quarter's. */
    XSSFCellStyle fallback(double value) {
        return value == Math.rint(value) ? fallbackWhole : fallbackFraction;
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

    private XSSFFont font(int points, boolean strong, IndexedColors color) {
        return cells.font(points, strong, false, color);
    }
}
