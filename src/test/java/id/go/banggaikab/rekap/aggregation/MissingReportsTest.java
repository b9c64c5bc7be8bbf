package id.go.banggaikab.rekap.aggregation;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingReportsTest {

    @Test
    void unitsWithoutAFormAreListedWithTheIndicatorsLeftEmpty() {
        Catalogue c = catalogue(count("C-1", "KASI-A"), count("C-5", "KASI-B"),
                ratio("R-1", "KABID", Accumulation.JUMLAH, Accumulation.TERAKHIR, List.of("SEKSI-A", "SEKSI-B"),
                        Combine.SAMA));
        Recap recap = recap(c, 2, List.of(), List.of(row("C-1", "SEKSI-A", 2026, 2, 3.0),
                parts("R-1", "SEKSI-A", 2026, 2, 1.0, 10.0), row("C-5", "SEKSI-B", 2026, 1, 4.0)));

        // SEKSI-B reported TW I only; R-1 has its value from SEKSI-A, so only C-5 is left empty.
        assertThat(recap.missing()).singleElement().satisfies(m -> {
            assertThat(m.unit().code()).isEqualTo("SEKSI-B");
            assertThat(m.withoutValue()).extracting(Indicator::code).containsExactly("C-5");
        });
        assertThat(recap.expectedUnits()).isEqualTo(2);
        assertThat(recap.receivedUnits()).isEqualTo(1);
    }

    @Test
    void lastYearsYearEndFigureIsCarriedForTheLakipComparison() {
        Catalogue c = catalogue(count("C-1", "KASI-A"));
        Recap recap = recap(c, 1, List.of(), List.of(row("C-1", "SEKSI-A", 2025, 1, 3.0),
                row("C-1", "SEKSI-A", 2025, 4, 4.0), row("C-1", "SEKSI-A", 2026, 1, 5.0)));

        assertThat(recap.indicator("C-1").orElseThrow().lastYear().number()).isEqualTo(7.0);
        assertThat(recap.indicator("C-1").orElseThrow().ytd().number()).isEqualTo(5.0);
    }
}
