package id.go.banggaikab.rekap.register;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A register workbook built in test code, as an office would keep it: optional title lines above the header, then
 * one row per koperasi or usaha. Values are typed as given: text, numbers, or dates (written as Excel dates).
 */
public final class RegisterBuilder {

    private final List<Object[]> above = new ArrayList<>();
    private final List<List<Object[]>> headers = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private String sheet = "Register";

    public static RegisterBuilder koperasi(String... columns) {
        return columns.length == 0 ? new RegisterBuilder() : new RegisterBuilder().header((Object[]) columns);
    }

    public static RegisterBuilder usahaMikro(String... columns) {
        return koperasi(columns);
    }

    /** A line above the table (title, "Keadaan 31 Desember 2025"). */
    public RegisterBuilder title(Object... cells) {
        above.add(cells);
        return this;
    }

    public RegisterBuilder header(Object... cells) {
        headers.add(new ArrayList<>(List.<Object[]>of(cells)));
        return this;
    }

    public RegisterBuilder sheet(String name) {
        this.sheet = name;
        return this;
    }

    public RegisterBuilder row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** Excel's row number of data row {@code i} (0-based). */
    public int excelRow(int i) {
        return above.size() + headers.size() + i + 1;
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet s = wb.createSheet(sheet);
            int r = 0;
            for (Object[] line : above) {
                put(s.createRow(r++), line, date);
            }
            for (List<Object[]> h : headers) {
                put(s.createRow(r++), h.get(0), date);
            }
            for (Object[] line : rows) {
                put(s.createRow(r++), line, date);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void put(Row row, Object[] cells, CellStyle date) {
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }
}
