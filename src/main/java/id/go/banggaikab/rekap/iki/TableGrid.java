package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.iki.Block.GridCell;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A Word table's rows as cells placed on the table's grid: cells spanning columns ({@code gridSpan}), rows starting
 * after skipped grid columns ({@code gridBefore}), cells continuing a vertical merge, and rows deleted with Track
 * Changes left out, as they are gone once the changes are accepted.
 */
final class TableGrid {

    private TableGrid() {
    }

    /** The rows a reader sees: those not deleted with Track Changes ({@code <w:trPr><w:del/>}). */
    static List<XWPFTableRow> shown(List<XWPFTableRow> rows) {
        return rows.stream().filter(r -> !has(r.getCtRow(), "trPr", "del")).toList();
    }

    /** The rows on the grid, each cell's paragraphs numbered as Word shows them by {@code numbers}. */
    static List<List<GridCell>> of(List<XWPFTableRow> rows, ListNumbers numbers) {
        List<List<GridCell>> out = new ArrayList<>();
        for (XWPFTableRow row : rows) {
            List<GridCell> cells = new ArrayList<>();
            int column = intProperty(row.getCtRow(), "trPr", "gridBefore", 0);
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = Math.max(1, intProperty(cell.getCTTc(), "tcPr", "gridSpan", 1));
                cells.add(new GridCell(column, span, paragraphs(cell, numbers), continuesAbove(cell.getCTTc())));
                column += span;
            }
            out.add(cells);
        }
        return out;
    }

    /** The cell's non-empty paragraphs (each line of a paragraph with line breaks counts as its own). */
    static List<String> paragraphs(XWPFTableCell cell, ListNumbers numbers) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (String line : (numbers.label(p) + WordText.of(p.getCTP())).split("\n")) {
                String s = line.replace('\u00A0', ' ').strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A vertically merged cell that is not the first of its block ({@code <w:vMerge/>} without "restart"). */
    private static boolean continuesAbove(XmlObject cell) {
        try (XmlCursor c = cell.newCursor()) {
            if (c.toChild(new QName(WordText.W, "tcPr")) && c.toChild(new QName(WordText.W, "vMerge"))) {
                String val = c.getAttributeText(new QName(WordText.W, "val"));
                return val == null || !val.equals("restart");
            }
        }
        return false;
    }

    private static boolean has(XmlObject element, String props, String name) {
        try (XmlCursor c = element.newCursor()) {
            return c.toChild(new QName(WordText.W, props)) && c.toChild(new QName(WordText.W, name));
        }
    }

    private static int intProperty(XmlObject element, String props, String name, int fallback) {
        try (XmlCursor c = element.newCursor()) {
            if (c.toChild(new QName(WordText.W, props)) && c.toChild(new QName(WordText.W, name))) {
                String val = c.getAttributeText(new QName(WordText.W, "val"));
                return val == null ? fallback : Integer.parseInt(val.strip());
            }
        } catch (NumberFormatException e) {
            return fallback;
        }
        return fallback;
    }
}
