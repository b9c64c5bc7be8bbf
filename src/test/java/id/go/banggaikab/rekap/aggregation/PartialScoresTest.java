package id.go.banggaikab.rekap.aggregation;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.StoredRow;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A score says what it rests on: a quarter a unit did not send is not scored from the year to date of its earlier
 * quarters, the units above it count who sent the form, and a recap of a quarter still running knows it.
 */
class PartialScoresTest {

    // SEKSI-A (KASI-A, STAF-A), SEKSI-B (KASI-B) and SUBBAG (KASUBAG) send forms; BID, SEKRETARIAT, DINAS do not.
    private final Catalogue catalogue = catalogue(count("A-1", "KASI-A"), count("A-2", "STAF-A"),
            count("B-1", "KASI-B"), count("S-1", "KASUBAG"));
    private final List<Target> targets = List.of(target("A-1", 40.0, 10.0, 20.0, 30.0, 40.0),
            target("A-2", 40.0, 10.0, 20.0, 30.0, 40.0), target("B-1", 40.0, 10.0, 20.0, 30.0, 40.0),
            target("S-1", 40.0, 10.0, 20.0, 30.0, 40.0));

    /** Everyone sends TW I; SEKSI-B sends nothing for TW II. */
    private Recap secondQuarterWithoutSeksiB() {
        List<StoredRow> rows = List.of(row("A-1", "SEKSI-A", 2026, 1, 10.0), row("A-2", "SEKSI-A", 2026, 1, 10.0),
                row("B-1", "SEKSI-B", 2026, 1, 10.0), row("S-1", "SUBBAG", 2026, 1, 10.0),
                row("A-1", "SEKSI-A", 2026, 2, 10.0), row("A-2", "SEKSI-A", 2026, 2, 8.0),
                row("S-1", "SUBBAG", 2026, 2, 10.0));
        return recap(catalogue, 2, targets, rows);
    }

    @Test
    void aQuarterNotSentIsNotScoredFromTheEarlierQuarters() {
        Recap recap = secondQuarterWithoutSeksiB();

        IndicatorResult b1 = recap.indicator("B-1").orElseThrow();
        assertThat(b1.ytd().number()).as("the table still shows TW I's figure").isEqualTo(10.0);
        assertThat(b1.capaian()).as("but TW I's 10 is no TW II report of 10: no capaian, in no output").isNull();
        assertThat(b1.capaianAnnual()).isNull();
        assertThat(b1.scoreCapaian()).isNull();
        ScoreNode seksiB = recap.score("SEKSI-B").orElseThrow();
        assertThat(seksiB.score()).isNull();
        assertThat(seksiB.kategori()).isNull();
        assertThat(seksiB.notReported()).isTrue();
        assertThat(recap.score("KASI-B").orElseThrow().notReported()).isTrue();
    }

    @Test
    void unitsAboveCountWhoSentTheQuartersForm() {
        Recap recap = secondQuarterWithoutSeksiB();

        ScoreNode bidang = recap.score("BID").orElseThrow();
        assertThat(bidang.unitsReported()).isEqualTo(1);
        assertThat(bidang.unitsExpected()).isEqualTo(2);
        assertThat(bidang.partial()).isTrue();
        assertThat(bidang.notReported()).isFalse();
        // SEKSI-A: KASI-A 20/20 = 100, STAF-A 18/20 = 90 → 95; BID rests on SEKSI-A alone.
        assertThat(bidang.score()).isCloseTo(95.0, within(1e-9));
        ScoreNode dinas = recap.scores();
        assertThat(dinas.unitsReported()).isEqualTo(2);
        assertThat(dinas.unitsExpected()).isEqualTo(3);
        assertThat(dinas.partial()).isTrue();
        assertThat(recap.score("SEKRETARIAT").orElseThrow().partial()).isFalse();
        assertThat(recap.score("SEKSI-A").orElseThrow().unitsExpected()).isEqualTo(1);
        assertThat(recap.score("KABID").orElseThrow().unitsExpected()).as("BID sends no form of its own").isZero();
    }

    @Test
    void earlierQuartersScoreWithWhoSentThemAndAQuarterWithoutAnyFormIsAGap() {
        List<StoredRow> rows = List.of(row("A-1", "SEKSI-A", 2026, 1, 10.0), row("A-1", "SEKSI-A", 2026, 3, 10.0));
        Recap recap = recap(catalogue, 3, targets, rows);

        // TW I 10/10; TW II no form at all; TW III (10 + 10) / 30.
        assertThat(recap.dinasScoreByQuarter()).hasSize(3);
        assertThat(recap.dinasScoreByQuarter().get(0)).isCloseTo(100.0, within(1e-9));
        assertThat(recap.dinasScoreByQuarter().get(1)).isNull();
        assertThat(recap.dinasScoreByQuarter().get(2)).isCloseTo(20 * 100.0 / 30, within(1e-9));
    }

    @Test
    void aQuarterHasEndedOnlyAfterItsLastDay() {
        assertThat(at(4, LocalDateTime.of(2026, 12, 1, 9, 0)).quarterEnded()).isFalse();
        assertThat(at(4, LocalDateTime.of(2026, 12, 31, 23, 59)).quarterEnded()).isFalse();
        assertThat(at(4, LocalDateTime.of(2027, 1, 1, 0, 5)).quarterEnded()).isTrue();
        assertThat(at(3, LocalDateTime.of(2026, 12, 1, 9, 0)).quarterEnded()).isTrue();
    }

    private Recap at(int tw, LocalDateTime runTime) {
        RecapInput base = input(catalogue, tw, targets, List.of(row("A-1", "SEKSI-A", 2026, 1, 10.0)));
        RecapInput input = new RecapInput(base.catalogue(), base.periode(), base.targets(), base.rows(),
                base.problems(), base.submittedUnits(), false, runTime);
        return new RecapCalculator().calculate(input, RecapSettings.defaults());
    }
}
