package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTreeTest {

    private static final List<Target> TARGETS = List.of(target("C-1", 10.0), target("C-2", 10.0),
            target("C-3", 10.0), target("C-4", 10.0), target("C-5", 10.0), target("C-6", 10.0),
            target("C-7", 10.0));

    private static final List<StoredRow> ROWS = List.of(row("C-1", "SEKSI-A", 2026, 1, 12.0),
            row("C-2", "SEKSI-A", 2026, 1, 8.0), row("C-3", "SEKSI-A", 2026, 1, 7.0),
            row("C-5", "SEKSI-B", 2026, 1, 6.0), row("C-6", "BID", 2026, 1, 10.0),
            row("C-7", "DINAS", 2026, 1, 9.0));

    private static Catalogue catalogueWith(List<Unit> units) {
        return catalogue(units, POSITIONS, count("C-1", "KASI-A"), count("C-2", "KASI-A"), count("C-3", "STAF-A"),
                count("C-4", "STAF-A"), count("C-5", "KASI-B"), count("C-6", "KABID"), count("C-7", "KADIS"));
    }

    @Test
    void scoresRollUpFromPositionsToTheDinasWithCountsAndTheCap() {
        Recap recap = recap(catalogueWith(UNITS), 1, TARGETS, ROWS);

        // KASI-A: min(120, 100) and 80 → 90; STAF-A: 70 (C-4 has no value) → SEKSI-A 80 on 3 of 4 indicators.
        assertThat(recap.score("KASI-A").orElseThrow().score()).isCloseTo(90.0, within(1e-9));
        assertThat(recap.score("STAF-A").orElseThrow().indicators()).isEqualTo(1);
        assertThat(recap.score("STAF-A").orElseThrow().indicatorsTotal()).isEqualTo(2);
        ScoreNode seksiA = recap.score("SEKSI-A").orElseThrow();
        assertThat(seksiA.score()).isCloseTo(80.0, within(1e-9));
        assertThat(seksiA.indicators()).isEqualTo(3);
        assertThat(seksiA.indicatorsTotal()).isEqualTo(4);
        // BID: head 100, SEKSI-A 80, SEKSI-B 60 → 80.
        assertThat(recap.score("BID").orElseThrow().score()).isCloseTo(80.0, within(1e-9));
        assertThat(recap.score("BID").orElseThrow().kategori()).isEqualTo("Tinggi");
        // Sekretariat has nothing to score and is skipped; DINAS: head 90 and BID 80 → 85 on 6 indicators.
        assertThat(recap.score("SEKRETARIAT").orElseThrow().score()).isNull();
        assertThat(recap.scores().score()).isCloseTo(85.0, within(1e-9));
        assertThat(recap.scores().indicators()).isEqualTo(6);
        assertThat(recap.scores().indicatorsTotal()).isEqualTo(7);
    }

    @Test
    void treeIsInOrderWithTheHeadFirstAndDepths() {
        Recap recap = recap(catalogueWith(UNITS), 1, TARGETS, ROWS);

        assertThat(recap.scores().flatten()).extracting(ScoreNode::code).containsExactly("DINAS", "KADIS",
                "SEKRETARIAT", "SEKDIS", "SUBBAG", "KASUBAG", "BID", "KABID", "SEKSI-A", "KASI-A", "STAF-A",
                "SEKSI-B", "KASI-B");
        assertThat(recap.score("KASI-A").orElseThrow().depth()).isEqualTo(3);
    }

    @Test
    void unitWeightsFromTheCatalogueWeighTheMean() {
        List<Unit> units = new ArrayList<>(UNITS);
        units.set(5, new Unit("SEKSI-B", "Seksi Kewirausahaan", id.go.banggaikab.rekap.catalogue.UnitKind.SEKSI,
                "BID", List.of(), 3.0));
        Recap recap = recap(catalogueWith(units), 1, TARGETS, ROWS);

        // (100 × 1 + 80 × 1 + 60 × 3) / 5 = 72
        assertThat(recap.score("BID").orElseThrow().score()).isCloseTo(72.0, within(1e-9));
    }

    @Test
    void aHigherCapLetsCapaianAbove100CountInScores() {
        RecapSettings settings = new RecapSettings(120, CategoryScale.DEFAULT, 70, 90);
        Recap recap = new RecapCalculator().calculate(input(catalogueWith(UNITS), 1, TARGETS, ROWS), settings);

        assertThat(recap.score("KASI-A").orElseThrow().score()).isCloseTo(100.0, within(1e-9));
        assertThat(recap.indicator("C-1").orElseThrow().capaian()).isCloseTo(120.0, within(1e-9));
    }

    @Test
    void capaianAndScoreAreMeasuredAgainstTheQuarterTargetWithTheAnnualViewBeside() {
        Catalogue c = catalogue(count("C-1", "KASI-A"));
        Recap recap = recap(c, 1, List.of(target("C-1", 40.0, 10.0, 20.0, 30.0, 40.0)),
                List.of(row("C-1", "SEKSI-A", 2026, 1, 9.0)));

        IndicatorResult r = recap.indicator("C-1").orElseThrow();
        assertThat(r.target().number()).isEqualTo(10.0);
        assertThat(r.basis()).isEqualTo(CapaianRule.Basis.RENCANA_AKSI);
        assertThat(r.capaian()).isCloseTo(90.0, within(1e-9));
        assertThat(r.kategori()).isEqualTo("Tinggi");
        assertThat(r.capaianAnnual()).as("the annual view, its own column").isCloseTo(22.5, within(1e-9));
        assertThat(r.annualTarget().number()).isEqualTo(40.0);
        assertThat(r.scoreCapaian()).isCloseTo(90.0, within(1e-9));
    }

    @Test
    void dinasScoreIsGivenForEachQuarterSoFar() {
        Catalogue c = catalogue(count("C-7", "KADIS"));
        Recap recap = recap(c, 3, List.of(target("C-7", 40.0, 10.0, 20.0, 30.0, 40.0)),
                List.of(row("C-7", "DINAS", 2026, 1, 5.0), row("C-7", "DINAS", 2026, 3, 10.0)));

        // TW I 5/10; TW II nothing was sent (TW I's 5 against the TW II target of 20 is no TW II score); TW III 15/30.
        assertThat(recap.dinasScoreByQuarter()).containsExactly(50.0, null, 50.0);
    }
}
