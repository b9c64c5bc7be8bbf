package id.go.banggaikab.rekap.register;

import static id.go.banggaikab.rekap.register.Counting.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A register's count in place of a typed total: the count wins, a different typed figure is said with both numbers. */
class CountApplierTest {

    static final Periode TW3 = new Periode(2026, 3);
    static final Instant SAVED = Instant.parse("2026-10-05T02:00:00Z");

    private static RegisterRule rule(String code, Slot slot) {
        return CATALOGUE.registerRule(code, slot).orElseThrow();
    }

    private static CountedFigure counted(String code, Slot slot, int tw, double v) {
        return new CountedFigure(rule(code, slot), tw, v, false, List.of("register/Data Keragaan Koperasi.xlsx"),
                "Koperasi", SAVED, (int) v);
    }

    private static StoredRow typed(String code, String unit, int tw, Double num, Double den, String keterangan) {
        return new StoredRow(code, unit, new Periode(2026, tw), num == null || den == null ? null : num / den * 100,
                num, den, null, false, new ReadRow.Notes(keterangan, null, null, null), null,
                "2026/TW" + tw + "/" + unit + ".xlsx", "Realisasi", "G12", SAVED.minusSeconds(3600));
    }

    @Test
    void shouldReplaceTheTypedPartsAndNameBothNumbersWhereTheyDisagree() {
        List<CountedFigure> figures = List.of(counted("KADIS-01", Slot.PEMBILANG, 3, 61),
                counted("KADIS-01", Slot.PENYEBUT, 3, 84));
        List<StoredRow> rows = List.of(typed("KADIS-01", "SEKSI-KLP", 3, 60.0, 84.0, "Data Juli"),
                typed("KADIS-01", "SEKSI-KLP", 2, 58.0, 84.0, null));

        CountApplier.Applied applied = new CountApplier(CATALOGUE, TW3, figures).apply(rows);

        assertThat(applied.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("2026/TW3/SEKSI-KLP.xlsx");
            assertThat(p.cell()).isEqualTo("G12");
            assertThat(p.value()).isEqualTo("60");
            assertThat(p.reason()).isEqualTo("KADIS-01 pembilang TW III: formulir menulis 60, hitungan register"
                    + " koperasi 61 (register/Data Keragaan Koperasi.xlsx); dipakai hitungan register. Baris yang"
                    + " dihitung ada di lembar Rincian Register");
        });
        StoredRow form = applied.rows().stream().filter(r -> r.unitCode().equals("SEKSI-KLP")
                && r.periode().triwulan() == 3).findFirst().orElseThrow();
        assertThat(form.numerator()).isNull();
        assertThat(form.denominator()).isNull();
        assertThat(form.keterangan()).isEqualTo("Data Juli");
        StoredRow register = applied.rows().stream().filter(r -> r.unitCode().equals("Register koperasi"))
                .findFirst().orElseThrow();
        assertThat(register.numerator()).isEqualTo(61);
        assertThat(register.denominator()).isEqualTo(84);
        assertThat(register.fileName()).isEqualTo("register/Data Keragaan Koperasi.xlsx");
        assertThat(applied.rows()).filteredOn(r -> r.periode().triwulan() == 2).singleElement()
                .satisfies(r -> assertThat(r.numerator()).isEqualTo(58)); // a quarter not counted keeps the form's
    }

    @Test
    void shouldMakeTheRecapComputeWithTheCountAndNameTheRegisterAsItsSource() {
        List<CountedFigure> figures = new ArrayList<>();
        for (int tw = 1; tw <= 3; tw++) {
            figures.add(counted("KABID-PUM-02", Slot.PEMBILANG, tw, 10 * tw));
            figures.add(counted("KABID-PUM-02", Slot.PENYEBUT, tw, 1000 + tw));
        }
        List<StoredRow> rows = List.of(typed("KABID-PUM-02", "SEKSI-KWU", 1, 12.0, 240.0, null));

        CountApplier.Applied applied = new CountApplier(CATALOGUE, TW3, figures).apply(rows);
        List<Problem> problems = new ArrayList<>(applied.problems());
        Recap recap = new RecapCalculator().calculate(new RecapInput(CATALOGUE, TW3, Map.of(), applied.rows(),
                problems, Map.of(), false, LocalDateTime.of(2026, 10, 6, 9, 0)), RecapSettings.defaults());

        var result = recap.indicator("KABID-PUM-02").orElseThrow();
        assertThat(result.values().numerator()).isEqualTo(60);
        assertThat(result.values().denominator()).isEqualTo(1003);
        assertThat(result.values().quarter(1).number()).isEqualTo(10.0 / 1001 * 100);
        assertThat(result.sources()).containsExactly("Data Keragaan Koperasi.xlsx (TW I, II, III)");
        assertThat(applied.problems()).hasSize(2).allSatisfy(p -> assertThat(p.reason())
                .contains("KABID-PUM-02").contains("TW I").contains("dipakai hitungan register"));
    }

    @Test
    void shouldHoldAYearToDateTypedOnTheFormAgainstTheCountsOfTheQuartersToIt() {
        List<CountedFigure> figures = List.of(counted("KABID-PUM-02", Slot.PEMBILANG, 1, 10),
                counted("KABID-PUM-02", Slot.PEMBILANG, 2, 20), counted("KABID-PUM-02", Slot.PENYEBUT, 2, 500),
                counted("KABID-PUM-02", Slot.PENYEBUT, 1, 400));
        StoredRow ytd = new StoredRow("KABID-PUM-02", "SEKSI-KWU", new Periode(2026, 2), null, 30.0, 500.0, null,
                true, ReadRow.Notes.NONE, null, "kwu.xlsx", "Realisasi", "H9", SAVED);

        CountApplier.Applied applied = new CountApplier(CATALOGUE, new Periode(2026, 2), figures).apply(List.of(ytd));

        assertThat(applied.problems()).isEmpty();
        assertThat(applied.rows()).noneMatch(r -> r.fileName().equals("kwu.xlsx"));
    }

    @Test
    void shouldMakeLastYearsRegisterFigureTheBaseOfAGrowthRatio() {
        List<CountedFigure> figures = List.of(
                new CountedFigure(rule("KABID-PPK-01", Slot.PEMBILANG), 4, 1200, true, List.of("register/k.xlsx"),
                        "K", SAVED, 2),
                new CountedFigure(rule("KABID-PPK-01", Slot.PENYEBUT), 4, 1000, false, List.of("register/k.xlsx"),
                        "K", SAVED, 2));
        StoredRow history = new StoredRow("KABID-PPK-01", "SEKSI-FUK", new Periode(2025, 4), null, 800.0, 700.0,
                null, true, ReadRow.Notes.NONE, null, "2025/fuk.xlsx", "Realisasi", "G9", SAVED);

        Periode tw4 = new Periode(2026, 4);
        CountApplier.Applied applied = new CountApplier(CATALOGUE, tw4, figures).apply(List.of(history));
        Recap recap = new RecapCalculator().calculate(new RecapInput(CATALOGUE, tw4, Map.of(), applied.rows(),
                List.of(), Map.of(), false, LocalDateTime.of(2027, 1, 6, 9, 0)), RecapSettings.defaults());

        assertThat(recap.indicator("KABID-PPK-01").orElseThrow().ytd().number()).isEqualTo(120.0);
    }
}
