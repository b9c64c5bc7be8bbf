package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.aggregation.Verification;
import id.go.banggaikab.rekap.lkjip.BudgetWorkbook;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.LkjipCalculator;
import id.go.banggaikab.rekap.lkjip.LkjipInput;
import id.go.banggaikab.rekap.lkjip.RenstraWorkbook;
import id.go.banggaikab.rekap.shared.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A plausible recap on the real catalogue and the shipped example targets, for writer tests and for looking at the
 * output: 2025 and 2026 rows from every reporting unit except one, made-up figures from a fixed seed.
 */
final class SampleRecap {

    static final Path KATALOG = Path.of("config/katalog.yml");

    private SampleRecap() {
    }

    static Recap of(int triwulan) {
        Catalogue catalogue = CatalogueLoader.load(KATALOG);
        Targets targets = new TargetReader(catalogue).read(TargetWorkbook.pathFor(Path.of("config"), 2026), 2026);
        Map<Periode, Set<String>> submitted = new HashMap<>();
        List<StoredRow> rows = rows(catalogue, triwulan, submitted);
        List<Problem> problems = List.of(
                Problem.file("Seksi Kewirausahaan TW3 (salinan).xlsx", "Berkas dilindungi kata sandi"),
                Problem.cell("2026-TW-III-kelembagaan.xlsx", "Realisasi", "F12", "dua belas",
                        "Isian bukan angka; sel tidak diimpor"));
        RecapInput input = new RecapInput(catalogue, new Periode(2026, triwulan), targets, rows, problems, submitted,
                true, LocalDateTime.of(2026, 11, 27, 9, 30), Verification.NONE, null);
        return new RecapCalculator().calculate(input, RecapSettings.defaults());
    }

    /**
     * The LKjIP of {@link #of}: the CONTOH Renstra and budget (as a sample run without those workbooks uses them) and
     * the 2025 rows as the earlier history.
     */
    static Lkjip lkjip(int triwulan) {
        Recap recap = of(triwulan);
        Catalogue catalogue = recap.catalogue();
        Map<String, Target> targets = new TargetReader(catalogue).read(TargetWorkbook.pathFor(Path.of("config"),
                2026), 2026).byCode();
        List<StoredRow> earlier = rows(catalogue, triwulan, new HashMap<>()).stream()
                .filter(r -> r.periode().tahun() < 2026).toList();
        LkjipInput input = new LkjipInput(new RenstraWorkbook(catalogue).example(2026, targets),
                new BudgetWorkbook(catalogue).example(2026), Map.of(), earlier,
                List.of("renstra.xlsx belum ada; dipakai angka CONTOH Renstra dan tahun-tahun sebelumnya."));
        return new LkjipCalculator().calculate(recap, input);
    }

    /** The rows of {@link #of}: 2025 whole, 2026 up to {@code triwulan}; fills {@code submitted}. */
    static List<StoredRow> rows(Catalogue catalogue, int triwulan, Map<Periode, Set<String>> submitted) {
        Random random = new Random(7);
        List<StoredRow> rows = new ArrayList<>();
        String silent = "SEKSI-P3UM";
        for (int tahun = 2025; tahun <= 2026; tahun++) {
            for (int tw = 1; tw <= (tahun == 2025 ? 4 : triwulan); tw++) {
                Periode p = new Periode(tahun, tw);
                for (Indicator i : catalogue.indicators()) {
                    String unit = catalogue.reportersOf(i).stream().reduce((a, b) -> b).orElseThrow();
                    if (unit.equals(silent) && tahun == 2026) {
                        continue;
                    }
                    rows.add(row(i, unit, p, random));
                    submitted.computeIfAbsent(p, k -> new HashSet<>()).add(unit);
                }
            }
        }
        return rows;
    }

    private static StoredRow row(Indicator i, String unit, Periode p, Random random) {
        String file = p.tahun() + "/TW" + p.triwulan() + "/" + unit + ".xlsx";
        Instant saved = Instant.parse("2026-01-10T08:00:00Z").plusSeconds(86_400L * 91 * p.triwulan());
        Double value = null;
        Double num = null;
        Double den = null;
        Predikat grade = null;
        if (i.kind() == IndicatorKind.PREDIKAT) {
            grade = random.nextBoolean() ? Predikat.A : Predikat.BB;
        } else if (i.isRatio()) {
            den = i.kind() == IndicatorKind.RASIO_PERTUMBUHAN ? null : 200.0 + random.nextInt(50);
            num = i.kind() == IndicatorKind.RASIO_PERTUMBUHAN ? 2_500_000_000.0 + random.nextInt(900_000_000)
                    : Math.floor(den * (0.05 + random.nextDouble() * 0.3));
        } else if (i.kind() == IndicatorKind.NILAI) {
            value = 80 + random.nextInt(15) + 0.5;
        } else {
            value = (double) random.nextInt(15);
        }
        String note = random.nextInt(5) == 0 ? "Kegiatan terlaksana sesuai jadwal" : null;
        String evidence = note == null ? null : "Daftar hadir dan foto kegiatan";
        return new StoredRow(i.code(), unit, p, value, num, den, grade, false,
                new id.go.banggaikab.rekap.submission.ReadRow.Notes(note, evidence, null, null), null, file, "Realisasi",
                "F" + (8 + random.nextInt(20)), saved);
    }
}
