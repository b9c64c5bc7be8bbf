package id.go.banggaikab.rekap.formulir;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One titled section of the receipt: a heading, a header row and its rows, each cell spanning one or more of the
 * receipt's eight columns. Sections have different columns but share the sheet's widths, so spans let a long text
 * (a reason, a hash) take the room the section does not use otherwise.
 */
final class ReceiptTable {

    /** A cell to write: text or number, its style (null: a number format fitting the value), and its span. */
    record Item(String text, Double number, CellStyle style, int span) {
        static Item text(String text, CellStyle style, int span) {
            return new Item(text, null, style, span);
        }
    }

    static final int COLUMNS = 8;
    static final int[] WIDTHS = {5, 16, 44, 14, 14, 14, 12, 18};

    private final XSSFSheet sheet;
    private final SheetStyles styles;

    ReceiptTable(XSSFSheet sheet, SheetStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes a section from row {@code r}; returns the first free row after it, leaving one blank row. */
    int write(int r, String title, List<String> headers, int[] spans, List<List<Item>> rows) {
        SheetWriting.text(sheet, r, 0, title, styles.section);
        SheetWriting.height(sheet, r++, 1);
        List<Item> head = headers.stream().map(h -> Item.text(h, styles.header, 0)).toList();
        r = row(r, head, spans);
        if (rows.isEmpty()) {
            SheetWriting.text(sheet, r, 0, "(tidak ada)", styles.text);
            SheetWriting.merge(sheet, r, 0, COLUMNS - 1, styles.text);
            return r + 2;
        }
        for (List<Item> items : rows) {
            r = row(r, items, spans);
        }
        return r + 1;
    }

    private int row(int r, List<Item> items, int[] spans) {
        int c = 0;
        int lines = 1;
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            int span = spans[k];
            if (item.number() != null) {
                SheetWriting.number(sheet, r, c, item.number(),
                        item.style() != null ? item.style() : styles.number(item.number()));
            } else {
                SheetWriting.text(sheet, r, c, item.text(), item.style());
            }
            SheetWriting.merge(sheet, r, c, c + span - 1, sheet.getRow(r).getCell(c).getCellStyle());
            lines = Math.max(lines, SheetWriting.lines(item.text(), width(c, span)));
            c += span;
        }
        SheetWriting.height(sheet, r, lines);
        return r + 1;
    }

    private static int width(int first, int span) {
        int w = 0;
        for (int c = first; c < first + span; c++) {
            w += WIDTHS[c];
        }
        return w;
    }
}
