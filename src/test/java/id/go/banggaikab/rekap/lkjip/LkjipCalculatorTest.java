package id.go.banggaikab.rekap.lkjip;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Bab III computed by hand. One sasaran strategis with a count (higher is better, Rencana Aksi targets), a rate
 * where lower is better and a predicate; a program indicator whose unit has not sent TW III; a kegiatan indicator
 * that a kegiatan of the budget serves. 2026 TW III against the history of 2025, the Renstra 2021–2026 and the
 * earlier-years sheet.
 */
class LkjipCalculatorTest {

    private final Catalogue catalogue = catalogue(count("S-1", "KADIS"), value("S-2", "KADIS", Polarity.TURUN),
            grade("S-3", "KADIS"), withParent(count("P-1", "KABID"), "S-1"), withParent(count("K-1", "KASI-A"),
                    "P-1"));

    private static StoredRow noted(StoredRow r, String keterangan, String kendala, String solusi) {
        return new StoredRow(r.indicatorCode(), r.unitCode(), r.periode(), r.value(), r.numerator(), r.denominator(),
                r.predikat(), r.cumulative(), new ReadRow.Notes(keterangan, null, kendala, solusi), r.anggaran(),
                r.fileName(), r.sheet(), r.cell(), r.fileModified());
    }

    private static StoredRow rupiah(StoredRow r, String amount) {
        return new StoredRow(r.indicatorCode(), r.unitCode(), r.periode(), r.value(), r.numerator(), r.denominator(),
                r.predikat(), r.cumulative(), r.notes(), new BigDecimal(amount), r.fileName(), r.sheet(), r.cell(),
                r.fileModified());
    }

    private final List<StoredRow> lastYear = List.of(row("S-1", "DINAS", 2025, 1, 20.0),
            row("S-1", "DINAS", 2025, 2, 20.0), row("S-1", "DINAS", 2025, 3, 20.0), row("S-1", "DINAS", 2025, 4, 20.0),
            row("S-2", "DINAS", 2025, 4, 14.0), row("P-1", "BID", 2025, 1, 2.0), row("P-1", "BID", 2025, 2, 3.0));

    private Recap recap() {
        List<StoredRow> rows = new ArrayList<>(lastYear);
        rows.addAll(List.of(noted(row("S-1", "DINAS", 2026, 1, 30.0), "Pelatihan angkatan I", null, null),
                noted(row("S-1", "DINAS", 2026, 2, 20.0), "Pelatihan angkatan I", null, null),
                noted(row("S-1", "DINAS", 2026, 3, 40.0), null, "Anggaran terlambat", "Jadwal digeser ke TW IV"),
                row("S-2", "DINAS", 2026, 3, 12.0), graded("S-3", "DINAS", 2026, 3, Predikat.BB),
                row("P-1", "BID", 2026, 2, 6.0), row("K-1", "SEKSI-A", 2026, 1, 2.0),
                rupiah(row("K-1", "SEKSI-A", 2026, 2, 3.0), "12500000"), row("K-1", "SEKSI-A", 2026, 3, 4.0)));
        List<Target> targets = List.of(target("S-1", 100.0, 25.0, 50.0, 75.0, 100.0), target("S-2", 10.0),
                gradeTarget("S-3", Predikat.A), target("P-1", 8.0), target("K-1", 12.0));
        return id.go.banggaikab.rekap.aggregation.Fixtures.recap(catalogue, 3, targets, rows);
    }

    private static TreeMap<Integer, Figure> path(Object... yearAndFigure) {
        TreeMap<Integer, Figure> out = new TreeMap<>();
        for (int i = 0; i < yearAndFigure.length; i += 2) {
            Object f = yearAndFigure[i + 1];
            out.put((Integer) yearAndFigure[i], f instanceof Predikat p ? Figure.of(p) : Figure.of((Double) f));
        }
        return out;
    }

