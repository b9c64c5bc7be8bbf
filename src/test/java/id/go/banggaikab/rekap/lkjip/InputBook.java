package id.go.banggaikab.rekap.lkjip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a generated input workbook the way staff do in Excel: cell by address, a row marked or unmarked. */
final class InputBook {

    final XSSFWorkbook wb;

    InputBook(XSSFWorkbook wb) {
        this.wb = wb;
    }

    static InputBook of(byte[] bytes) {
        try {
            return new InputBook(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets {@code address} of {@code sheet} to a number, a text, or empty (null). */
    InputBook set(String sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    /** The row (1-based, as Excel counts) whose column B holds {@code code}. */
    int rowOf(String sheet, String code) {
        for (Row r : wb.getSheet(sheet)) {
            Cell c = r.getCell(1);
            if (c != null && c.toString().equals(code)) {
                return r.getRowNum() + 1;
            }
        }
        throw new AssertionError(code + " tidak ada di lembar " + sheet);
    }

    /** Marks every row of the sheet as real (the staff deleted CONTOH). */
    InputBook unmarkAll(String sheet) {
        for (Row r : wb.getSheet(sheet)) {
            if (r.getRowNum() > InputSheet.HEADER_ROW && r.getCell(0) != null) {
                r.getCell(0).setBlank();
            }
        }
        return this;
    }

    InputStream stream() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
