package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthRatioTest {

    private final Catalogue catalogue = catalogue(growth("G-1", "KABID"));

    private static List<StoredRow> lastYear() {
        List<StoredRow> rows = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            rows.add(parts("G-1", "BID", 2025, tw, 100.0, null));
        }
        return rows;
    }

    @Test
    void denominatorIsLastYearsYearEndFigureFromTheHistory() {
        List<StoredRow> rows = lastYear();
        rows.add(parts("G-1", "BID", 2026, 1, 120.0, null));
        rows.add(parts("G-1", "BID", 2026, 2, 130.0, null));

        IndicatorResult r = recap(catalogue, 2, List.of(), rows).indicator("G-1").orElseThrow();

        // volume 120 + 130 = 250 against last year's 4 × 100 = 400.
        assertThat(r.values().denominator()).isEqualTo(400.0);
        assertThat(r.ytd().number()).isCloseTo(62.5, within(1e-9));
        // last year's own growth needs 2024 figures, which are not there: no value rather than a guess.
        assertThat(r.lastYear()).isEqualTo(Figure.NONE);
    }

    @Test
    void withoutHistoryThePenyebutOnTheFormIsUsed() {
        Recap recap = recap(catalogue, 1, List.of(), List.of(parts("G-1", "BID", 2026, 1, 110.0, 440.0)));

        assertThat(recap.indicator("G-1").orElseThrow().ytd().number()).isCloseTo(25.0, within(1e-9));
        assertThat(recap.problems()).isEmpty();
    }

    @Test
    void formPenyebutThatDisagreesWithTheHistoryIsWarnedAndTheHistoryWins() {
        List<StoredRow> rows = lastYear();
        rows.add(parts("G-1", "BID", 2026, 1, 100.0, 380.0));

        Recap recap = recap(catalogue, 1, List.of(), rows);

        assertThat(recap.indicator("G-1").orElseThrow().ytd().number()).isCloseTo(25.0, within(1e-9));
        assertThat(recap.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("380").contains("400").contains("riwayat"));
    }

    @Test
    void formPenyebutThatAgreesWithTheHistoryIsQuiet() {
        List<StoredRow> rows = lastYear();
        rows.add(parts("G-1", "BID", 2026, 1, 100.0, 400.0));

        assertThat(recap(catalogue, 1, List.of(), rows).problems()).isEmpty();
    }
}
