package id.go.banggaikab.rekap.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Builds realisation forms the way offices make them, for tests, the benchmark and sample files: title rows, a
 * header block, a one- or two-row table header, indicator rows and the clutter around them. Rows are appended in
 * the order they are called; {@link #cell(int, String)} tells where a data row's value landed for assertions.
 */
public final class FormBuilder {

    /** A formula cell; with {@code evaluate} its result is cached as Excel would, without it no value is stored. */
    public record Formula(String formula, boolean evaluate) {
    }

    /** A cell holding an Excel error value such as #DIV/0!. */
    public record ErrorValue(FormulaError error) {
    }

    /** A number shown with a percent format: 0.85 displays as 85%. */
    public record Percent(double fraction) {
    }

    private final Workbook workbook;
    private Sheet sheet;
    private int next;
    private List<String> columns = List.of();
    private final List<Integer> dataRows = new ArrayList<>();
    private CellStyle percentStyle;

    private FormBuilder(Workbook workbook) {
        this.workbook = workbook;
    }

    public static FormBuilder xlsx() {
        return new FormBuilder(new XSSFWorkbook()).sheet("Realisasi");
    }

    public static FormBuilder xlsm() {
        return new FormBuilder(new XSSFWorkbook(XSSFWorkbookType.XLSM)).sheet("Realisasi");
    }

    public static FormBuilder xls() {
        return new FormBuilder(new HSSFWorkbook()).sheet("Realisasi");
    }

    /** Starts a new sheet; later rows go there. */
    public FormBuilder sheet(String name) {
        sheet = workbook.createSheet(name);
        next = 0;
        dataRows.clear();
        return this;
    }

    public FormBuilder hideSheet() {
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return this;
    }

    public FormBuilder title(String text) {
        put(next++, 0, text);
        return this;
    }

    /** A title merged over columns A to {@code lastCol}, as a report heading above the table. */
    public FormBuilder titleAcross(String text, int lastCol) {
        put(next, 0, text);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, lastCol));
        next++;
        return this;
    }

    public FormBuilder blankRow() {
        next++;
        return this;
    }

    /** A header-block line: label, a lone ":" cell, then the value, as most office templates do. */
    public FormBuilder label(String label, Object value) {
        put(next, 0, label);
        put(next, 1, ":");
        put(next++, 2, value);
        return this;
    }

    /** A header-block line written in one cell, "Tahun : 2026". */
    public FormBuilder inlineLabel(String text) {
        put(next++, 0, text);
        return this;
    }

    public FormBuilder header(String unit, int tahun, String triwulan) {
        return label("Unit Kerja", unit).label("Tahun", tahun).label("Triwulan", triwulan);
    }

    /** A one-row table header. */
    public FormBuilder columns(String... headers) {
        columns = Arrays.asList(headers);
        for (int c = 0; c < headers.length; c++) {
            put(next, c, headers[c]);
        }
        next++;
        return this;
    }

    /**
     * A two-row header: {@code group} is merged over the columns whose lower header is given in {@code parts} (for
     * instance "REALISASI" over "Pembilang", "Penyebut"); every other header is merged over both rows.
     */
    public FormBuilder twoRowColumns(String group, List<String> parts, String... headers) {
        columns = Arrays.asList(headers);
        int first = -1;
        int last = -1;
        for (int c = 0; c < headers.length; c++) {
            if (parts.contains(headers[c])) {
                put(next + 1, c, headers[c]);
                first = first < 0 ? c : first;
                last = c;
            } else {
                put(next, c, headers[c]);
                sheet.addMergedRegion(new CellRangeAddress(next, next + 1, c, c));
            }
        }
        put(next, first, group);
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, first, last));
        }
        next += 2;
        return this;
    }

    /**
     * Header rows laid out as on paper: {@code "<"} merges a cell into the block on its left, {@code "^"} into the
     * block above; null leaves a cell empty. For the Evaluasi Renja layout with K and Rp under each quarter.
     */
    public FormBuilder headerRows(String[]... rows) {
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < rows[i].length; c++) {
                String v = rows[i][c];
                if (v == null || v.equals("<") || v.equals("^")) {
                    continue;
                }
                put(next + i, c, v);
                int right = c;
                while (right + 1 < rows[i].length && "<".equals(rows[i][right + 1])) {
                    right++;
                }
                int down = i;
                while (down + 1 < rows.length && c < rows[down + 1].length && "^".equals(rows[down + 1][c])) {
                    down++;
                }
                if (right > c || down > i) {
                    sheet.addMergedRegion(new CellRangeAddress(next + i, next + down, c, right));
                }
            }
        }
        columns = Arrays.asList(rows[rows.length - 1]);
        next += rows.length;
        return this;
    }

    /** Where the value of data row {@code index} (0-based, this sheet) in column {@code col} is, e.g. "G9". */
    public String cellAt(int index, int col) {
        return new CellAddress(dataRows.get(index), col).formatAsString();
    }

    /** A data row; values follow the columns, null leaves a cell empty. */
    public FormBuilder row(Object... values) {
        dataRows.add(next);
        for (int c = 0; c < values.length; c++) {
            put(next, c, values[c]);
        }
        next++;
        return this;
    }

    /** A sasaran heading merged across the whole table. */
    public FormBuilder section(String text) {
        put(next, 0, text);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, Math.max(1, columns.size() - 1)));
        next++;
        return this;
    }

    /** Merges a column over the last {@code rows} data rows, as offices do with No and Jabatan. */
    public FormBuilder mergeDown(String column, int rows) {
        int c = columns.indexOf(column);
        int last = dataRows.get(dataRows.size() - 1);
        int first = dataRows.get(dataRows.size() - rows);
        sheet.addMergedRegion(new CellRangeAddress(first, last, c, c));
        return this;
    }

    /** A signature block under the table, with its date line, title, name and NIP. */
    public FormBuilder signature(String title, String name, String nip) {
        next++;
        int c = Math.max(0, columns.size() - 3);
        put(next++, c, "Luwuk, 10 Juli 2026");
        put(next++, c, title);
        next += 2;
        put(next++, c, name);
        put(next++, c, "NIP. " + nip);
        return this;
    }

    /** Where the value of data row {@code index} (0-based, this sheet) in {@code column} is, e.g. "G9". */
    public String cell(int index, String column) {
        return new CellAddress(dataRows.get(index), columns.indexOf(column)).formatAsString();
    }

    public Workbook workbook() {
        return workbook;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(int r, int c, Object value) {
        if (value == null) {
            return;
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
            if (f.evaluate()) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            }
        } else if (value instanceof ErrorValue e) {
            cell.setCellErrorValue(e.error().getCode());
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(percentStyle());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private CellStyle percentStyle() {
        if (percentStyle == null) {
            percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
        return percentStyle;
    }
}
