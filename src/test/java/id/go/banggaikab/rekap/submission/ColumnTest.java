package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTest {

    @Test
    void shouldNeverTakeLastQuartersFigureForThisQuartersRealisation() {
        assertThat(Column.recognise("Realisasi TW lalu")).isEmpty();
        assertThat(Column.recognise("TW lalu (realisasi TW I)")).isEmpty();
        assertThat(Column.recognise("Realisasi Triwulan Sebelumnya")).isEmpty();
        assertThat(Column.recognise("Realisasi")).contains(Column.REALISASI);
        assertThat(Column.recognise("Realisasi s.d. TW III")).contains(Column.REALISASI);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kendala|KENDALA", "KENDALA / PERMASALAHAN|KENDALA", "Permasalahan|KENDALA", "Hambatan|KENDALA",
            "Faktor Penghambat|KENDALA", "Masalah yang Dihadapi|KENDALA",
            "Solusi|SOLUSI", "Rencana Tindak Lanjut|SOLUSI", "Tindak Lanjut|SOLUSI", "Upaya|SOLUSI",
            "Upaya yang Dilakukan|SOLUSI", "RTL|SOLUSI", "Solusi / Tindak Lanjut|SOLUSI",
            "Keterangan|KETERANGAN", "Ket.|KETERANGAN", "Data Dukung|BUKTI", "Bukti Dukung|BUKTI"})
    void shouldRecogniseTheNarrativeColumns(String header, Column role) {
        assertThat(Column.recognise(header)).contains(role);
    }

    @Test
    void shouldTakeOnlyTheQuartersSpendingAsAnggaranAndNoBudgetAsARealisation() {
        assertThat(Column.recognise("Realisasi Anggaran (Rp)")).contains(Column.ANGGARAN);
        assertThat(Column.recognise("REALISASI KEUANGAN")).contains(Column.ANGGARAN);
        assertThat(Column.recognise("Realisasi Anggaran TW II")).contains(Column.ANGGARAN);
        assertThat(Column.recognise("Pagu Anggaran")).isEmpty();
        assertThat(Column.recognise("Target Anggaran (Rp)")).isEmpty();
        assertThat(Column.recognise("Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi Rp")).isEmpty();
        assertThat(Column.recognise("Realisasi Anggaran TW lalu")).isEmpty();
    }
}
