package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.Trend;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheet {@value #NAME}: per sasaran strategis its figures by year (realisation of whole years, the Renstra path, and
 * this year's realisation apart while the year is not whole) and, where more than one year of realisation is known, a
 * native line chart per indicator reading those cells, the part year a square point of its own without a line. An empty cell is a gap in the line ({@code dispBlanksAs="gap"}), never a fall to 0.
 */
final class LakipTrendSheet {

    static final String NAME = "Tren";
    /** Columns and rows one chart spans. */
    private static final int CHART_COLUMNS = 6;
    private static final int CHART_ROWS = 16;

    private LakipTrendSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Lkjip lkjip) {
        TableSheet t = new TableSheet(workbook, styles, lkjip.recap(), NAME, LakipText.title("Tren Realisasi dan"
                + " Target Renstra per Sasaran Strategis " + LakipText.reach(lkjip.recap().periode()), lkjip.recap()),
                true, 20, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13);
        for (int c = 0; c < 13; c++) {
            t.sheet.setColumnWidth(c, (c == 0 ? 18 : 14) * 256);
        }
        boolean firstTrend = true;
        for (Trend trend : lkjip.trends()) {
            Row gap = t.row();
            if (!firstTrend) {
                t.sheet.setRowBreak(gap.getRowNum());
            }
            firstTrend = false;
            Row heading = t.row();
            heading.setHeightInPoints(22);
            t.text(heading, 0, trend.number() + ". " + trend.sasaran(), styles.title);
            if (!trend.drawable()) {
                t.text(t.row(), 0, LakipText.noTrend(trend), styles.subtitle);
                continue;
            }
            Row head = t.row();
            t.text(head, 0, "Tahun", styles.header);
            int c = 1;
            for (Trend.Series s : trend.series()) {
                t.text(head, c++, "Realisasi " + s.code() + " (tahun penuh)", styles.header);
                t.text(head, c++, "Target Renstra " + s.code(), styles.header);
                t.text(head, c++, "Realisasi " + s.code() + " sebagian tahun", styles.header);
            }
            head.setHeightInPoints(40);
            int first = t.lastRow() + 1;
            for (int y = 0; y < trend.yearLabels().size(); y++) {
                Row row = t.row();
                t.text(row, 0, trend.yearLabels().get(y), styles.text);
                c = 1;
                for (Trend.Series s : trend.series()) {
                    t.number(row, c++, s.realisasi().get(y));
                    t.number(row, c++, s.renstra().get(y));
                    t.number(row, c++, s.partial().get(y));
                }
            }
            int last = t.lastRow();
            int chartRow = last + 2;
            for (int i = 0; i < trend.series().size(); i++) {
                Trend.Series s = trend.series().get(i);
                chart(t, s, trend.partialLabel(), new CellRangeAddress(first, last, 0, 0), first, last, 1 + 3 * i,
                        (i % 2) * (CHART_COLUMNS + 1), chartRow + (i / 2) * (CHART_ROWS + 1));
            }
            int rows = (trend.series().size() + 1) / 2 * (CHART_ROWS + 1) + 1;
            for (int r = 0; r < rows; r++) {
                t.row();
            }
        }
        t.print();
    }

    private static void chart(TableSheet t, Trend.Series s, String partial, CellRangeAddress years, int first,
            int last, int column, int atColumn, int atRow) {
        XSSFDrawing drawing = t.xssf().createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, atColumn, atRow, atColumn + CHART_COLUMNS,
                atRow + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(s.name() + " (" + s.satuan() + ")");
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat("#,##0.##");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        var labels = XDDFDataSourcesFactory.fromStringCellRange(t.xssf(), years);
        series(data, labels, t, new CellRangeAddress(first, last, column, column), "Realisasi (tahun penuh)",
                PresetColor.TEAL, false);
        series(data, labels, t, new CellRangeAddress(first, last, column + 1, column + 1), "Target Renstra",
                PresetColor.DARK_ORANGE, true);
        if (partial != null) {
            XDDFLineChartData.Series point = (XDDFLineChartData.Series) data.addSeries(labels,
                    XDDFDataSourcesFactory.fromNumericCellRange(t.xssf(), new CellRangeAddress(first, last,
                            column + 2, column + 2)));
            point.setTitle(partial, null);
            point.setSmooth(false);
            point.setMarkerStyle(MarkerStyle.SQUARE);
            point.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        }
        chart.plot(data);
    }

    private static void series(XDDFLineChartData data, org.apache.poi.xddf.usermodel.chart.XDDFDataSource<String> x,
            TableSheet t, CellRangeAddress values, String title, PresetColor color, boolean dashed) {
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(x,
                XDDFDataSourcesFactory.fromNumericCellRange(t.xssf(), values));
        s.setTitle(title, null);
        s.setSmooth(false);
        s.setMarkerStyle(dashed ? MarkerStyle.DIAMOND : MarkerStyle.CIRCLE);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(2.0);
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        s.setLineProperties(line);
    }
}
