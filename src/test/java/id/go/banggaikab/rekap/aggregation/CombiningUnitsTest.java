package id.go.banggaikab.rekap.aggregation;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Combine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombiningUnitsTest {

    @Test
    void jumlahAddsTheUnitsParts() {
        Catalogue c = catalogue(ratio("R-1", "KABID", Accumulation.JUMLAH, Accumulation.TERAKHIR,
                List.of("SEKSI-A", "SEKSI-B"), Combine.JUMLAH));
        Recap recap = recap(c, 2, List.of(), List.of(parts("R-1", "SEKSI-A", 2026, 1, 5.0, 100.0),
                parts("R-1", "SEKSI-A", 2026, 2, 5.0, 120.0), parts("R-1", "SEKSI-B", 2026, 1, 10.0, 80.0)));

        IndicatorResult r = recap.indicator("R-1").orElseThrow();
        // numerators 5 + 5 + 10 = 20; denominators: each unit's latest stock, 120 + 80 = 200.
        assertThat(r.values().numerator()).isEqualTo(20.0);
        assertThat(r.values().denominator()).isEqualTo(200.0);
        assertThat(r.ytd().number()).isCloseTo(10.0, within(1e-9));
        assertThat(r.sources()).containsExactly(file("SEKSI-A", 2026, 1) + " (TW I)", file("SEKSI-B", 2026, 1) + " (TW I)",
                file("SEKSI-A", 2026, 2) + " (TW II)");
        assertThat(recap.problems()).isEmpty();
    }

    @Test
    void samaTakesTheNewestFileAndReportsTheDisagreement() {
        Catalogue c = catalogue(ratio("R-1", "KADIS", Accumulation.TERAKHIR, Accumulation.TERAKHIR,
                List.of("SEKSI-A", "SEKSI-B"), Combine.SAMA));
        Recap recap = recap(c, 1, List.of(), List.of(savedAt(parts("R-1", "SEKSI-A", 2026, 1, 60.0, 100.0), NEW),
                savedAt(parts("R-1", "SEKSI-B", 2026, 1, 50.0, 100.0), OLD)));

        assertThat(recap.indicator("R-1").orElseThrow().ytd().number()).isCloseTo(60.0, within(1e-9));
        assertThat(recap.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file("SEKSI-B", 2026, 1));
            assertThat(p.reason()).contains("Pembilang R-1").contains(file("SEKSI-A", 2026, 1));
        });
    }

    @Test
    void samaWithTheSameFigureIsQuiet() {
        Catalogue c = catalogue(ratio("R-1", "KADIS", Accumulation.TERAKHIR, Accumulation.TERAKHIR,
                List.of("SEKSI-A", "SEKSI-B"), Combine.SAMA));
        Recap recap = recap(c, 1, List.of(), List.of(savedAt(parts("R-1", "SEKSI-A", 2026, 1, 60.0, 100.0), NEW),
                savedAt(parts("R-1", "SEKSI-B", 2026, 1, 60.0, 100.0), OLD)));

        assertThat(recap.indicator("R-1").orElseThrow().ytd().number()).isCloseTo(60.0, within(1e-9));
        assertThat(recap.problems()).isEmpty();
    }

    @Test
    void samaBuildsTheYearToDateFromTheChosenQuartersWhicheverUnitSuppliedThem() {
        Catalogue c = catalogue(ratio("R-1", "KABID", Accumulation.JUMLAH, Accumulation.TERAKHIR,
                List.of("SEKSI-A", "SEKSI-B"), Combine.SAMA));
        // A reports TW I only, B reports TW II only: the flow adds up to 10 + 5 = 15 over the latest stock 100.
        Recap recap = recap(c, 2, List.of(), List.of(parts("R-1", "SEKSI-A", 2026, 1, 10.0, 100.0),
                parts("R-1", "SEKSI-B", 2026, 2, 5.0, 100.0)));

        IndicatorResult r = recap.indicator("R-1").orElseThrow();
        assertThat(r.values().numerator()).isEqualTo(15.0);
        assertThat(r.ytd().number()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void samaYearToDateAgreesWithItsQuarterColumnsWhenBothUnitsReportAQuarter() {
        Catalogue c = catalogue(ratio("R-1", "KABID", Accumulation.JUMLAH, Accumulation.TERAKHIR,
                List.of("SEKSI-A", "SEKSI-B"), Combine.SAMA));
        Recap recap = recap(c, 2, List.of(), List.of(savedAt(parts("R-1", "SEKSI-A", 2026, 1, 100.0, 1000.0), NEW),
                savedAt(parts("R-1", "SEKSI-B", 2026, 1, 90.0, 1000.0), OLD),
                parts("R-1", "SEKSI-B", 2026, 2, 120.0, 1000.0)));

        // TW I: the newer 100 (not 90); TW II: 120; year to date 220, as the quarter columns show.
        assertThat(recap.indicator("R-1").orElseThrow().values().numerator()).isEqualTo(220.0);
    }
}
