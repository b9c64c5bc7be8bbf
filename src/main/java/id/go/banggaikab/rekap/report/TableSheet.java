package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.output.TextLines;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.ss.usermodel.Workbook;
import java.util.List;

/**
 * One sheet of the recap laid out the same way as every other: a title with the dinas, the period and the run date
 * (marked provisional while the quarter runs, and the sample-data banner when it applies), a header row at
 * {@link #HEADER_ROW} that is frozen, filtered and repeated on every printed page, columns fitted to their content,
 * landscape one page wide on the workbook's paper.
 */
final class TableSheet {

    /** Zero-based row of the column headers on every table sheet (row 4 as Excel counts). */
    static final int HEADER_ROW = 3;

    private static final int LINE_POINTS = 13;
    /** The print scale of {@link #printCompact}, in percent. */
    static final short COMPACT_SCALE = 75;
    /** A one-line row of 10 pt text without the spacing the fitted heights leave: Excel's own default height. */
    private static final float SINGLE_LINE_POINTS = 12.75f;

    final Sheet sheet;
    final Styles styles;
    private final int[] maxWidths;
    private int next = HEADER_ROW + 1;

    /** {@code maxWidths} in characters: long text columns wrap at this width. */
    TableSheet(Workbook workbook, Styles styles, Recap recap, String name, String title, int... maxWidths) {
        this(workbook, styles, recap, name, Wording.title(title, recap), true, maxWidths);
    }

