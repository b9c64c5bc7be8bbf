package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.output.TextLines;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Small cell and page helpers shared by the form and the receipt: both are printed, signed and filed, so both get A4
 * landscape fitted to the page width with the table header repeated on every page, and row heights estimated from
 * the wrapped text (Excel does not grow a row by itself for text written by a program).
 */
final class SheetWriting {

    /** The mark of everything made from sample data: the recap's banner, in the same words. */
    static final String SAMPLE_BANNER = "DATA CONTOH — bukan data resmi";

    private static final float LINE_POINTS = 12.5f;
    /**
     * Column widths count characters of the default font, Arial 10 like the text: a wrapped line holds about as many
     * letters as the column has units (more would cut the last line of a row, as Excel does not grow it).
     */
    private static final double NARROWER_FONT = 1.0;

    private SheetWriting() {
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    static Cell text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** Merges columns {@code first..last} of a row, giving every cell the style so borders print whole. */
    static void merge(Sheet sheet, int r, int first, int last, CellStyle style) {
        for (int c = first; c <= last; c++) {
            Cell cell = row(sheet, r).getCell(c);
            (cell == null ? row(sheet, r).createCell(c) : cell).setCellStyle(style);
        }
        if (last > first) {
            // one row's cells, never overlapping another region: the unchecked add, which POI would otherwise check
            // against every region so far (quadratic in a long receipt)
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, first, last));
        }
    }

    /** The red sample-data banner across columns {@code 0..last} of row {@code r}. */
    static void sampleBanner(Sheet sheet, SheetStyles styles, int r, int last) {
        text(sheet, r, 0, SAMPLE_BANNER, styles.banner);
        merge(sheet, r, 0, last, styles.banner);
        row(sheet, r).setHeightInPoints(18);
    }

    /** Lines a text needs in a column of {@code widthChars} characters, breaking at spaces like a word processor. */
    static int lines(String text, double widthChars) {
        return TextLines.count(text, widthChars * NARROWER_FONT);
    }

    static void height(Sheet sheet, int r, int lines) {
        row(sheet, r).setHeightInPoints(Math.max(1, lines) * LINE_POINTS + 3);
    }

    /** A4 landscape, one page wide, header row {@code headerRow} on every page, page numbers in the footer. */
    static void printSetup(Sheet sheet, int headerRow, int lastColumn, int lastRow) {
        printSetup(sheet, headerRow, lastColumn, lastRow, Paper.A4);
    }

    /** As {@link #printSetup(Sheet, int, int, int)}, on {@code paper} (A4 or F4). */
    static void printSetup(Sheet sheet, int headerRow, int lastColumn, int lastRow, Paper paper) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(paper.code());
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setHorizontallyCenter(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        sheet.getFooter().setCenter("Halaman &P dari &N");
    }
}
