package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.iki.Block.GridCell;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A Word document's body as {@link Block}s in reading order. Tables that hold the indicators (a header row naming
 * the INDIKATOR column) stay tables, on their grid (cells spanning columns, rows starting after skipped grid columns,
 * vertically merged cells); every other table is layout (JABATAN : … in a table row, a signature beside another) and
 * becomes lines: the cells of a row read left to right as one line, a cell of several paragraphs as a line each.
 */
final class DocxBlocks {

    private final List<Block> out = new ArrayList<>();
    private final ListNumbers numbers = new ListNumbers();
    private int tables;

    static List<Block> of(List<IBodyElement> body) {
        DocxBlocks blocks = new DocxBlocks();
        blocks.add(body);
        return blocks.out;
    }

    private void add(List<IBodyElement> body) {
        for (IBodyElement element : body) {
            if (element instanceof XWPFParagraph p && Contents.listing(p)) {
                continue; // an entry of a table of contents names a JABATAN, it is none
            }
            if (element instanceof XWPFParagraph p) {
                lines(numbers.label(p) + WordText.of(p.getCTP()));
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                sdt.getContent().getText().lines().filter(l -> !Contents.entry(l)).forEach(this::lines);
            }
        }
    }

    private void lines(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            out.add(new Block.Line(lines[i].replace('\u00A0', ' ').strip(), i > 0));
        }
    }

    private void table(XWPFTable table) {
        List<List<GridCell>> rows = new ArrayList<>();
        ListNumbers own = new ListNumbers();
        for (XWPFTableRow row : table.getRows()) {
            if (deleted(row)) {
                continue; // struck out with Track Changes: gone once the changes are accepted
            }
            List<GridCell> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = Math.max(1, intProperty(cell.getCTTc(), "tcPr", "gridSpan", 1));
                cells.add(new GridCell(column, span, paragraphs(cell, own), continuesAbove(cell.getCTTc())));
                column += span;
            }
            rows.add(cells);
        }
        Block.Table grid = new Block.Table(++tables, rows);
        if (IndicatorTable.headerRow(rows) >= 0) {
            out.add(grid);
            return;
        }
        int from = out.size();
        for (XWPFTableRow row : table.getRows()) {
            if (deleted(row)) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (cell.getParagraphs().size() <= 1 && cell.getTables().isEmpty()) {
                    line.append(' ').append(String.join(" ", paragraphs(cell, numbers)));
                } else {
                    lines(line.toString());
                    line.setLength(0);
                    add(cell.getBodyElements());
                }
            }
            lines(line.toString());
        }
        List<Block> read = new ArrayList<>(out.subList(from, out.size()));
        out.subList(from, out.size()).clear();
        List<Block.Line> lines = new ArrayList<>();
        for (Block b : read) {
            if (b instanceof Block.Line l) {
                lines.add(l);
            }
        }
        if (read.stream().allMatch(b -> b instanceof Block.Line)) {
            out.add(new Block.Loose(grid, lines));
        } else {
            out.addAll(read); // a layout table holding an indicator table: its blocks as they came
        }
    }

    /** The cell's non-empty paragraphs (each line of a paragraph with line breaks counts as its own). */
    private static List<String> paragraphs(XWPFTableCell cell, ListNumbers numbers) {
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

    /** A row deleted with Track Changes on ({@code <w:trPr><w:del/>}). */
    private static boolean deleted(XWPFTableRow row) {
        try (XmlCursor c = row.getCtRow().newCursor()) {
            return c.toChild(new QName(WordText.W, "trPr")) && c.toChild(new QName(WordText.W, "del"));
        }
    }

    private static int gridBefore(XWPFTableRow row) {
        return intProperty(row.getCtRow(), "trPr", "gridBefore", 0);
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