    private static Budget.Line line(String kode, int depth, String pagu, List<String> served, String... quarters) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            amounts.add(q < quarters.length && quarters[q] != null ? new BigDecimal(quarters[q]) : null);
        }
        return new Budget.Line(kode, "Nama " + kode, depth, pagu == null ? null : new BigDecimal(pagu), served,
                amounts, 6);
    }

    private LkjipInput input() {
        Renstra renstra = new Renstra(2021, 2026,
                Map.of("S-1", new Renstra.Path("S-1", Figure.of(50.0), path(2025, 110.0, 2026, 120.0)),
                        "S-2", new Renstra.Path("S-2", Figure.of(16.0), path(2026, 8.0)),
                        "S-3", new Renstra.Path("S-3", Figure.of(Predikat.B), path(2026, Predikat.AA))),
                Map.of("S-1", new TreeMap<>(Map.of(2024, new Renstra.Earlier(2024, Figure.of(90.0), Figure.of(70.0)),
                        2025, new Renstra.Earlier(2025, Figure.of(100.0), Figure.of(85.0)))),
                        "S-3", new TreeMap<>(Map.of(2025, new Renstra.Earlier(2025, Figure.of(Predikat.A),
                                Figure.of(Predikat.B))))), 0, List.of());
        Budget budget = new Budget(2026, List.of(line("2.17.01", 0, null, List.of("P-1")),
                line("2.17.01.2.01", 1, "100000000", List.of("K-1"), "10000000", null, "15000000"),
                line("2.17.01.2.02", 1, "25000000", List.of("S-2"), "5000000", "5000000", "10000000")), List.of(),
                0);
        return new LkjipInput(renstra, budget, Map.of("S-1", target("S-1", 100.0), "S-2", target("S-2", 10.0)),
                lastYear, List.of());
    }

    private IndicatorLine line(Lkjip lkjip, String code) {
        return lkjip.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void capaianIsAgainstTheQuarterTargetWhereOneIsSetAndByPolarityAndRank() {
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), input());

        IndicatorLine s1 = line(lkjip, "S-1");
        assertThat(s1.realisasi().number()).isEqualTo(90.0);
        assertThat(s1.target().number()).as("Rencana Aksi s.d. TW III").isEqualTo(75.0);
        assertThat(s1.capaian()).isCloseTo(120.0, within(1e-9));
        assertThat(s1.annualInQuarter()).isFalse();
        IndicatorLine s2 = line(lkjip, "S-2");
        assertThat(s2.target().number()).as("no quarter target: the annual one").isEqualTo(10.0);
        assertThat(s2.annualInQuarter()).isTrue();
        assertThat(s2.capaian()).as("(2 × 10 − 12) / 10").isCloseTo(80.0, within(1e-9));
        assertThat(line(lkjip, "S-3").capaian()).as("BB (5) of A (6)").isCloseTo(500.0 / 6, within(1e-9));
        assertThat(lkjip.lines()).extracting(IndicatorLine::code).doesNotContain("K-1");
    }

    @Test
    void sasaranMeanCapsEachCapaianAsScoresDoAndNamesWhatItLeavesOut() {
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), input());

        assertThat(lkjip.groups()).extracting(Group::number, Group::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", Level.STRATEGIS),
                        org.assertj.core.groups.Tuple.tuple("1.1", Level.PROGRAM));
        CapaianMean strategis = lkjip.groups().get(0).mean();
        // 120 is capped at 100: (100 + 80 + 83,33) / 3.
        assertThat(strategis.value()).isCloseTo((100 + 80 + 500.0 / 6) / 3, within(1e-9));
        assertThat(strategis.kategori()).isEqualTo("Tinggi");
        assertThat(strategis.used()).isEqualTo(3);
        CapaianMean program = lkjip.groups().get(1).mean();
        assertThat(program.value()).isNull();
        assertThat(program.leftOut()).extracting(CapaianMean.LeftOut::code, CapaianMean.LeftOut::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-1", "belum lapor TW III"));
    }

    @Test
    void comparesWithEarlierYearsFromTheHistoryOrTheWorkbookAndWithTheRenstraEnd() {
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), input());

        IndicatorLine s1 = line(lkjip, "S-1");
        assertThat(s1.lastYear().figure().number()).as("the whole 2025 in the history: 4 × 20").isEqualTo(80.0);
        assertThat(s1.lastYear().source()).isEqualTo(YearFigure.Source.RIWAYAT);
        assertThat(s1.lastYearCapaian()).isCloseTo(80.0, within(1e-9));
        assertThat(s1.change()).as("120 − 80 points").isCloseTo(40.0, within(1e-9));
        assertThat(s1.twoYearsAgo().figure().number()).isEqualTo(70.0);
        assertThat(s1.twoYearsAgo().source()).isEqualTo(YearFigure.Source.ISIAN);
        assertThat(s1.capaianRenstra()).as("90 of 120").isCloseTo(75.0, within(1e-9));
        assertThat(lkjip.notes()).contains("S-1 2025: riwayat formulir (80) dipakai, bukan renstra.xlsx (85).");

        IndicatorLine s2 = line(lkjip, "S-2");
        assertThat(s2.lastYearCapaian()).as("(20 − 14) / 10").isCloseTo(60.0, within(1e-9));
        assertThat(s2.change()).isCloseTo(20.0, within(1e-9));
        assertThat(s2.capaianRenstra()).as("(2 × 8 − 12) / 8").isCloseTo(50.0, within(1e-9));

        IndicatorLine s3 = line(lkjip, "S-3");
        assertThat(s3.lastYear().figure().predikat()).isEqualTo(Predikat.B);
        assertThat(s3.lastYearTarget().predikat()).as("from the workbook: no target-2025").isEqualTo(Predikat.A);
        assertThat(s3.change()).as("83,33 − 66,67").isCloseTo(500.0 / 6 - 400.0 / 6, within(1e-9));
        assertThat(s3.capaianRenstra()).as("BB (5) of AA (7)").isCloseTo(500.0 / 7, within(1e-9));

        IndicatorLine p1 = line(lkjip, "P-1");
        assertThat(p1.lastYear().source()).isEqualTo(YearFigure.Source.RIWAYAT_SEBAGIAN);
        assertThat(p1.lastYear().lastQuarter()).isEqualTo(2);
        assertThat(p1.lastYearCapaian()).as("half a year is no year's capaian").isNull();
        assertThat(p1.realisasi().number()).as("TW II's figure is still shown").isEqualTo(6.0);
        assertThat(p1.capaian()).as("not reported for TW III: no capaian, no low one").isNull();
        assertThat(p1.kategori()).isNull();
    }

    @Test
    void serapanAndEfficiencyPerKegiatanWithTheKeuangansFigureFirstAndTheFormsRpWhereItIsEmpty() {
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), input());

        BudgetRow program = lkjip.budget().get(0);
        BudgetRow pelatihan = lkjip.budget().get(1);
        BudgetRow administrasi = lkjip.budget().get(2);
        BudgetRow total = lkjip.budget().get(3);
        // 10 000 000 (keuangan) + 12 500 000 (form's Rp of K-1 in TW II, keuangan empty) + 15 000 000 (keuangan).
        assertThat(pelatihan.realisasi()).isEqualByComparingTo("37500000");
        assertThat(pelatihan.sources()).containsExactly(BudgetRow.RpSource.KEUANGAN, BudgetRow.RpSource.FORMULIR,
                BudgetRow.RpSource.KEUANGAN);
        assertThat(pelatihan.serapan()).isCloseTo(37.5, within(1e-9));
        // K-1: 2 + 3 + 4 = 9 of the annual 12.
        assertThat(pelatihan.capaian().value()).isCloseTo(75.0, within(1e-9));
        assertThat(pelatihan.efisiensi().selisih()).isCloseTo(37.5, within(1e-9));
        assertThat(pelatihan.efisiensi().reading()).isEqualTo(Efisiensi.Reading.EFISIEN);
        // 20 000 000 of 25 000 000 = 80 %, S-2's capaian 80 %: capaian equal to serapan is efficient.
        assertThat(administrasi.serapan()).isCloseTo(80.0, within(1e-9));
        assertThat(administrasi.efisiensi().selisih()).isCloseTo(0.0, within(1e-9));
        assertThat(administrasi.efisiensi().reading()).isEqualTo(Efisiensi.Reading.EFISIEN);
        assertThat(program.pagu()).isEqualByComparingTo("125000000");
        assertThat(program.realisasi()).isEqualByComparingTo("57500000");
        assertThat(program.serapan()).isCloseTo(46.0, within(1e-9));
        assertThat(program.sources()).containsExactly(BudgetRow.RpSource.KEUANGAN, BudgetRow.RpSource.CAMPURAN,
                BudgetRow.RpSource.KEUANGAN);
        assertThat(program.efisiensi().reading()).as("P-1 has not sent TW III")
                .isEqualTo(Efisiensi.Reading.BELUM_DAPAT_DINILAI);
        assertThat(total.isTotal()).isTrue();
        assertThat(total.serapan()).isCloseTo(46.0, within(1e-9));
    }

    @Test
    void aQuarterWithoutRupiahFromEitherSourceLeavesTheRealisationOpen() {
        LkjipInput in = input();
        Budget budget = new Budget(2026, List.of(line("2.17.01", 0, null, List.of()),
                line("2.17.01.2.02", 1, "25000000", List.of("S-2"), "5000000", null, "10000000")), List.of(), 0);
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), new LkjipInput(in.renstra(), budget,
                in.lastYearTargets(), in.earlierRows(), List.of()));

        BudgetRow kegiatan = lkjip.budget().get(1);
        assertThat(kegiatan.realisasi()).isNull();
        assertThat(kegiatan.missing()).containsExactly(2);
        assertThat(kegiatan.serapan()).isNull();
        assertThat(kegiatan.efisiensi().reading()).isEqualTo(Efisiensi.Reading.BELUM_DAPAT_DINILAI);
        assertThat(lkjip.budget().get(0).capaian().value()).as("a program naming no indicator takes its kegiatan's")
                .isCloseTo(80.0, within(1e-9));
    }

    @Test
    void efficiencyBands() {
        assertThat(Efisiensi.of(95.0, 80.0).reading()).isEqualTo(Efisiensi.Reading.EFISIEN);
        assertThat(Efisiensi.of(70.0, 75.0).reading()).isEqualTo(Efisiensi.Reading.KURANG_EFISIEN);
        assertThat(Efisiensi.of(70.0, 80.0).reading()).as("10 points short").isEqualTo(
                Efisiensi.Reading.KURANG_EFISIEN);
        assertThat(Efisiensi.of(69.9, 80.0).reading()).isEqualTo(Efisiensi.Reading.TIDAK_EFISIEN);
        assertThat(Efisiensi.of(null, 80.0).reading()).isEqualTo(Efisiensi.Reading.BELUM_DAPAT_DINILAI);
    }

    @Test
    void unitsExplanationsAreGatheredOverTheQuartersOnceEachWording() {
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), input());

        assertThat(line(lkjip, "S-1").notes()).containsExactly(
                new UnitNote("Dinas Koperasi dan UKM", List.of(1, 2), "Pelatihan angkatan I", null, null),
                new UnitNote("Dinas Koperasi dan UKM", List.of(3), null, "Anggaran terlambat",
                        "Jadwal digeser ke TW IV"));
    }

    @Test
    void aRowWithoutAFigureStillGivesItsUnitsWordsAndItsRupiah() {
        LkjipInput in = input();
        // P-1's unit sent no figure for TW III but wrote why; K-1's TW III row came with Rp only, K-1's TW II row
        // has a figure of its own (12 500 000 above) and no unfigured row may add to it.
        List<StoredRow> unfigured = List.of(noted(new StoredRow("P-1", "BID", new id.go.banggaikab.rekap.shared.Periode(
                2026, 3), null, null, null, null, false, ReadRow.Notes.NONE, null, "bid.xlsx", "Realisasi", "E7",
                java.time.Instant.parse("2026-10-02T00:00:00Z")), null, "Kegiatan menunggu juknis", "Dilaksanakan TW IV"),
                rupiah(new StoredRow("K-1", "SEKSI-A", new id.go.banggaikab.rekap.shared.Periode(2026, 3), null, null,
                        null, null, false, ReadRow.Notes.NONE, null, "a.xlsx", "Realisasi", "E9",
                        java.time.Instant.parse("2026-10-03T00:00:00Z")), "4000000"));
        Budget budget = new Budget(2026, List.of(line("2.17.01", 0, null, List.of("P-1")),
                line("2.17.01.2.01", 1, "100000000", List.of("K-1"), "10000000", null, null)), List.of(), 0);
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), new LkjipInput(in.renstra(), budget,
                in.lastYearTargets(), in.earlierRows(), List.of(), unfigured));

        assertThat(line(lkjip, "P-1").notes()).containsExactly(new UnitNote("Bidang Usaha Mikro", List.of(3), null,
                "Kegiatan menunggu juknis", "Dilaksanakan TW IV"));
        assertThat(line(lkjip, "P-1").capaian()).as("words are no figure").isNull();
        BudgetRow kegiatan = lkjip.budget().get(1);
        // 10 000 000 (keuangan, TW I) + 12 500 000 (the TW II form) + 4 000 000 (the TW III row with Rp only).
        assertThat(kegiatan.realisasi()).isEqualByComparingTo("26500000");
        assertThat(kegiatan.sources()).containsExactly(BudgetRow.RpSource.KEUANGAN, BudgetRow.RpSource.FORMULIR,
                BudgetRow.RpSource.FORMULIR);
    }

    @Test
    void trendRunsFromTheKondisiAwalToTheRenstraEndWithGapsAndThePartYearApart() {
        Lkjip lkjip = new LkjipCalculator().calculate(recap(), input());

        Trend trend = lkjip.trends().get(0);
        assertThat(trend.yearLabels()).containsExactly("2021", "2022", "2023", "2024", "2025", "2026 (s.d. TW III)");
        Trend.Series s1 = trend.series().get(0);
        assertThat(s1.realisasi()).as("whole years only").containsExactly(null, null, null, 70.0, 80.0, null);
        assertThat(s1.partial()).as("the year to date is a point of its own").containsExactly(null, null, null, null,
                null, 90.0);
        assertThat(trend.partialLabel()).isEqualTo("Realisasi s.d. TW III 2026 (sebagian tahun)");
        assertThat(s1.renstra()).containsExactly(50.0, null, null, null, 110.0, 120.0);
        assertThat(trend.series()).extracting(Trend.Series::code).as("the predicate is not drawn")
                .containsExactly("S-1", "S-2");
        assertThat(trend.drawable()).isTrue();
    }
}