    /** As the other constructor, with a {@code title} already marked as the sheet needs ({@code marked}). */
    TableSheet(Workbook workbook, Styles styles, Recap recap, String name, String title, boolean marked,
            int... maxWidths) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.maxWidths = maxWidths;
        writeTitle(this, recap, title);
    }

    /** A sheet of another workbook than the office's recap (the Pemda's): its title and subtitle as given. */
    TableSheet(Workbook workbook, Styles styles, String name, String title, String subtitle, int... maxWidths) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.maxWidths = maxWidths;
        text(sheet.createRow(0), 0, title, styles.title);
        text(sheet.createRow(1), 0, subtitle, styles.subtitle);
    }

    private static void writeTitle(TableSheet t, Recap recap, String title) {
        t.text(t.sheet.createRow(0), 0, title, t.styles.title);
        t.text(t.sheet.createRow(1), 0, recap.catalogue().dinasName() + " · " + Wording.period(recap.periode())
                + " · " + Wording.runLine(recap), t.styles.subtitle);
        if (recap.sample()) {
            Row r = t.sheet.createRow(2);
            r.setHeightInPoints(18);
            t.text(r, 0, Wording.SAMPLE_BANNER, t.styles.banner);
            for (int c = 1; c < t.maxWidths.length; c++) {
                r.createCell(c).setCellStyle(t.styles.banner);
            }
        }
    }

    /** The header row; the sample banner above is made exactly as wide as the table. */
    void header(String... names) {
        Row banner = sheet.getRow(2);
        if (banner != null) {
            for (int c = 1; c < names.length; c++) {
                if (banner.getCell(c) == null) {
                    banner.createCell(c).setCellStyle(styles.banner);
                }
            }
            for (int c = banner.getLastCellNum() - 1; c >= names.length; c--) {
                if (banner.getCell(c) != null) {
                    banner.removeCell(banner.getCell(c));
                }
            }
        }
        Row r = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < names.length; c++) {
            text(r, c, names[c], styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, names.length - 1));
    }

    /**
     * The title merged across the {@code columns} printed and wrapped, its row as tall as it needs: a long title with
     * its marks ("sementara: 10 dari 11 unit melapor; target contoh, belum resmi") stays on the page instead of
     * running past it. Called once the columns have their widths.
     */
    void titleAcross(int columns) {
        Row row = sheet.getRow(0);
        CellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.cloneStyleFrom(styles.title);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        row.getCell(0).setCellStyle(wrapped);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        double width = 0;
        for (int c = 0; c < columns; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        // 14-point bold letters are about 1.25 times as wide as the workbook's 10-point "0".
        int lines = TextLines.count(row.getCell(0).getStringCellValue(), width / 1.25);
        row.setHeightInPoints(lines * 18f + 2);
    }

    /** The sheet as the object model has it, for what only that can hold (charts); never a streamed sheet. */
    XSSFSheet xssf() {
        if (sheet instanceof XSSFSheet x) {
            return x;
        }
        throw new IllegalStateException(sheet.getSheetName() + " is streamed; charts need a sheet in memory");
    }

    Row row() {
        return sheet.createRow(next++);
    }

    int lastRow() {
        return next - 1;
    }

    Cell text(Row r, int col, String value, CellStyle style) {
        Cell cell = r.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    Cell text(Row r, int col, String value) {
        return text(r, col, value, styles.wrap);
    }

    /** A numeric cell, or an empty bordered one: no value is never written as 0. */
    Cell number(Row r, int col, Double value) {
        Cell cell = r.createCell(col);
        cell.setCellStyle(value == null ? styles.text : styles.number(value));
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    Cell percent(Row r, int col, Double value) {
        Cell cell = r.createCell(col);
        cell.setCellStyle(styles.percent);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A realisation or target: numeric for numbers, the letters for grades, empty for none. */
    Cell figure(Row r, int col, Figure f) {
        return f.predikat() != null ? text(r, col, f.predikat().name(), styles.grade) : number(r, col, f.number());
    }

    /**
     * The target a capaian was measured against ({@link IndicatorResult#target()}); an annual target standing in for a
     * quarter target not set says "(tahunan)", which {@link Wording#FALLBACK_NOTE} explains under the table.
     */
    Cell target(Row r, int col, IndicatorResult result) {
        Figure f = result.target();
        if (!result.basis().fallsBack()) {
            return figure(r, col, f);
        }
        if (f.predikat() != null) {
            return text(r, col, f.predikat().name() + Wording.FALLBACK_MARK, styles.grade);
        }
        Cell cell = number(r, col, f.number());
        cell.setCellStyle(styles.fallback(f.number()));
        return cell;
    }

    /** Notes under the table, each merged across its {@code columns}, rows sized for the wrapped text. */
    void footnotes(List<String> notes, int columns) {
        if (notes.isEmpty()) {
            return;
        }
        row();
        int width = 0;
        for (int c = 0; c < columns; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        for (String note : notes) {
            Row r = row();
            text(r, 0, note, styles.footnote);
            sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, columns - 1));
            r.setHeightInPoints(12 * TextLines.count(note, (int) (width * 1.2)) + 3);
        }
    }

    /** Autofilter, fitted widths and heights, print setup; call once all rows are written. */
    void finish(int columns) {
        finish(columns, true);
    }

    /** As {@link #finish(int)}; a table with merged cells goes without a filter, which merged rows would break. */
    void finish(int columns, boolean filter) {
        if (filter && next > HEADER_ROW + 1) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow(), 0, columns - 1));
        }
        fitColumns(columns);
        print();
    }

    /**
     * Prints only columns {@code 0..lastColumn} (every column stays on screen): a table too wide for the paper would
     * otherwise be shrunk to an unreadable size to fit one page wide.
     */
    void printColumns(int lastColumn) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0,
                Math.max(lastRow(), HEADER_ROW));
    }

    /**
     * For long reference sheets that are read on screen: prints columns {@code 0..lastColumn} at a fixed
     * {@link #COMPACT_SCALE} percent (7,5 pt for the 10 pt text) rather than as large as the width allows, so that more
     * rows fit a page, one-line rows at their natural height. The printed columns must fit the page at that scale.
     */
    void printCompact(int lastColumn) {
        printCompact(lastColumn, lastRow());
    }

    /** As {@link #printCompact(int)}, printing only the rows down to {@code lastPrintedRow}. */
    void printCompact(int lastColumn, int lastPrintedRow) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0,
                Math.max(lastPrintedRow, HEADER_ROW));
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale(COMPACT_SCALE);
        for (int r = HEADER_ROW + 1; r <= lastRow(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getHeightInPoints() <= LINE_POINTS + 2) {
                row.setHeightInPoints(SINGLE_LINE_POINTS);
            }
        }
    }

    /** Landscape on the workbook's paper, narrow margins, one page wide, page numbers in the footer. */
    void print() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(styles.paper.code());
        print.setLandscape(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("Halaman &P dari &N");
    }

    private void fitColumns(int columns) {
        new ColumnFit(sheet, maxWidths, LINE_POINTS).fit(HEADER_ROW, lastRow(), columns);
    }
}
