package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.iki.Block.GridCell;
import id.go.banggaikab.rekap.iki.IndicatorTable.Role;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document's body as {@link Block}s in reading order. The rows of a table from the header naming the
 * INDIKATOR column on stay a table, on its grid ({@link TableGrid}); every other row is layout and becomes lines:
 * JABATAN, TUGAS and FUNGSI above the header of a form kept whole in one table, a signature in its last rows, and
 * every table without such a header (JABATAN : … in a row, a signature beside another). A layout row reads left to
 * right as one line (a label cell and its value as "LABEL : value", a cell of several paragraphs as a line each);
 * a layout table whose first row sets TUGAS beside FUNGSI, or whose row holds two NIPs side by side, reads column by
 * column, as a person reads two blocks set next to each other.
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
        List<XWPFTableRow> rows = TableGrid.shown(table.getRows());
        List<List<GridCell>> grid = TableGrid.of(rows, new ListNumbers());
        int header = IndicatorTable.headerRow(grid);
        if (header < 0) {
            loose(rows, new Block.Table(++tables, grid, 0));
            return;
        }
        layout(rows.subList(0, header));
        int signature = signatureStart(grid, header);
        out.add(new Block.Table(++tables, grid.subList(header, signature), header));
        layout(rows.subList(signature, rows.size()));
    }

    /** A table without the indicators' header: its lines, kept with its grid in case it continues a table. */
    private void loose(List<XWPFTableRow> rows, Block.Table grid) {
        int from = out.size();
        layout(rows);
        List<Block> read = new ArrayList<>(out.subList(from, out.size()));
        if (read.stream().allMatch(b -> b instanceof Block.Line)) {
            out.subList(from, out.size()).clear();
            out.add(new Block.Loose(grid, read.stream().map(b -> (Block.Line) b).toList()));
        } // else a layout table holding an indicator table: its blocks as they came
    }

    private void layout(List<XWPFTableRow> rows) {
        if (byColumns(rows)) {
            int width = rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
            for (int c = 0; c < width; c++) {
                for (XWPFTableRow row : rows) {
                    if (c < row.getTableCells().size()) {
                        add(row.getTableCells().get(c).getBodyElements());
                    }
                }
            }
            return;
        }
        for (XWPFTableRow row : rows) {
            StringBuilder line = new StringBuilder();
            List<XWPFTableCell> cells = row.getTableCells();
            for (int i = 0; i < cells.size(); i++) {
                XWPFTableCell cell = cells.get(i);
                if (cell.getParagraphs().size() <= 1 && cell.getTables().isEmpty()) {
                    String text = String.join(" ", TableGrid.paragraphs(cell, numbers));
                    line.append(' ').append(text);
                    if (FormLabels.bareLabel(text) && !colonNext(cells, i)) {
                        line.append(" :"); // "Jabatan | Kepala Seksi …" is "Jabatan : Kepala Seksi …"
                    }
                } else {
                    lines(line.toString());
                    line.setLength(0);
                    add(cell.getBodyElements());
                }
            }
            lines(line.toString());
        }
    }

    /** TUGAS beside FUNGSI in the first row, or two NIPs side by side in a row. */
    private boolean byColumns(List<XWPFTableRow> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        long labels = rows.get(0).getTableCells().stream().filter(c -> FormLabels.dutiesLabel(c.getText()))
                .count();
        return labels >= 2 || rows.stream().anyMatch(r -> r.getTableCells().stream().filter(c -> TableGrid.paragraphs(
                c, new ListNumbers()).stream().anyMatch(Signature::nipLine)).count() >= 2);
    }

    private static boolean colonNext(List<XWPFTableCell> cells, int at) {
        for (int i = at + 1; i < cells.size(); i++) {
            String t = cells.get(i).getText().strip();
            if (!t.isEmpty()) {
                return t.startsWith(":") || t.startsWith("：");
            }
        }
        return true; // nothing follows: the label stands alone, as "TUGAS" over its items
    }

    /**
     * Where the signature in the last rows of an indicator table begins: the rows down from the last one holding a
     * NIP that have nothing in the INDIKATOR column or one text across several columns; the table's end when no row
     * holds a NIP.
     */
    private static int signatureStart(List<List<GridCell>> grid, int header) {
        int nipRow = -1;
        for (int r = header + 1; r < grid.size(); r++) {
            if (grid.get(r).stream().anyMatch(c -> c.paragraphs().stream().anyMatch(Signature::nipLine))) {
                nipRow = r;
            }
        }
        if (nipRow < 0) {
            return grid.size();
        }
        Integer indicator = IndicatorTable.header(grid.get(header)).columns().get(Role.INDIKATOR);
        int start = nipRow;
        while (start - 1 > header && signatureRow(grid.get(start - 1), indicator)) {
            start--;
        }
        return start;
    }

    private static boolean signatureRow(List<GridCell> row, int indicatorColumn) {
        List<GridCell> filled = row.stream().filter(c -> !c.text().isEmpty()).toList();
        boolean noIndicator = row.stream().noneMatch(c -> c.covers(indicatorColumn) && !c.text().isEmpty());
        return noIndicator || filled.size() == 1 && filled.get(0).span() > 1;
    }
}
