package id.go.banggaikab.rekap.targets;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.TextKey;
import id.go.banggaikab.rekap.submission.WorkbookCells;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code config/target-<tahun>.xlsx} with the care the forms get: the forms' format adapters and value rules
 * ("92 %" is 92, a 0,92 shown as a percentage is 92, "1.234,5", "-"), the header found by its words on any of the
 * top rows and the columns in any order. A cell that is no figure, a code not in the catalogue or given twice is a
 * note with file, sheet, cell and value (the cell or row is not used) rather than a stop: a run without one target is
 * better than no recap. A workbook still marked CONTOH above its table (the shipped example) is read, and said to be
 * the example. Only a file that is no workbook, or has no table, stops the run.
 */
public final class TargetReader {

    /** The mark of the shipped example workbook, on a line above the table. */
    static final Pattern EXAMPLE = Pattern.compile("\\bCONTOH\\b");
    private static final Pattern QUARTER = Pattern.compile("^target (?:tw|triwulan) (i|ii|iii|iv|1|2|3|4)\\b.*");
    private static final int HEADER_SEARCH = 30;

    private final Catalogue catalogue;

    public TargetReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Targets read(Path file, int tahun) {
        try {
            return read(file.getFileName().toString(), Files.readAllBytes(file), tahun);
        } catch (IOException e) {
            throw new CatalogueException(List.of(file.getFileName() + ": tidak dapat dibaca (" + e.getMessage()
                    + "). Tutup berkasnya di Excel lalu jalankan lagi."));
        }
    }

    /** As {@link #read(Path, int)}, from the workbook's bytes (as kept with a quarter's lock). */
    public Targets read(String name, byte[] bytes, int tahun) {
        WorkbookCells book;
        try {
            book = WorkbookCells.read(bytes);
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(List.of(name + ": " + e.getMessage() + "."));
        }
        WorkbookCells.Sheet sheet = book.sheet(TargetWorkbook.SHEET)
                .orElse(book.sheets().isEmpty() ? null : book.sheets().get(0));
        Columns columns = sheet == null ? null : Columns.find(sheet);
        if (columns == null) {
            throw new CatalogueException(List.of(name + ": baris judul kolom \"Kode\" dan \"Target Tahunan\" tidak"
                    + " ditemukan" + (sheet == null ? "" : " di lembar " + sheet.name()) + ". Pakai susunan berkas"
                    + " target yang dibuat aplikasi (hapus berkasnya agar dibuat lagi)."));
        }
        List<Problem> notes = new ArrayList<>();
        Map<String, TargetRow> rows = new LinkedHashMap<>();
        for (int r = columns.header() + 1; r <= sheet.lastRow(); r++) {
            String code = sheet.text(r, columns.code());
            if (code.isEmpty()) {
                continue;
            }
            String cell = WorkbookCells.Sheet.address(r, columns.code());
            Indicator indicator = catalogue.indicator(code).orElse(null);
            if (indicator == null) {
                notes.add(Problem.warning(name, sheet.name(), cell, code, "Kode \"" + code + "\" tidak ada di"
                        + " katalog; baris " + (r + 1) + " tidak dipakai. Perbaiki kodenya (sama dengan kolom Kode di"
                        + " lembar Rekap Indikator) atau hapus barisnya."));
            } else if (rows.containsKey(code)) {
                notes.add(Problem.warning(name, sheet.name(), cell, code, code + " sudah ada di baris "
                        + (rows.get(code).row() + 1) + "; baris " + (r + 1) + " tidak dipakai. Hapus salah satunya."));
            } else {
                rows.put(code, row(name, sheet, indicator, r, columns, notes));
            }
        }
        boolean example = isExample(sheet, columns.header());
        notes.addAll(new TargetChecks(name, sheet.name(), columns).check(catalogue, rows));
        Map<String, Target> targets = new LinkedHashMap<>();
        rows.forEach((code, row) -> targets.put(code, row.target(tahun)));
        return new Targets(name, targets, example, notes);
    }

    /** One row's five target cells; a cell that is no figure is a note and counts as empty. */
    private static TargetRow row(String name, WorkbookCells.Sheet sheet, Indicator indicator, int r, Columns columns,
            List<Problem> notes) {
        boolean grade = indicator.kind() == IndicatorKind.PREDIKAT;
        Double[] numbers = new Double[5];
        Predikat[] grades = new Predikat[5];
        String[] shown = new String[5];
        for (int i = 0; i < 5; i++) {
            int c = columns.targets()[i];
            if (c < 0) {
                continue;
            }
            WorkbookCells.Reading v = grade ? sheet.predikat(r, c) : sheet.number(r, c, indicator.satuan());
            shown[i] = v.shown();
            String where = indicator.code() + ", " + TargetWorkbook.HEADERS[TargetWorkbook.FIRST_TARGET_COLUMN + i];
            if (v.failed()) {
                notes.add(Problem.warning(name, sheet.name(), WorkbookCells.Sheet.address(r, c), v.shown(), where
                        + ": " + v.error() + ". Sel ini tidak dipakai" + (i == 0 ? ", indikator ini tanpa target"
                        + " tahunan" : "") + "."));
            } else {
                numbers[i] = v.number();
                grades[i] = v.predikat();
                if (v.correction() != null) {
                    notes.add(Problem.warning(name, sheet.name(), WorkbookCells.Sheet.address(r, c), v.shown(),
                            where + ": " + v.correction() + "."));
                }
            }
        }
        return new TargetRow(indicator, r, numbers, grades, shown);
    }

    /** A line above the table says CONTOH: the shipped example, not the Perjanjian Kinerja. */
    private static boolean isExample(WorkbookCells.Sheet sheet, int header) {
        for (int r = 0; r < header; r++) {
            for (int c = 0; c < TargetWorkbook.HEADERS.length; c++) {
                if (EXAMPLE.matcher(sheet.text(r, c)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the table's columns are: the code, then the annual and the four quarterly targets (-1 where a column is
     * missing), found by their headers on the header row.
     */
    record Columns(int header, int code, int[] targets) {

        static Columns find(WorkbookCells.Sheet sheet) {
            for (int r = 0; r <= Math.min(sheet.lastRow(), HEADER_SEARCH); r++) {
                int code = -1;
                int[] targets = {-1, -1, -1, -1, -1};
                for (int c = 0; c < 40; c++) {
                    String key = TextKey.key(sheet.text(r, c));
                    var quarter = QUARTER.matcher(key);
                    if (key.equals("kode") && code < 0) {
                        code = c;
                    } else if (key.startsWith("target tahunan") || key.equals("target pk")) {
                        targets[0] = c;
                    } else if (quarter.matches()) {
                        targets[quarterOf(quarter.group(1))] = c;
                    }
                }
                if (code >= 0 && targets[0] >= 0) {
                    return new Columns(r, code, targets);
                }
            }
            return null;
        }

        private static int quarterOf(String word) {
            return switch (word) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
        }
    }
}
