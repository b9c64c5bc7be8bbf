package id.go.banggaikab.rekap.warmup;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.spreadsheet.UnreadableWorkbook;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small workbook with what the job's workbooks hold (styled, merged and formula cells, print settings, a list
 * and a condition, a bar and a line chart), written to memory and read back through the spreadsheet package as every
 * workbook a run reads is read. The bytes are thrown away.
 */
final class SpreadsheetWork {

    private static final int ROWS = 12;

    private SpreadsheetWork() {
    }

    /** Writes the workbook and reads it back; returns the number of cells read (a test checks the work was done). */
    static int writeAndRead() throws IOException {
        return read(write());
    }

    static byte[] write() throws IOException {
        try (XSSFWorkbook wb = new NewWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Pemanasan");
            // Every streamed sheet of the recap measures the default font's "0" when it is made (POI's column-width
            // tracker), through Java2D's text layout; on Java 22 and later its first use starts the HarfBuzz shaper
            // through the foreign-function API, some 0.05 s of processor time the main thread paid in the recap's step.
            SheetUtil.getDefaultCharWidthAsFloat(wb);
            XSSFCellStyle header = header(wb);
            XSSFCellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            number.setBorderBottom(BorderStyle.THIN);
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                row.setHeightInPoints(15);
                Cell name = row.createCell(0);
                name.setCellValue(r == 0 ? "Indikator" : "Indikator " + r);
                name.setCellStyle(r == 0 ? header : null);
                Cell value = row.createCell(1);
                value.setCellValue(r * 1.5);
                value.setCellStyle(number);
                row.createCell(2).setCellFormula("IF(B" + (r + 1) + ">0,B" + (r + 1) + "/2,\"\")");
            }
            sheet.addMergedRegion(new CellRangeAddress(ROWS, ROWS, 0, 2));
            sheet.setColumnWidth(0, 30 * 256);
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, ROWS - 1, 0, 2));
            print(wb, sheet);
            rules(sheet);
            chart(sheet);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFCellStyle header(XSSFWorkbook wb) {
        XSSFFont font = wb.createFont();
        font.setBold(true);
        font.setFontName("Arial");
        font.setFontHeightInPoints((short) 10);
        XSSFCellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderTop(BorderStyle.THIN);
        style.setLocked(true);
        return style;
    }

    private static void print(XSSFWorkbook wb, Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getFooter().setCenter("Halaman &P dari &N");
        wb.setPrintArea(0, "A1:C" + ROWS);
    }

    private static void rules(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createExplicitListConstraint(new String[] {"Ya", "Tidak"});
        DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, ROWS - 1, 2, 2));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Isian", "Pilih dari daftar");
        sheet.addValidationData(validation);
        SheetConditionalFormatting conditions = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = conditions.createConditionalFormattingRule("$B2<0");
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        conditions.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A2:C" + ROWS)}, rule);
    }

    private static void chart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 1, 10, 14));
        chart.setTitleText("Capaian");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, ROWS - 1, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, ROWS - 1, 1, 1));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.BAR);
        XDDFChartData.Series bar = bars.addSeries(names, values);
        bar.setTitle("Capaian", null);
        bar.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.TEAL)));
        chart.plot(bars);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFLineChartData.Series line = (XDDFLineChartData.Series) lines.addSeries(names, values);
        line.setMarkerStyle(MarkerStyle.SQUARE);
        line.setSmooth(false);
        chart.plot(lines);
    }

    /**
     * Reads the bytes back the way every run reads its forms, targets, catalogue, Renstra and budget: through the
     * spreadsheet package's one-pass reader, not POI's model (which only .xls and odd .xlsx files still take).
     */
    static int read(byte[] bytes) throws IOException {
        int cells = 0;
        List<SheetView> sheets;
        try {
            sheets = WorkbookSheets.read(bytes).orThrow();
        } catch (UnreadableWorkbook e) {
            throw new IOException(e.getMessage(), e);
        }
        for (SheetView sheet : sheets) {
            for (int row = 0; row <= sheet.lastRow(); row++) {
                for (int col = 0; col <= sheet.lastColumn(row); col++) {
                    if (sheet.value(row, col).kind() != CellValue.Kind.EMPTY) {
                        sheet.value(row, col).asText();
                        cells++;
                    }
                }
            }
        }
        return cells;
    }
}
