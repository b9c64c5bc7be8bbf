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
            if (element instanceof XWPFParagraph p) {
                lines(numbers.label(p) + WordText.of(p.getCTP()));
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                sdt.getContent().getText().lines().forEach(this::lines);
            }
        }
    }

    private void lines(String text) {
        for (String line : text.split("\n")) {
            out.add(new Block.Line(line.replace('\u00A0', ' ').strip()));
        }
    }

    private void table(XWPFTable table) {
        List<List<GridCell>> rows = new ArrayList<>();
        ListNumbers own = new ListNumbers();
        for (XWPFTableRow row : table.getRows()) {
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
        List<String> texts = new ArrayList<>();
        for (Block b : read) {
            if (b instanceof Block.Line l) {
                texts.add(l.text());
            }
        }
        if (read.stream().allMatch(b -> b instanceof Block.Line)) {
            out.add(new Block.Loose(grid, texts));
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
