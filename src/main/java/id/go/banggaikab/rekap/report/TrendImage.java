package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Trend;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The trend of one sasaran strategis as one PNG for the Word document (JFreeChart): a panel per indicator over the
 * same years, side by side, realisation as a solid line and the Renstra path dashed, a year without a figure a gap
 * in the line (never a fall to 0). Drawn at twice the size it is shown, so it prints sharp.
 */
final class TrendImage {

    /** The size it is shown at in the document, in points: the landscape text width, two panels a row. */
    static final double WIDTH_POINTS = 700;
    static final double PANEL_POINTS = 210;
    private static final int PER_ROW = 2;
    private static final int SCALE = 2;
    private static final Color TEAL = new Color(0, 128, 128);
    private static final Color ORANGE = new Color(230, 120, 20);

    private TrendImage() {
    }

    static double heightPoints(Trend trend) {
        return PANEL_POINTS * rows(trend);
    }

    private static int rows(Trend trend) {
        return (trend.series().size() + PER_ROW - 1) / PER_ROW;
    }

    static byte[] png(Trend trend) {
        int width = (int) (WIDTH_POINTS * SCALE);
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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart chart(Trend trend, Trend.Series s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int y = 0; y < trend.yearLabels().size(); y++) {
            data.addValue(s.realisasi().get(y), "Realisasi", trend.yearLabels().get(y));
            data.addValue(s.renstra().get(y), "Target Renstra", trend.yearLabels().get(y));
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
