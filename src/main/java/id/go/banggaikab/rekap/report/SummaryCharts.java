package id.go.banggaikab.rekap.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
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
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * The two charts of the summary, as native Excel charts (POI XDDF) reading cells of the sheet, so they stay right if
 * someone corrects a figure by hand. Both value axes run from 0 so that bars and lines are not exaggerated.
 */
final class SummaryCharts {

    private static final int WIDTH_COLUMNS = 9;
    private static final int HEIGHT_ROWS = 20;

    private SummaryCharts() {
    }

    static void bar(XSSFSheet sheet, CellRangeAddress labels, CellRangeAddress values, int col, int row) {
        XSSFChart chart = chart(sheet, col, row, "Capaian Kinerja per Bidang (%)");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series s = series(sheet, data, labels, values);
        s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.TEAL)));
        chart.plot(data);
        showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls());
    }

    static void line(XSSFSheet sheet, CellRangeAddress labels, CellRangeAddress values, int col, int row) {
        XSSFChart chart = chart(sheet, col, row, "Skor Kinerja Dinas per Triwulan (%)");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) series(sheet, data, labels, values);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(
                XDDFColor.from(PresetColor.TEAL)));
        stroke.setWidth(2.25);
        s.setLineProperties(stroke);
        chart.plot(data);
        showValues(chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).addNewDLbls());
    }

    /** Prints each value on its bar or point, with one decimal like the tables. */
    private static void showValues(CTDLbls labels) {
        labels.addNewNumFmt().setFormatCode("0.0");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static XSSFChart chart(XSSFSheet sheet, int col, int row, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + WIDTH_COLUMNS, row + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat("0");
        return y;
    }

    private static XDDFChartData.Series series(XSSFSheet sheet, XDDFChartData data, CellRangeAddress labels,
            CellRangeAddress values) {
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromStringCellRange(sheet, labels);
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet, values);
        XDDFChartData.Series s = data.addSeries(x, y);
        s.setTitle("Skor (%)", null);
        return s;
    }
}
