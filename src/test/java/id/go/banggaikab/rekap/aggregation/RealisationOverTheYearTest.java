package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.shared.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealisationOverTheYearTest {

    @Test
    void countAddsUpTheQuartersAndLeavesLaterQuartersEmpty() {
        Catalogue c = catalogue(count("C-1", "KASI-A"));
        Recap recap = recap(c, 2, List.of(), List.of(row("C-1", "SEKSI-A", 2026, 1, 10.0),
                row("C-1", "SEKSI-A", 2026, 2, 15.0), row("C-1", "SEKSI-A", 2026, 3, 99.0)));

        IndicatorResult r = recap.indicator("C-1").orElseThrow();
        assertThat(r.values().quarter(1).number()).isEqualTo(10.0);
        assertThat(r.values().quarter(2).number()).isEqualTo(15.0);
        assertThat(r.values().quarter(3)).isEqualTo(Figure.NONE);
        assertThat(r.values().quarter(4)).isEqualTo(Figure.NONE);
        assertThat(r.ytd().number()).isEqualTo(25.0);
    }

    @Test
    void stockTakesTheLatestQuarterReported() {
        Catalogue c = catalogue(value("V-1", "KASI-A", Polarity.NAIK));
        Recap recap = recap(c, 3, List.of(), List.of(row("V-1", "SEKSI-A", 2026, 1, 80.0),
                row("V-1", "SEKSI-A", 2026, 3, 85.0)));

        IndicatorResult r = recap.indicator("V-1").orElseThrow();
        assertThat(r.values().quarter(2)).isEqualTo(Figure.NONE);
        assertThat(r.ytd().number()).isEqualTo(85.0);
    }

    @Test
    void ratioIsRecomputedFromPartsWhereTrainedAddUpAndGuidedIsTheLatest() {
        Catalogue c = catalogue(ratio("R-1", "KABID", Accumulation.JUMLAH, Accumulation.TERAKHIR,
                List.of("SEKSI-B"), Combine.SAMA));
        Recap recap = recap(c, 2, List.of(), List.of(parts("R-1", "SEKSI-B", 2026, 1, 20.0, 200.0),
                parts("R-1", "SEKSI-B", 2026, 2, 30.0, 250.0)));

        IndicatorResult r = recap.indicator("R-1").orElseThrow();
        // dilatih 20 + 30 = 50 over binaan 250 (latest) = 20 %; the mean of 10 % and 12 % would be 11 %.
        assertThat(r.values().numerator()).isEqualTo(50.0);
        assertThat(r.values().denominator()).isEqualTo(250.0);
        assertThat(r.ytd().number()).isCloseTo(20.0, within(1e-9));
        assertThat(r.values().quarter(1).number()).isCloseTo(10.0, within(1e-9));
        assertThat(r.values().quarter(2).number()).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void cumulativeRowsOfAFlowGiveTheQuarterAsDifferenceToThePreviousReport() {
        Catalogue c = catalogue(count("C-1", "KASI-A"));
        Recap recap = recap(c, 3, List.of(), List.of(row("C-1", "SEKSI-A", 2026, 1, 10.0),
                cumulative("C-1", "SEKSI-A", 2026, 3, 40.0)));

        IndicatorResult r = recap.indicator("C-1").orElseThrow();
        // TW II not reported: the year to date of TW III (40) less that of TW I (10).
        assertThat(r.values().quarter(3).number()).isEqualTo(30.0);
        assertThat(r.ytd().number()).isEqualTo(40.0);
    }

    @Test
    void cumulativeRowsOfAStockAreTheSameFigure() {
        Catalogue c = catalogue(ratio("R-1", "KASI-A", Accumulation.TERAKHIR, Accumulation.TERAKHIR, List.of(),
                Combine.SAMA));
        StoredRow q1 = parts("R-1", "SEKSI-A", 2026, 1, 40.0, 100.0);
        StoredRow q2 = parts("R-1", "SEKSI-A", 2026, 2, 45.0, 100.0);
        StoredRow q2cumulative = new StoredRow(q2.indicatorCode(), q2.unitCode(), q2.periode(), q2.value(),
                q2.numerator(), q2.denominator(), null, true, q2.notes(), null, q2.fileName(), q2.sheet(), q2.cell(),
                q2.fileModified());
        Recap recap = recap(c, 2, List.of(), List.of(q1, q2cumulative));

        assertThat(recap.indicator("R-1").orElseThrow().values().quarter(2).number()).isCloseTo(45.0,
                within(1e-9));
        assertThat(recap.indicator("R-1").orElseThrow().ytd().number()).isCloseTo(45.0, within(1e-9));
    }

    @Test
    void cumulativeFigureBelowThePreviousOneIsWarned() {
        Catalogue c = catalogue(count("C-1", "KASI-A"));
        Recap recap = recap(c, 2, List.of(), List.of(cumulative("C-1", "SEKSI-A", 2026, 1, 30.0),
                cumulative("C-1", "SEKSI-A", 2026, 2, 25.0)));

        assertThat(recap.indicator("C-1").orElseThrow().values().quarter(2).number()).isEqualTo(-5.0);
        assertThat(recap.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.PERINGATAN);
            assertThat(p.cell()).isEqualTo("F12");
            assertThat(p.reason()).contains("lebih kecil");
        });
    }

    @Test
    void emptyIsNotZero() {
        Catalogue c = catalogue(count("C-1", "KASI-A"), count("C-2", "KASI-A"));
        Recap recap = recap(c, 1, List.of(target("C-1", 10.0), target("C-2", 10.0)),
                List.of(row("C-1", "SEKSI-A", 2026, 1, 0.0)));

        assertThat(recap.indicator("C-1").orElseThrow().capaian()).isEqualTo(0.0);
        assertThat(recap.indicator("C-2").orElseThrow().capaian()).isNull();
        assertThat(recap.indicator("C-2").orElseThrow().kategori()).isNull();
    }

    @Test
    void predicateTakesTheLatestGrade() {
        Catalogue c = catalogue(grade("P-1", "KADIS"));
        Recap recap = recap(c, 2, List.of(), List.of(graded("P-1", "DINAS", 2026, 1, id.go.banggaikab.rekap
                .catalogue.Predikat.B), graded("P-1", "DINAS", 2026, 2, id.go.banggaikab.rekap.catalogue.Predikat.BB)));

        assertThat(recap.indicator("P-1").orElseThrow().ytd().predikat())
                .isEqualTo(id.go.banggaikab.rekap.catalogue.Predikat.BB);
    }
}
