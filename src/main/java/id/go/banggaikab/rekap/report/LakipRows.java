package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.TextLines;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for the LKjIP sheets: each row as tall as its longest wrapped cell, and the text of a cell merged down a
 * block (No, Sasaran, an indicator over its notes) spread over the block's rows instead of stretching its first row.
 */
final class LakipRows {

    /** Arial 10 letters per unit of column width (the workbook's "0"); bold ones are wider. */
    private static final double LETTERS_PER_UNIT = 1.2;
    private static final double BOLD_LETTERS_PER_UNIT = 0.95;
    /** Text in capitals, as program names are written, is wider still. */
    private static final double CAPITALS_PER_UNIT = 0.8;
    private static final float LINE_POINTS = 12.75f;

    /** A block of rows {@code first}..{@code last} whose {@code columns} are merged down. */
    record Block(int first, int last) {
    }

    private LakipRows() {
    }

    static void fit(TableSheet t, int columns, Set<Integer> merged, List<Block> blocks) {
        DataFormatter fmt = new DataFormatter();
        for (int r = TableSheet.HEADER_ROW + 1; r <= t.lastRow(); r++) {
            Row row = t.sheet.getRow(r);
            if (row != null) {
                row.setHeightInPoints(lines(t, row, columns, merged, fmt) * LINE_POINTS + 3);
            }
        }
        for (Block b : blocks) {
            Row top = t.sheet.getRow(b.first());
            int need = 1;
            for (int c : merged) {
                need = Math.max(need, count(t, top.getCell(c), c, fmt));
            }
            float have = 0;
            for (int r = b.first(); r <= b.last(); r++) {
                have += t.sheet.getRow(r).getHeightInPoints();
            }
            float missing = need * LINE_POINTS + 3 - have;
            if (missing > 0) {
                Row last = t.sheet.getRow(b.last());
                last.setHeightInPoints(last.getHeightInPoints() + missing);
            }
        }
    }

    private static int lines(TableSheet t, Row row, int columns, Set<Integer> merged, DataFormatter fmt) {
        int lines = 1;
        for (int c = 0; c < columns; c++) {
            if (!merged.contains(c)) {
                lines = Math.max(lines, count(t, row.getCell(c), c, fmt));
            }
        }
        return lines;
    }

    private static int count(TableSheet t, Cell cell, int c, DataFormatter fmt) {
        if (cell == null || !cell.getCellStyle().getWrapText()) {
            return 1;
        }
        boolean bold = t.sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
        String text = fmt.formatCellValue(cell);
        boolean capitals = text.length() > 3 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && !text.equals(text.toLowerCase(java.util.Locale.ROOT));
        double width = (t.sheet.getColumnWidth(c) / 256.0 - 1 - cell.getCellStyle().getIndention() * 2)
                * (capitals ? CAPITALS_PER_UNIT : bold ? BOLD_LETTERS_PER_UNIT : LETTERS_PER_UNIT);
        return TextLines.count(text, Math.max(width, 4));
    }
}
