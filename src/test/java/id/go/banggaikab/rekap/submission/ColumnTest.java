package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void shouldNeverTakeLastQuartersFigureForThisQuartersRealisation() {
        assertThat(Column.recognise("Realisasi TW lalu")).isEmpty();
        assertThat(Column.recognise("TW lalu (realisasi TW I)")).isEmpty();
        assertThat(Column.recognise("Realisasi Triwulan Sebelumnya")).isEmpty();
        assertThat(Column.recognise("Realisasi")).contains(Column.REALISASI);
        assertThat(Column.recognise("Realisasi s.d. TW III")).contains(Column.REALISASI);
    }
}
