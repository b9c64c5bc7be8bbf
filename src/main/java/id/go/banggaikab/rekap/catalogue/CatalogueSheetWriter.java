package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Col;
import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Sheet;
import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Type;
import id.go.banggaikab.rekap.output.CellStyles;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.output.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sheet of the catalogue workbook: a title, what the sheet is for and how to fill it, the header row at
 * {@link CatalogueLayout#HEADER_ROW}, one row per entry, and a drop-down list on every column of a closed set (or of
 * codes from another sheet) for the rows written and a good stretch below them, so a row added by the staff gets
 * them too. A row may carry what the staff must still check (the {@link CatalogueLayout#REVIEW} column) and cells
 * the writer guessed, tinted.
 */
final class CatalogueSheetWriter {

    /** Drop-down lists reach this many rows below the last one written. */
    static final int ROOM = 300;

    /** One row: its values by key, what to check in it, and the keys whose values were guessed. */
    record Line(Map<String, Object> values, String review, Set<String> guessed) {
    }

    private final XSSFWorkbook workbook;
    private final XSSFCellStyle title;
    private final XSSFCellStyle note;
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle guessed;
    private final XSSFCellStyle review;

    CatalogueSheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        CellStyles cells = new CellStyles(workbook, "Calibri");
        title = cells.plain(cells.font(13, true, false, null));
        note = cells.plain(cells.font(10, false, true, null));
        header = CellStyles.filled(cells.bordered(cells.font(11, true, false, null)), IndexedColors.GREY_25_PERCENT);
        header.setWrapText(true);
        text = cells.bordered(cells.font(10, false, false, null));
        text.setWrapText(true);
        guessed = CellStyles.filled(cells.bordered(cells.font(10, false, false, null)), IndexedColors.LIGHT_ORANGE);
        guessed.setWrapText(true);
        review = CellStyles.filled(cells.bordered(cells.font(10, true, false, IndexedColors.DARK_RED)),
                IndexedColors.LIGHT_ORANGE);
        review.setWrapText(true);
    }

    /** The sheet with its rows; {@code above} are label/value pairs written above the table (the dinas's name). */
    XSSFSheet write(Sheet kind, String heading, List<String[]> above, List<Line> lines, boolean withReview) {
        XSSFSheet sheet = workbook.createSheet(kind.title());
        List<Col> cols = new ArrayList<>(kind.columns());
        int width = cols.stream().mapToInt(Col::width).sum();
        Row top = sheet.createRow(0);
        cell(top, 0, heading, title);
        Row purpose = sheet.createRow(1);
        cell(purpose, 0, kind.purpose() + " Pilihan diambil dari daftar di sel (tanda panah); penjelasan setiap"
                + " kolom di lembar Petunjuk.", note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Math.min(cols.size(), 8) - 1));
        for (int i = 0; i < above.size(); i++) {
            Row row = sheet.createRow(2 + i);
            cell(row, 0, above.get(i)[0], header);
            cell(row, 1, above.get(i)[1], text);
            sheet.addMergedRegion(new CellRangeAddress(2 + i, 2 + i, 1, 3));
        }
        Row head = sheet.createRow(CatalogueLayout.HEADER_ROW);
        int headLines = 1;
        for (int c = 0; c < cols.size(); c++) {
            cell(head, c, cols.get(c).header(), header);
            sheet.setColumnWidth(c, cols.get(c).width() * 256);
            headLines = Math.max(headLines, TextLines.count(cols.get(c).header(), cols.get(c).width() - 1));
        }
        if (withReview) {
            cell(head, cols.size(), CatalogueLayout.REVIEW, review);
            sheet.setColumnWidth(cols.size(), 48 * 256);
        }
        head.setHeightInPoints(15 * headLines + 2);
        int r = CatalogueLayout.HEADER_ROW + 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            int rowLines = 1;
            for (int c = 0; c < cols.size(); c++) {
                Col col = cols.get(c);
                Object value = line.values().get(col.key());
                Cell cell = row.createCell(c);
                cell.setCellStyle(line.guessed().contains(col.key()) ? guessed : text);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value != null && !value.toString().isEmpty()) {
                    cell.setCellValue(value.toString());
                    rowLines = Math.max(rowLines, TextLines.count(value.toString(), col.width() - 1));
                }
            }
            if (withReview) {
                cell(row, cols.size(), line.review(), line.review() == null ? text : review);
                rowLines = Math.max(rowLines, TextLines.count(line.review(), 47));
            }
            row.setHeightInPoints(Math.min(400, 13 * rowLines + 3));
        }
        int last = Math.max(r - 1, CatalogueLayout.HEADER_ROW + 1) + ROOM;
        validations(sheet, cols, last);
        finish(sheet, cols.size() + (withReview ? 1 : 0), r - 1);
        return sheet;
    }

    private void validations(XSSFSheet sheet, List<Col> cols, int last) {
        XSSFDataValidationHelper help = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < cols.size(); c++) {
            Col col = cols.get(c);
            DataValidationConstraint constraint = switch (col.type()) {
                case CHOICE -> help.createExplicitListConstraint(col.choices().toArray(String[]::new));
                case FLAG -> help.createExplicitListConstraint(CatalogueLayout.YA_TIDAK.toArray(String[]::new));
                case REF -> help.createFormulaListConstraint(codeRange(col.ref()));
                case YEAR -> help.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "2000",
                        "2100");
                default -> null;
            };
            if (constraint == null) {
                continue;
            }
            DataValidation v = help.createValidation(constraint,
                    new CellRangeAddressList(CatalogueLayout.HEADER_ROW + 1, last, c, c));
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            boolean strict = col.type() != Type.REF;
            v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
            v.createErrorBox(col.header(), col.type() == Type.YEAR ? "Tulis tahun empat angka, mis. 2027."
                    : strict ? "Pilih dari daftar: " + String.join(", ", col.type() == Type.FLAG
                            ? CatalogueLayout.YA_TIDAK : col.choices()) + "."
                    : "Kode ini belum ada di lembar " + col.ref().title() + ". Tambahkan dulu di sana.");
            v.setShowPromptBox(false);
            sheet.addValidationData(v);
        }
    }

    /** The code column of a sheet, as a list's source: {@code 'Unit Kerja'!$A$5:$A$400}. */
    private static String codeRange(Sheet sheet) {
        int first = CatalogueLayout.HEADER_ROW + 2;
        return "'" + sheet.title() + "'!$A$" + first + ":$A$" + (first + 1000);
    }

    private static void finish(XSSFSheet sheet, int columns, int lastRow) {
        sheet.createFreezePane(1, CatalogueLayout.HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(CatalogueLayout.HEADER_ROW, Math.max(lastRow,
                CatalogueLayout.HEADER_ROW), 0, columns - 1));
        Paper.A4.landscapeOnePageWide(sheet, CatalogueLayout.HEADER_ROW);
    }

    static void cell(Row row, int c, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    static String address(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }
}
