package id.go.banggaikab.rekap.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
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
 * someone corrects a figure by hand. Both value axes run from 0 so that bars and lines are not exaggerated, and end at
 * the cap on capaian in scores (no score can pass it, so an axis to 120 would only shrink the bars). An empty
 * cell (a bidang or quarter without data) is a gap: without {@code dispBlanksAs="gap"} LibreOffice and older Excel
 * draw it as 0, a low score nobody reported.
 */
final class SummaryCharts {

    /** Columns a chart spans. */
    static final int WIDTH_COLUMNS = 7;

    private SummaryCharts() {
    }

    /**
     * Horizontal bars, so that the long names of the bidang read on the axis instead of being turned on end. The value
     * axis ends at {@code cap}, the highest a score can be.
     */
    static void bar(XSSFSheet sheet, CellRangeAddress labels, CellRangeAddress values, int col, int row, int toRow,
            String title, double cap) {
        XSSFChart chart = chart(sheet, col, row, toRow, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        x.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis y = valueAxis(chart, AxisPosition.BOTTOM, cap);
        // The categories run top to bottom; the value axis then belongs at the last one, the bottom.
        y.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series s = series(sheet, data, labels, values);
        s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.TEAL)));
        chart.plot(data);
        showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls());
    }

    /** The dinas score per quarter; the value axis ends at {@code cap}, the highest a score can be. */
    static void line(XSSFSheet sheet, CellRangeAddress labels, CellRangeAddress values, int col, int row, int toRow,
            String title, double cap) {
        XSSFChart chart = chart(sheet, col, row, toRow, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, AxisPosition.LEFT, cap);
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

    /** A chart over columns {@code col} to {@code col + WIDTH_COLUMNS} and rows {@code row} to {@code toRow}. */
    private static XSSFChart chart(XSSFSheet sheet, int col, int row, int toRow, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + WIDTH_COLUMNS, toRow);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition position, double cap) {
        XDDFValueAxis y = chart.createValueAxis(position);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setMaximum(cap);
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
