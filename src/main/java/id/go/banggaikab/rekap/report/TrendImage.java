package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Trend;
import id.go.banggaikab.rekap.output.PngImages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The trend of one sasaran strategis as one PNG for the Word document (JFreeChart): a panel per indicator over the
 * same years, side by side, the realisation of whole years as a solid line, this year's while it is not whole as a
 * hollow square of its own (a year to date is not on the line of years), the Renstra path dashed, a year without a
 * figure a gap in the line (never a fall to 0). Drawn at twice the size it is shown, so it prints sharp.
 */
final class TrendImage {

    /** The height of a row of panels as shown in the document, in points; the width is the text's. */
    static final double PANEL_POINTS = 200;
    private static final int PER_ROW = 2;
    private static final int SCALE = 2;
    private static final Color TEAL = new Color(0, 128, 128);
    private static final Color ORANGE = new Color(230, 120, 20);
    private static final Color PURPLE = new Color(120, 60, 160);
    private static final String WHOLE = "Realisasi (tahun penuh)";

    private TrendImage() {
    }

    static double heightPoints(Trend trend) {
        return PANEL_POINTS * rows(trend);
    }

    private static int rows(Trend trend) {
        return (trend.series().size() + PER_ROW - 1) / PER_ROW;
    }

    /** The picture {@code widthPoints} wide as shown (the text width of the page), two panels a row. */
    static byte[] png(Trend trend, double widthPoints) {
        int width = (int) (widthPoints * SCALE);
        int panel = (int) (PANEL_POINTS * SCALE);
        BufferedImage image = new BufferedImage(width, panel * rows(trend), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        int columns = Math.min(PER_ROW, trend.series().size());
        for (int i = 0; i < trend.series().size(); i++) {
            int w = width / columns;
            chart(trend, trend.series().get(i)).draw(g, new Rectangle2D.Double((i % columns) * w, (i / columns) * panel,
                    w, panel));
        }
        g.dispose();
        return PngImages.encode(image);
    }

    private static JFreeChart chart(Trend trend, Trend.Series s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String partial = trend.partialLabel();
        for (int y = 0; y < trend.yearLabels().size(); y++) {
            data.addValue(s.realisasi().get(y), WHOLE, trend.yearLabels().get(y));
            data.addValue(s.renstra().get(y), "Target Renstra", trend.yearLabels().get(y));
            if (partial != null) {
                data.addValue(s.partial().get(y), partial, trend.yearLabels().get(y));
            }
        }
        CategoryAxis years = new CategoryAxis();
        years.setTickLabelFont(font(9, false));
        years.setMaximumCategoryLabelLines(2);
        years.setMaximumCategoryLabelWidthRatio(1.4f);
        NumberAxis values = new NumberAxis(s.satuan());
        values.setLabelFont(font(9, false));
        values.setTickLabelFont(font(9, false));
        values.setAutoRangeIncludesZero(true);
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.forLanguageTag("id")));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TEAL);
        renderer.setSeriesPaint(1, ORANGE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f * SCALE));
        renderer.setSeriesStroke(1, new BasicStroke(2f * SCALE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f * SCALE, 4f * SCALE}, 0f));
        // The part year: a hollow point of its own colour, never joined to the whole years' line.
        renderer.setSeriesPaint(2, PURPLE);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, new java.awt.geom.Rectangle2D.Double(-5 * SCALE, -5 * SCALE, 10 * SCALE,
                10 * SCALE));
        renderer.setSeriesShapesFilled(2, false);
        renderer.setSeriesStroke(2, new BasicStroke(2f * SCALE));
        CategoryPlot plot = new CategoryPlot(data, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(190, 190, 190));
        JFreeChart chart = new JFreeChart(null, font(10, true), plot, true);
        chart.setTitle(new TextTitle(s.name(), font(10, true)));
        chart.getLegend().setItemFont(font(9, false));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Font font(int points, boolean bold) {
        return new Font("SansSerif", bold ? Font.BOLD : Font.PLAIN, points * SCALE);
    }
}
