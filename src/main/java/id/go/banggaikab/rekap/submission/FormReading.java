package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading of one opened workbook: find the tables on the visible sheets, settle who and when (header block
 * first, then titles, then the path), and read the rows. A file whose unit, year or quarter cannot be told is refused
 * as a whole, with a message saying which, because filing figures under a guessed unit or quarter is worse than
 * asking for the file again.
 */
final class FormReading {

    private record Table(SheetView sheet, TableLayout layout) {
    }

    private final ReaderSettings settings;
    private final UnitMatcher units;
    private final IndicatorMatcher indicators;
    private final SourceFile source;

    FormReading(ReaderSettings settings, UnitMatcher units, IndicatorMatcher indicators,
            SourceFile source) {
        this.settings = settings;
        this.units = units;
        this.indicators = indicators;
        this.source = source;
    }

    Submission read(List<SheetView> sheets) {
        List<Table> tables = tables(sheets);
        if (tables.isEmpty()) {
            return reject("Tidak ada tabel indikator yang dikenali di lembar mana pun (perlu kolom Indikator Kinerja "
                    + "dan Realisasi atau Pembilang/Penyebut)");
        }
        List<Problem> problems = new ArrayList<>();
        tables = oneQuarter(tables, problems);
        Clues fromCells = Clues.NONE;
        for (Table t : tables) {
            fromCells = fromCells.orElse(HeaderBlock.read(t.sheet(), t.layout().headerRow(), units));
        }
        Clues fromPath = PathClues.of(source.path(), units);
        Clues clues = fromCells.orElse(fromPath);
        Optional<String> refusal = refusal(clues);
        if (refusal.isPresent()) {
            return reject(refusal.get());
        }
        warnOnDisagreement(fromCells, fromPath, problems);
        String unitCode = clues.unit().code();
        List<ReadRow> rows = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        RowReader reader = new RowReader(source.path(), indicators);
        for (Table t : tables) {
            TableLayout layout = t.layout().forQuarter(clues.triwulan());
            if (!layout.usable()) {
                problems.add(Problem.warning(source.path(), t.sheet().name(), null, null, "Lembar ini hanya memuat kolom"
                        + " realisasi triwulan lain (" + String.join(", ", t.layout().otherQuarterColumns(
                                clues.triwulan())) + "), bukan TW " + Periode.roman(clues.triwulan())
                        + "; tidak dibaca"));
                continue;
            }
            reader.read(t.sheet(), layout, unitCode, seen, rows, problems);
        }
        return new Submission(source, unitCode, new Periode(clues.tahun(), clues.triwulan()), rows, problems);
    }

    /**
     * A workbook kept all year with a sheet per quarter, each with its own "Triwulan" label, is sent again each
     * quarter: its newest quarter is what is being reported now. The sheets of earlier quarters are set aside with
     * a note (they were due in their own quarter) instead of having their rows refused as duplicates.
     */
    private List<Table> oneQuarter(List<Table> tables, List<Problem> problems) {
        Map<Table, Integer> quarters = new LinkedHashMap<>();
        for (Table t : tables) {
            Integer q = HeaderBlock.read(t.sheet(), t.layout().headerRow(), units).triwulan();
            if (q != null) {
                quarters.put(t, q);
            }
        }
        if (quarters.values().stream().distinct().count() <= 1) {
            return tables;
        }
        int newest = quarters.values().stream().max(Integer::compare).orElseThrow();
        List<Table> kept = new ArrayList<>();
        for (Table t : tables) {
            Integer q = quarters.get(t);
            if (q == null || q == newest) {
                kept.add(t);
            } else {
                problems.add(Problem.warning(source.path(), t.sheet().name(), null, null, "Lembar ini untuk Triwulan "
                        + Periode.roman(q) + ", sedangkan berkas ini dibaca sebagai laporan Triwulan "
                        + Periode.roman(newest) + " (lembar terbarunya); lembar ini tidak dibaca. Kirim laporan"
                        + " Triwulan " + Periode.roman(q) + " sebagai berkas tersendiri bila belum pernah dikirim"));
            }
        }
        return kept;
    }

    private static List<Table> tables(List<SheetView> sheets) {
        List<Table> tables = new ArrayList<>();
        for (SheetView sheet : sheets) {
            if (!sheet.hidden()) {
                TableLocator.locate(sheet).ifPresent(layout -> tables.add(new Table(sheet, layout)));
            }
        }
        return tables;
    }

    private Optional<String> refusal(Clues clues) {
        if (clues.unit() == null && clues.unitText() != null) {
            return Optional.of("Unit kerja \"" + clues.unitText() + "\" tidak ada dalam katalog");
        }
        List<String> missing = new ArrayList<>();
        if (clues.unit() == null) {
            missing.add("unit kerja");
        }
        if (clues.tahun() == null) {
            missing.add("tahun");
        }
        if (clues.triwulan() == null) {
            missing.add("triwulan");
        }
        if (!missing.isEmpty()) {
            return Optional.of("Tidak dapat menentukan " + String.join(", ", missing) + " dari isi berkas maupun "
                    + "nama berkas/foldernya; isi kolom Unit Kerja, Tahun dan Triwulan di atas tabel");
        }
        if (clues.tahun() < settings.minYear() || clues.tahun() > settings.maxYear()) {
            return Optional.of("Tahun " + clues.tahun() + " di luar rentang yang diterima (" + settings.minYear()
                    + "–" + settings.maxYear() + ")");
        }
        return Optional.empty();
    }

    /** The header block wins, but a file name that says otherwise is worth a look by the user. */
    private void warnOnDisagreement(Clues cells, Clues path, List<Problem> problems) {
        List<String> diffs = new ArrayList<>();
        if (cells.unit() != null && path.unit() != null && !cells.unit().equals(path.unit())) {
            diffs.add("unit kerja (" + cells.unit().name() + " / " + path.unit().name() + ")");
        }
        if (cells.tahun() != null && path.tahun() != null && !cells.tahun().equals(path.tahun())) {
            diffs.add("tahun (" + cells.tahun() + " / " + path.tahun() + ")");
        }
        if (cells.triwulan() != null && path.triwulan() != null && !cells.triwulan().equals(path.triwulan())) {
            diffs.add("triwulan (" + cells.triwulan() + " / " + path.triwulan() + ")");
        }
        if (!diffs.isEmpty()) {
            problems.add(Problem.warning(source.path(), null, null, null, "Isi berkas dan nama berkas/folder "
                    + "berbeda pada " + String.join(", ", diffs) + "; dipakai isi berkas"));
        }
    }

    private Submission reject(String reason) {
        return Submission.rejected(source, Problem.file(source.path(), reason));
    }
}
