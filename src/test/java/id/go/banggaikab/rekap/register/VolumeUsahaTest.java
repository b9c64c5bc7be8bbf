package id.go.banggaikab.rekap.register;

import static id.go.banggaikab.rekap.register.Counting.count;
import static id.go.banggaikab.rekap.register.Counting.figure;
import static id.go.banggaikab.rekap.register.Counting.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KABID-PPK-01, volume usaha N over N-1, where the register keeps the yearly figures. */
class VolumeUsahaTest {

    static final Periode TW4 = new Periode(2026, 4);

    @TempDir
    Path dir;

    @Test
    void shouldSumEachYearsColumnForTheYearAndTheYearBefore() throws Exception {
        RegisterBuilder.koperasi("Nama Koperasi", "NIK", "Status", "Volume Usaha 2025 (Rp)", "Volume Usaha 2026 (Rp)")
                .row("KSP Sejahtera", "7201010010001", "Aktif", 1_000_000, "Rp 1.500.000")
                .row("KUD Harapan", "7201010010003", "Tidak Aktif", "2.000.000", null)
                .row("KSU Maju", "7201010010005", "Aktif", null, 700_000.5)
                .write(dir.resolve("register/koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW4);

        assertThat(figure(counts, "KABID-PPK-01", Slot.PEMBILANG, 4)).hasValue(2_200_000.5);
        assertThat(figure(counts, "KABID-PPK-01", Slot.PENYEBUT, 4)).hasValue(3_000_000);
        assertThat(figure(counts, "KABID-PPK-01", Slot.PENYEBUT, 1)).hasValue(3_000_000);
        assertThat(figure(counts, "KABID-PPK-01", Slot.PEMBILANG, 3)).isEmpty();
        assertThat(counts.figures()).filteredOn(f -> f.rule().indicatorCode().equals("KABID-PPK-01")
                && f.rule().slot() == Slot.PEMBILANG).allSatisfy(f -> assertThat(f.cumulative()).isTrue());
    }

    @Test
    void shouldReadAYearHeaderOverTwoRowsAndLastYearsSnapshotFromARegisterDatedByItsTitle() throws Exception {
        RegisterBuilder.koperasi().title("DATA KERAGAAN KOPERASI KABUPATEN BANGGAI")
                .title("Keadaan per 31 Desember 2025")
                .header("No", "Nama Koperasi", "NIK", "Status", "Volume Usaha")
                .row(1, "KSP Sejahtera", "7201010010001", "Aktif", 900)
                .row(2, "KUD Harapan", "7201010010003", "Aktif", 100)
                .write(dir.resolve("register/lama/keragaan.xlsx"));
        new RegisterBuilder().header("Nama Koperasi", "NIK", "Status", "Volume Usaha (Rp)", null)
                .header(null, null, null, "2026", "2025")
                .row("KSP Sejahtera", "7201010010001", "Aktif", 1200, 5)
                .write(dir.resolve("register/keragaan 2026.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW4);

        assertThat(figure(counts, "KABID-PPK-01", Slot.PEMBILANG, 4)).hasValue(1200);
        assertThat(figure(counts, "KABID-PPK-01", Slot.PENYEBUT, 4)).hasValue(1000); // the 2025 register wins
        assertThat(figure(counts, "KADIS-01", Slot.PENYEBUT, 4)).hasValue(1); // last year's list is not this year's
    }

    @Test
    void shouldKeepTheFormsFigureAndSaySoWhileTheRegisterHasNoFigureForTheYear() throws Exception {
        RegisterBuilder.koperasi("Nama Koperasi", "NIK", "Status", "Volume Usaha 2025")
                .row("KSP Sejahtera", "7201010010001", "Aktif", 1_000_000)
                .write(dir.resolve("register/koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), new Periode(2026, 2));

        assertThat(figure(counts, "KABID-PPK-01", Slot.PEMBILANG, 2)).isEmpty();
        assertThat(figure(counts, "KABID-PPK-01", Slot.PENYEBUT, 2)).hasValue(1_000_000);
        assertThat(reasons(counts)).anySatisfy(r -> assertThat(r).contains("KABID-PPK-01 pembilang")
                .contains("tidak punya kolom Volume Usaha 2026"));
    }
}
