package id.go.banggaikab.rekap.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Two workbooks compared as a reader sees them, cell for cell: the sheets and their order, every cell's type, value
 * and style (number format, font, fill, borders, alignment, wrap), every row's height, the column widths, merged
 * blocks, the used range written for other readers ({@code <dimension>}), print areas and settings, frozen panes,
 * filters, repeated rows, footers, conditional formats and how many charts each sheet draws. Not compared: how the
 * XML stores the same thing (shared or inline strings, attribute order) and the creation time. Also a command for
 * comparing outputs of two builds by hand: {@code java -cp … WorkbookComparison a.xlsx b.xlsx} prints the differences
 * and exits 1 when there are any.
 */
final class WorkbookComparison {

    private final List<String> differences = new ArrayList<>();

    static List<String> differences(Path a, Path b) throws IOException {
        try (InputStream ia = Files.newInputStream(a); InputStream ib = Files.newInputStream(b);
                XSSFWorkbook wa = new XSSFWorkbook(ia); XSSFWorkbook wb = new XSSFWorkbook(ib)) {
            return differences(wa, wb);
        }
    }

    static List<String> differences(XSSFWorkbook a, XSSFWorkbook b) {
        WorkbookComparison c = new WorkbookComparison();
        c.same("sheets", a.getNumberOfSheets(), b.getNumberOfSheets());
        c.same("active sheet", a.getActiveSheetIndex(), b.getActiveSheetIndex());
        for (int i = 0; i < Math.min(a.getNumberOfSheets(), b.getNumberOfSheets()); i++) {
            c.sheet(a.getSheetAt(i), b.getSheetAt(i), i);
        }
        return c.differences;
    }

    public static void main(String[] args) throws IOException {
        List<String> found = differences(Path.of(args[0]), Path.of(args[1]));
        found.stream().limit(50).forEach(System.out::println);
        System.out.println(found.isEmpty() ? "sama sel demi sel" : found.size() + " perbedaan");
        System.exit(found.isEmpty() ? 0 : 1);
    }

    private void sheet(XSSFSheet a, XSSFSheet b, int index) {
        String where = "sheet " + index + " '" + a.getSheetName() + "'";
        same(where + " name", a.getSheetName(), b.getSheetName());
        same(where + " last row", a.getLastRowNum(), b.getLastRowNum());
        same(where + " dimension", a.getCTWorksheet().isSetDimension() ? a.getCTWorksheet().getDimension().getRef()
                : null, b.getCTWorksheet().isSetDimension() ? b.getCTWorksheet().getDimension().getRef() : null);
        same(where + " merged", regions(a.getMergedRegions()), regions(b.getMergedRegions()));
        same(where + " print area", a.getWorkbook().getPrintArea(index), b.getWorkbook().getPrintArea(index));
        same(where + " repeating rows", String.valueOf(a.getRepeatingRows()), String.valueOf(b.getRepeatingRows()));
        same(where + " pane", String.valueOf(a.getPaneInformation() == null ? null
                : a.getPaneInformation().getHorizontalSplitTopRow()), String.valueOf(b.getPaneInformation() == null
                ? null : b.getPaneInformation().getHorizontalSplitTopRow()));
        same(where + " filter", a.getCTWorksheet().isSetAutoFilter() ? a.getCTWorksheet().getAutoFilter().getRef()
                : null, b.getCTWorksheet().isSetAutoFilter() ? b.getCTWorksheet().getAutoFilter().getRef() : null);
        same(where + " footer", a.getFooter().getCenter(), b.getFooter().getCenter());
        same(where + " print", print(a), print(b));
        same(where + " fit", a.getFitToPage() + " " + a.getHorizontallyCenter(), b.getFitToPage() + " "
                + b.getHorizontallyCenter());
        same(where + " row breaks", java.util.Arrays.toString(a.getRowBreaks()),
                java.util.Arrays.toString(b.getRowBreaks()));
        same(where + " conditional formats", a.getSheetConditionalFormatting().getNumConditionalFormattings(),
                b.getSheetConditionalFormatting().getNumConditionalFormattings());
        same(where + " charts", charts(a), charts(b));
        int columns = 0;
        for (int r = 0; r <= Math.max(a.getLastRowNum(), b.getLastRowNum()); r++) {
            Row ra = a.getRow(r);
            Row rb = b.getRow(r);
            if (ra == null || rb == null) {
                same(where + " row " + (r + 1) + " present", ra != null, rb != null);
                continue;
            }
            same(where + " row " + (r + 1) + " height", ra.getHeightInPoints(), rb.getHeightInPoints());
            columns = Math.max(columns, Math.max(ra.getLastCellNum(), rb.getLastCellNum()));
            for (int c = 0; c < Math.max(ra.getLastCellNum(), rb.getLastCellNum()); c++) {
                cell(where + " " + new org.apache.poi.ss.util.CellReference(r, c).formatAsString(), ra.getCell(c),
                        rb.getCell(c));
            }
        }
        for (int c = 0; c < columns; c++) {
            same(where + " column " + c + " width", a.getColumnWidth(c), b.getColumnWidth(c));
        }
    }

    private void cell(String where, Cell a, Cell b) {
        if (a == null || b == null) {
            same(where + " present", a != null, b != null);
            return;
        }
        same(where + " type", a.getCellType(), b.getCellType());
        same(where + " value", value(a), value(b));
        same(where + " style", style(a.getCellStyle(), a), style(b.getCellStyle(), b));
    }

    private static String value(Cell c) {
        return switch (c.getCellType()) {
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case FORMULA -> "=" + c.getCellFormula();
            case ERROR -> "#" + c.getErrorCellValue();
            default -> "";
        };
    }

    private static String style(CellStyle s, Cell c) {
        var font = c.getSheet().getWorkbook().getFontAt(s.getFontIndex());
        return s.getDataFormatString() + " | " + font.getFontName() + " " + font.getFontHeightInPoints() + " b"
                + font.getBold() + " i" + font.getItalic() + " c" + font.getColor() + " | fill "
                + s.getFillPattern() + " " + s.getFillForegroundColor() + " "
                + (s.getFillForegroundColorColor() == null ? "" : java.util.Arrays.toString(
                        ((org.apache.poi.xssf.usermodel.XSSFColor) s.getFillForegroundColorColor()).getRGB()))
                + " | border " + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft() + s.getBorderRight()
                + " | align " + s.getAlignment() + " " + s.getVerticalAlignment() + " wrap " + s.getWrapText()
                + " indent " + s.getIndention() + " locked " + s.getLocked() + " rotation " + s.getRotation();
    }

    private static String print(Sheet s) {
        var p = s.getPrintSetup();
        return "paper " + p.getPaperSize() + " landscape " + p.getLandscape() + " scale " + p.getScale() + " fit "
                + p.getFitWidth() + "x" + p.getFitHeight() + " margins " + s.getMargin(Sheet.LeftMargin) + " "
                + s.getMargin(Sheet.RightMargin) + " " + s.getMargin(Sheet.TopMargin) + " "
                + s.getMargin(Sheet.BottomMargin);
    }

    private static int charts(XSSFSheet s) {
        var drawing = s.getDrawingPatriarch();
        return drawing == null ? 0 : drawing.getCharts().size();
    }

    private static List<String> regions(List<CellRangeAddress> regions) {
        return regions.stream().map(CellRangeAddress::formatAsString).sorted().toList();
    }

    private void same(String what, Object a, Object b) {
        if (!java.util.Objects.equals(a, b)) {
            differences.add(what + ": " + a + " / " + b);
        }
    }
}
