package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.TextLines;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths fitted to what a table shows, each at most its maximum (long texts wrap there), and row heights
 * fitted to the wrapped text: Excel neither widens a column nor grows a row by itself for a file a program wrote.
 */
final class ColumnFit {

    private final Sheet sheet;
    private final int[] maxWidths;
    private final int linePoints;

    /** {@code maxWidths} in characters (40 beyond them); {@code linePoints} the height of one line of text. */
    ColumnFit(Sheet sheet, int[] maxWidths, int linePoints) {
        this.sheet = sheet;
        this.maxWidths = maxWidths;
        this.linePoints = linePoints;
    }

    /** Fits columns {@code 0..columns-1} to the rows {@code headerRow..lastRow}, the header's words included. */
    void fit(int headerRow, int lastRow, int columns) {
        DataFormatter formatter = new DataFormatter();
        int[] widths = new int[columns];
        for (int r = headerRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < columns && row != null; c++) {
                Cell cell = row.getCell(c);
                String shown = shown(formatter, cell);
                // Headers wrap between words, so only their longest word has to fit; lines broken on purpose whole.
                int len = (r != headerRow ? shown.length() : shown.contains("\n") ? longestLine(shown)
                        : longestWord(shown)) + 2;
                int indent = cell == null ? 0 : cell.getCellStyle().getIndention() * 2;
                widths[c] = Math.max(widths[c], Math.min(len + indent, max(c)));
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.max(widths[c], 6) * 256 + 200);
        }
        fitRowHeights(formatter, widths, headerRow, lastRow, columns);
    }

    /** Wrapped cells need taller rows; Excel does not grow them on its own when a file is generated. */
    private void fitRowHeights(DataFormatter formatter, int[] widths, int headerRow, int lastRow, int columns) {
        for (int r = headerRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            int lines = 1;
            for (int c = 0; c < columns && row != null; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellStyle().getWrapText()) {
                    // A 10-point letter averages well under the column unit (a "0" of the default font).
                    int width = (int) ((Math.max(widths[c], 6) - 1 - cell.getCellStyle().getIndention() * 2) * 1.15);
                    lines = Math.max(lines, TextLines.count(shown(formatter, cell), Math.max(width, 4)));
                }
            }
            if (row != null) {
                row.setHeightInPoints(lines * linePoints + 2);
            }
        }
    }

    /**
     * The text a cell shows, as {@link DataFormatter} gives it. A text cell shows its text: asking the formatter
     * for it makes a streamed sheet build a rich-text XML object per cell (most of the fitting of a 200,000-row
     * register listing), for the same string. A text holding "_x", which may be an escaped character
     * ({@code _x000D_}) that rich text decodes, still goes through the formatter.
     */
    static String shown(DataFormatter formatter, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue();
            if (!text.contains("_x")) {
                return text;
            }
        }
        return formatter.formatCellValue(cell);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private int max(int column) {
        return column < maxWidths.length ? maxWidths[column] : 40;
    }
}
