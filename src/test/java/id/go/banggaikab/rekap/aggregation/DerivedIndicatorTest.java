package id.go.banggaikab.rekap.aggregation;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An indicator of a bidang computed from its seksi's indicators by the catalogue's formula. */
class DerivedIndicatorTest {

    private final Catalogue catalogue = catalogue(count("A", "KASI-A"), count("B", "KASI-B"),
            derived("SUM", "KABID", "{A} + {B}"), derived("PCT", "KABID", "{A} / {B} * 100"),
            derived("SHARE", "KADIS", "{SUM} / 2"));

    @Test
    void shouldComputeEachQuarterAndTheYearToDateFromTheOperandsOfThatPeriod() {
        Recap recap = recap(catalogue, 2, List.of(), List.of(row("A", "SEKSI-A", 2026, 1, 10.0),
                row("A", "SEKSI-A", 2026, 2, 5.0), row("B", "SEKSI-B", 2026, 1, 20.0), row("B", "SEKSI-B", 2026, 2,
                        20.0)));

        IndicatorResult sum = recap.indicator("SUM").orElseThrow();
        assertThat(sum.values().quarter(1).number()).isEqualTo(30.0);
        assertThat(sum.values().quarter(2).number()).isEqualTo(25.0);
        assertThat(sum.ytd().number()).isEqualTo(55.0);
        // year to date of the parts (15 / 40), not the mean of the quarters' percentages
        assertThat(recap.indicator("PCT").orElseThrow().ytd().number()).isCloseTo(37.5, within(1e-9));
        assertThat(recap.indicator("SHARE").orElseThrow().ytd().number()).as("derived from a derived one")
                .isEqualTo(27.5);
        assertThat(sum.sources()).as("the forms behind both operands, both quarters").hasSize(4);
    }

    @Test
    void shouldLeaveTheValueEmptyWhenAnOperandIsMissingOrADivisionIsByZero() {
        Recap recap = recap(catalogue, 1, List.of(), List.of(row("A", "SEKSI-A", 2026, 1, 10.0),
                row("B", "SEKSI-B", 2026, 1, 0.0)));

        assertThat(recap.indicator("SUM").orElseThrow().ytd().number()).isEqualTo(10.0);
        assertThat(recap.indicator("PCT").orElseThrow().ytd().isEmpty()).isTrue();
        Recap onlyA = recap(catalogue, 1, List.of(), List.of(row("A", "SEKSI-A", 2026, 1, 10.0)));
        assertThat(onlyA.indicator("SUM").orElseThrow().ytd().isEmpty()).isTrue();
        assertThat(onlyA.indicator("SUM").orElseThrow().capaian()).isNull();
    }

    @Test
    void shouldNeverExpectAFormForADerivedIndicator() {
        assertThat(catalogue.indicatorsReportableBy("BID")).isEmpty();
        assertThat(catalogue.reportingUnits()).extracting(u -> u.code()).containsExactly("SEKSI-A", "SEKSI-B");
    }
}
