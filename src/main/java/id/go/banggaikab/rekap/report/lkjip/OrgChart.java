package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.lkjip.UnitStaff;
import id.go.banggaikab.rekap.output.PngImages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation chart of the dinas as one PNG, from the catalogue: the dinas on top, the units beneath it side by
 * side, each with its own units stacked below; every box names the unit, its head's position and holder and how many
 * positions it has. Drawn at twice the size it is shown (so it prints sharp), its text 9 pt as shown.
 */
final class OrgChart {

    private static final int SCALE = 2;
    private static final double FONT_POINTS = 9;
    private static final double GAP = 10;
    private static final double LINE = FONT_POINTS * 1.25;
    private static final Color BOX = new Color(0xD9, 0xE2, 0xF3);
    private static final Color DINAS = new Color(0xB4, 0xC6, 0xE7);

    private final UnitStaff root;
    private final List<Column> columns = new ArrayList<>();

    /** A unit beneath the dinas with the units beneath it, in tree order. */
    private record Column(UnitStaff top, List<UnitStaff> below) {
    }

    OrgChart(List<UnitStaff> staff) {
        this.root = staff.isEmpty() ? null : staff.get(0);
        for (UnitStaff u : staff) {
            if (u.depth() == 1) {
                columns.add(new Column(u, new ArrayList<>()));
            } else if (u.depth() > 1 && !columns.isEmpty()) {
                columns.get(columns.size() - 1).below().add(u);
            }
        }
    }

    /** How tall the chart is shown, in points, for a width of {@code widthPoints}. */
    double heightPoints(double widthPoints) {
        return layoutHeight(480) * widthPoints / 480;
    }

    private double boxWidth(double width) {
        int n = Math.max(1, columns.size());
        return (width - GAP * (n + 1)) / n;
    }

    private double layoutHeight(double width) {
        double w = boxWidth(width);
        double top = boxHeight(root, Math.min(width / 2, 220));
        double tallest = 0;
        for (Column c : columns) {
            double h = boxHeight(c.top(), w);
            for (UnitStaff u : c.below()) {
                h += GAP + boxHeight(u, w - GAP);
            }
            tallest = Math.max(tallest, h);
        }
        return GAP + top + 2 * GAP + tallest + GAP;
    }

    /** The chart {@code widthPoints} wide as shown. */
    byte[] png(double widthPoints) {
        double height = layoutHeight(480);
        double sx = widthPoints / 480;
        BufferedImage image = new BufferedImage((int) (widthPoints * SCALE), (int) (height * sx * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE * sx, SCALE * sx);
        double topW = Math.min(480 / 2.0, 220);
        double topX = (480 - topW) / 2;
        double topH = root == null ? 0 : box(g, root, topX, GAP, topW, DINAS);
        double busY = GAP + topH + GAP;
        double w = boxWidth(480);
        g.setPaint(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        if (!columns.isEmpty()) {
            double first = GAP + w / 2;
            double last = GAP + (columns.size() - 1) * (w + GAP) + w / 2;
            line(g, 240, GAP + topH, 240, busY);
            line(g, first, busY, last, busY);
        }
        for (int i = 0; i < columns.size(); i++) {
            double x = GAP + i * (w + GAP);
            double y = busY + GAP;
            line(g, x + w / 2, busY, x + w / 2, y);
            double h = box(g, columns.get(i).top(), x, y, w, BOX);
            double spineX = x + GAP / 2;
            double spineTop = y + h;
            y += h;
            for (UnitStaff u : columns.get(i).below()) {
                y += GAP;
                double bh = box(g, u, x + GAP, y, w - GAP, Color.WHITE);
                line(g, spineX, spineTop, spineX, y + bh / 2);
                line(g, spineX, y + bh / 2, x + GAP, y + bh / 2);
                y += bh;
            }
        }
        g.dispose();
        return PngImages.encode(image);
    }

    private static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    private static Font font(int style) {
        return new Font(Font.SANS_SERIF, style == 1 ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) FONT_POINTS);
    }

    private static List<String[]> texts(UnitStaff u) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"b", u.unit().name()});
        Position head = u.positions().stream().filter(Position::head).findFirst().orElse(null);
        if (head != null) {
            out.add(new String[] {"", Pendahuluan.holder(head)});
        }
        out.add(new String[] {"", u.positions().size() + " jabatan, " + u.filled() + " terisi"});
        return out;
    }

    private double boxHeight(UnitStaff u, double w) {
        int lines = 0;
        for (String[] t : texts(u)) {
            lines += wrap(t[1], w - 6).size();
        }
        return lines * LINE + 6;
    }

    private double box(Graphics2D g, UnitStaff u, double x, double y, double w, Color fill) {
        double h = boxHeight(u, w);
        var rect = new java.awt.geom.Rectangle2D.Double(x, y, w, h);
        g.setPaint(fill);
        g.fill(rect);
        g.setPaint(Color.DARK_GRAY);
        g.draw(rect);
        double ty = y + 3 + FONT_POINTS;
        for (String[] t : texts(u)) {
            g.setFont(font(t[0].equals("b") ? 1 : 0));
            g.setPaint(Color.BLACK);
            for (String l : wrap(t[1], w - 6)) {
                g.drawString(l, (float) (x + 3), (float) ty);
                ty += LINE;
            }
        }
        return h;
    }

    /** How wide {@code text} is in the bold font (the widest of the two), in points. */
    private static double width(String text) {
        return font(1).getStringBounds(text, MEASURE).getWidth();
    }

    private static final java.awt.font.FontRenderContext MEASURE = new java.awt.font.FontRenderContext(null, true,
            true);

    /** {@code text} cut at spaces into lines no wider than {@code width}. */
    private static List<String> wrap(String text, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (width(tried) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
