package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A clerk filling a generated form through POI, as Excel would save it: rows found by their Kode, numbers typed as
 * numbers or as Indonesian text ("1.250", "12,5") in turn, ratios as pembilang and penyebut, grades as letters.
 * Remembers what was typed so the test can compare it with what the reader returns.
 */
final class FilledForm {

    /** What one row was filled with, as the reader should return it. */
    record Expected(Double value, Double numerator, Double denominator, Predikat predikat, String keterangan,
            String bukti) {
    }

    private final Map<String, Expected> expected = new LinkedHashMap<>();

    Map<String, Expected> expected() {
        return expected;
    }

    /** Fills every indicator row of the form in place; {@code recalculate} simulates Excel recomputing formulas. */
    FilledForm fill(Path form, List<Indicator> indicators, boolean recalculate) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(form)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            Sheet sheet = wb.getSheet("Realisasi");
            Map<String, Integer> cols = headerColumns(sheet);
            int n = 0;
            for (Indicator i : indicators) {
                Row row = sheet.getRow(rowOf(sheet, cols.get("Kode"), i.code()));
                fillRow(row, cols, i, n++);
            }
            if (recalculate) {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            }
            try (OutputStream out = Files.newOutputStream(form)) {
                wb.write(out);
            }
        }
        return this;
    }

    private void fillRow(Row row, Map<String, Integer> cols, Indicator i, int n) {
        String ket = "Catatan " + i.code();
        String bukti = "Arsip " + i.code();
        row.getCell(cols.get("Keterangan")).setCellValue(ket);
        row.getCell(cols.get("Bukti")).setCellValue(bukti);
        if (i.kind() == IndicatorKind.PREDIKAT) {
            row.getCell(cols.get("Realisasi")).setCellValue("BB");
            expected.put(i.code(), new Expected(null, null, null, Predikat.BB, ket, bukti));
        } else if (i.isRatio()) {
            double[] parts = switch (n % 3) {
                case 0 -> new double[] {30, 40};
                case 1 -> new double[] {1250, 2500};
                default -> new double[] {12.5, 50};
            };
            type(row.getCell(cols.get("Pembilang")), parts[0], n);
            type(row.getCell(cols.get("Penyebut")), parts[1], n);
            expected.put(i.code(), new Expected(parts[0] / parts[1] * 100, parts[0], parts[1], null, ket, bukti));
        } else {
            double v = switch (n % 3) {
                case 0 -> 7;
                case 1 -> 1250;
                default -> i.kind() == IndicatorKind.JUMLAH ? 12 : 12.5; // a count with a fraction is questioned
            };
            type(row.getCell(cols.get("Realisasi")), v, n);
            expected.put(i.code(), new Expected(v, null, null, null, ket, bukti));
        }
    }

    /** Every other row as Indonesian text, the rest as numbers. */
    private static void type(Cell cell, double v, int n) {
        if (n % 2 == 0) {
            cell.setCellValue(v);
        } else {
            cell.setCellValue(v == 1250 ? "1.250" : v == 2500 ? "2.500" : v == 12.5 ? "12,5"
                    : IndonesianNumbers.format(v));
        }
    }

    static void assertReadAsFilled(Expected e, ReadRow row, String code) {
        assertNotNull(row, code + " tidak terbaca");
        if (e.value() == null) {
            assertNull(row.value(), code);
        } else {
            assertEquals(e.value(), row.value(), 1e-9, code);
        }
        assertEquals(e.numerator(), row.numerator(), code);
        assertEquals(e.denominator(), row.denominator(), code);
        assertEquals(e.predikat(), row.predikat(), code);
        assertEquals(e.keterangan(), row.keterangan(), code);
        assertEquals(e.bukti(), row.bukti(), code);
    }

    static Map<String, Integer> headerColumns(Sheet sheet) {
        Row header = sheet.getRow(FormLayout.HEADER_ROW);
        Map<String, Integer> cols = new LinkedHashMap<>();
        DataFormatter fmt = new DataFormatter();
        for (Cell c : header) {
            cols.put(fmt.formatCellValue(c), c.getColumnIndex());
        }
        return cols;
    }

    static int rowOf(Sheet sheet, int kodeCol, String code) {
        DataFormatter fmt = new DataFormatter();
        for (Row row : sheet) {
            if (code.equals(fmt.formatCellValue(row.getCell(kodeCol)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("Baris " + code + " tidak ada di formulir");
    }
}
