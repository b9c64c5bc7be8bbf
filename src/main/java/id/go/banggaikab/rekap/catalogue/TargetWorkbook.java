package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.output.OutputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The yearly targets live in {@code config/target-<tahun>.xlsx}, a workbook the perencanaan staff edit in Excel:
 * annual target (Perjanjian Kinerja) and cumulative quarterly targets (Rencana Aksi) per indicator code. When the
 * workbook for a year is missing, a pre-filled one is written so the staff only have to type the numbers.
 */
public final class TargetWorkbook {

    static final String SHEET = "Target";
    static final String[] HEADERS = {"Kode", "Unit Kerja", "Jabatan", "Indikator Kinerja", "Satuan", "Target Tahunan",
        "Target TW I (kumulatif)", "Target TW II (kumulatif)", "Target TW III (kumulatif)", "Target TW IV (kumulatif)"};
    private static final int FIRST_TARGET_COLUMN = 5;

    private final Catalogue catalogue;

    public TargetWorkbook(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static Path pathFor(Path configDir, int tahun) {
        return configDir.resolve("target-" + tahun + ".xlsx");
    }

    /** Targets by indicator code; an indicator without a row or with empty cells simply has no target. */
    public Map<String, Target> read(Path file, int tahun) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in, tahun);
        } catch (IOException e) {
            throw new CatalogueException(List.of(file.getFileName() + ": tidak dapat dibaca sebagai buku kerja Excel ("
                    + e.getMessage() + "). Tutup berkasnya di Excel lalu jalankan lagi."));
        }
    }

    /** As {@link #read(Path, int)}, from the workbook's bytes (as kept with a quarter's lock). */
    public Map<String, Target> read(String name, InputStream in, int tahun) {
        List<String> findings = new ArrayList<>();
        Map<String, Target> targets = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(SHEET) != null ? wb.getSheet(SHEET) : wb.getSheetAt(0);
            int header = findHeader(sheet);
            if (header < 0) {
                throw new CatalogueException(List.of(name + ": baris judul kolom \"Kode\" dan \"Target Tahunan\" tidak"
                        + " ditemukan di lembar " + sheet.getSheetName() + "."));
            }
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row == null ? "" : fmt.formatCellValue(row.getCell(0)).strip();
                if (code.isEmpty()) {
                    continue;
                }
                Indicator indicator = catalogue.indicator(code).orElse(null);
                if (indicator == null) {
                    findings.add(name + " baris " + (r + 1) + ": kode \"" + code + "\" tidak ada di katalog. "
                            + "Perbaiki kodenya atau hapus barisnya.");
                    continue;
                }
                targets.put(code, target(indicator, row, tahun, name, r, findings));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogueException ce) {
                throw ce;
            }
            throw new CatalogueException(List.of(name + ": tidak dapat dibaca sebagai buku kerja Excel ("
                    + e.getMessage() + "). Tutup berkasnya di Excel lalu jalankan lagi."));
        }
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return targets;
    }

    private Target target(Indicator indicator, Row row, int tahun, String name, int r, List<String> findings) {
        boolean predicate = indicator.kind() == IndicatorKind.PREDIKAT;
        Double[] numbers = new Double[5];
        Predikat[] grades = new Predikat[5];
        for (int i = 0; i < 5; i++) {
            Cell cell = row.getCell(FIRST_TARGET_COLUMN + i);
            String where = name + " baris " + (r + 1) + " kolom " + HEADERS[FIRST_TARGET_COLUMN + i];
            if (predicate) {
                String text = cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
                if (!text.isEmpty()) {
                    grades[i] = Predikat.parse(text).orElse(null);
                    if (grades[i] == null) {
                        findings.add(where + ": \"" + text + "\" bukan predikat (AA, A, BB, B, CC, C, D).");
                    }
                }
            } else {
                numbers[i] = number(cell, where, findings);
            }
        }
        Double[] quarterly = {numbers[1], numbers[2], numbers[3], numbers[4]};
        Predikat[] quarterlyGrades = {grades[1], grades[2], grades[3], grades[4]};
        return new Target(indicator.code(), tahun, numbers[0], quarterly, grades[0], quarterlyGrades);
    }

    private static Double number(Cell cell, String where, List<String> findings) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        String text = new DataFormatter().formatCellValue(cell).strip().replace("%", "").strip();
        if (text.isEmpty() || text.equals("-")) {
            return null;
        }
        String normal = text.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?") ? text.replace(".", "").replace(',', '.')
                : text.replace(',', '.');
        try {
            return Double.parseDouble(normal);
        } catch (NumberFormatException e) {
            findings.add(where + ": \"" + text + "\" bukan angka.");
            return null;
        }
    }

    private static int findHeader(Sheet sheet) {
        DataFormatter fmt = new DataFormatter();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 30); r++) {
            Row row = sheet.getRow(r);
            if (row != null && fmt.formatCellValue(row.getCell(0)).strip().equalsIgnoreCase("Kode")
                    && fmt.formatCellValue(row.getCell(FIRST_TARGET_COLUMN)).toLowerCase(Locale.ROOT)
                            .startsWith("target")) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Writes a target workbook for the year with every indicator of the catalogue, filled from {@code values} where
     * given (annual first, then the four quarters), written like every output.
     */
    public void write(Path file, int tahun, Map<String, Object[]> values, String note) throws IOException {
        try (Workbook wb = new TargetSheetLayout(catalogue).build(tahun, values == null ? new HashMap<>() : values,
                note)) {
            OutputFiles.writeAtomically(file, wb::write);
        }
    }
}
