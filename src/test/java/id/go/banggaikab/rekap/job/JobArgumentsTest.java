package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.shared.Periode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void shouldTakeTheLastEndedQuarterWithoutArguments() {
        assertThat(JobArguments.periode(List.of(), TODAY)).isEqualTo(new Periode(2026, 3));
        assertThat(JobArguments.periode(List.of(), LocalDate.of(2027, 2, 1))).isEqualTo(new Periode(2026, 4));
    }

    @Test
    void shouldHonourTahunAndTriwulanAsGivenInDigitsOrRomanNumerals() {
        assertThat(JobArguments.periode(List.of("tahun=2025", "triwulan=II"), TODAY)).isEqualTo(new Periode(2025, 2));
        assertThat(JobArguments.periode(List.of("triwulan=TW4"), TODAY)).isEqualTo(new Periode(2026, 4));
        assertThat(JobArguments.periode(List.of("tahun=2025"), TODAY)).isEqualTo(new Periode(2025, 4));
    }

    @Test
    void shouldRefuseAYearOrQuarterThatCannotBe() {
        assertThatThrownBy(() -> JobArguments.periode(List.of("tahun=26"), TODAY)).hasMessageContaining("tahun=26");
        assertThatThrownBy(() -> JobArguments.periode(List.of("triwulan=5"), TODAY))
                .hasMessageContaining("1 sampai 4");
    }
}
