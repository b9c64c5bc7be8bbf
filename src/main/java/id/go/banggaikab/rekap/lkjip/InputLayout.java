package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.output.CellStyles;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.output.TextLines;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The look every input workbook of this package shares, like the targets workbook: a title, a note and two lines
 * of instructions above the header row at {@link InputSheet#HEADER_ROW}, input cells tinted yellow, example rows
 * marked CONTOH in red in the first column, frozen headers, A4 landscape.
 */
final class InputLayout {

    final XSSFWorkbook workbook;
    final XSSFCellStyle title;
    final XSSFCellStyle note;
    final XSSFCellStyle warning;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle bold;
    final XSSFCellStyle input;
    final XSSFCellStyle money;
    final XSSFCellStyle example;

    InputLayout(XSSFWorkbook workbook) {
        this.workbook = workbook;
        CellStyles cells = new CellStyles(workbook, "Calibri");
        title = cells.plain(cells.font(13, true, false, null));
        note = cells.plain(cells.font(11, false, true, null));
        note.setWrapText(true);
        warning = cells.plain(cells.font(11, true, false, IndexedColors.DARK_RED));
        warning.setWrapText(true);
        header = CellStyles.filled(cells.bordered(cells.font(11, true, false, null)), IndexedColors.GREY_25_PERCENT);
        header.setWrapText(true);
        text = cells.bordered(cells.font(11, false, false, null));
        text.setWrapText(true);
        bold = cells.bordered(cells.font(11, true, false, null));
        bold.setWrapText(true);
        input = CellStyles.filled(cells.bordered(cells.font(11, false, false, null)), IndexedColors.LIGHT_YELLOW);
        cells.format(input, "#,##0.##");
        input.setWrapText(true);
        money = CellStyles.filled(cells.bordered(cells.font(11, false, false, null)), IndexedColors.LIGHT_YELLOW);
        cells.format(money, CellStyles.WHOLE);
        example = CellStyles.filled(cells.bordered(cells.font(11, true, false, IndexedColors.WHITE)),
                IndexedColors.RED);
    }

    /** A sheet with its title, note and instruction lines and the header row. */
    Sheet sheet(String name, String titleText, String noteText, String instruction, String[] headers,
            int[] widths) {
        Sheet sheet = workbook.createSheet(name);
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            total += widths[c];
        }
        String[] top = {titleText, noteText, instruction, "Baris bertanda CONTOH di kolom A adalah contoh dan TIDAK"
            + " dipakai. Ganti angkanya dengan angka resmi, lalu hapus kata CONTOH di kolom A."};
        for (int r = 0; r < top.length; r++) {
            Row row = sheet.createRow(r);
            cell(row, 0, top[r], r == 0 ? title : r == 3 ? warning : note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.length - 1));
            row.setHeightInPoints(15 * TextLines.count(top[r], total * 1.05) + 2);
        }
        Row head = sheet.createRow(InputSheet.HEADER_ROW);
        int lines = 1;
        for (int c = 0; c < headers.length; c++) {
            cell(head, c, headers[c], header);
            lines = Math.max(lines, TextLines.count(headers[c], widths[c] - 1));
        }
        head.setHeightInPoints(15 * lines + 2);
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, headers.length - 1, 0, 1000);
        sheet.createFreezePane(3, InputSheet.HEADER_ROW + 1);
        Paper.A4.landscapeOnePageWide(sheet, InputSheet.HEADER_ROW);
        return sheet;
    }

    /** Each data row as tall as its longest wrapped text (Calibri 11 sets about one letter per unit of width). */
    static void fitRows(Sheet sheet, int from, int to) {
        for (int r = from; r <= to; r++) {
            Row row = sheet.getRow(r);
            int lines = 1;
            for (Cell c : row) {
                if (c.getCellStyle().getWrapText() && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    lines = Math.max(lines, TextLines.count(c.getStringCellValue(),
                            sheet.getColumnWidth(c.getColumnIndex()) / 256.0 - 1));
                }
            }
            row.setHeightInPoints(15 * lines + 2);
        }
    }

    /** The first column of a data row: CONTOH on an example, empty (but bordered) on a real one. */
    void mark(Row row, boolean isExample) {
        cell(row, 0, isExample ? InputSheet.EXAMPLE : null, isExample ? example : text);
    }

    static Cell cell(Row row, int c, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** An input cell holding a figure: a number, the letters of a grade, or empty. */
    Cell figure(Row row, int c, Figure f) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(input);
        if (f.predikat() != null) {
            cell.setCellValue(f.predikat().name());
        } else if (f.number() != null) {
            cell.setCellValue(f.number());
        }
        return cell;
    }

    Cell money(Row row, int c, BigDecimal amount) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(money);
        if (amount != null) {
            cell.setCellValue(amount.doubleValue());
        }
        return cell;
    }
}
