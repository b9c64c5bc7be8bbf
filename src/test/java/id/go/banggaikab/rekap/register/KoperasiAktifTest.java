package id.go.banggaikab.rekap.register;

import static id.go.banggaikab.rekap.register.Counting.count;
import static id.go.banggaikab.rekap.register.Counting.figure;
import static id.go.banggaikab.rekap.register.Counting.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KADIS-01 as the catalogue counts it: a koperasi is aktif when its Status says so and it held a RAT lately. */
class KoperasiAktifTest {

    static final Periode TW3 = new Periode(2026, 3);

    @TempDir
    Path dir;

    @Test
    void shouldCountAKoperasiAktifOnlyWhenStatusIsAktifAndItsLastRatIsWithinThreeYears() throws Exception {
        RegisterBuilder.koperasi("No", "Nama Koperasi", "NIK", "Status", "Tahun RAT Terakhir", "Kecamatan")
                .row(1, "KSP Sejahtera", "7201010010001", "Aktif", 2025, "Luwuk")
                .row(2, "Kopwan Melati", "7201010010002", "aktif", "2024", "Toili")       // RAT N-2 still counts
                .row(3, "KUD Harapan", "7201010010003", "Aktif", 2023, "Batui")           // N-3: too long ago
                .row(4, "Koperasi Nelayan", "7201010010004", "Tidak Aktif", 2026, "Pagimana")
                .row(5, "KSU Maju", "7201010010005", "AKTIF", "12/04/2026", "Bunta")     // a RAT date, its year
                .write(dir.resolve("register/Data Keragaan Koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW3);

        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 3)).hasValue(3);
        assertThat(figure(counts, "KADIS-01", Slot.PENYEBUT, 3)).hasValue(5);
        assertThat(reasons(counts)).anySatisfy(r -> assertThat(r).contains("KADIS-01 pembilang TW III")
                .contains("1 baris memenuhi \"Status = Aktif\"").contains("KUD Harapan (baris 4)"));
    }

    @Test
    void shouldCountByStatusAloneAndSaySoWhenTheRegisterKeepsNoRatYear() throws Exception {
        RegisterBuilder.koperasi("Nama Koperasi", "NIK", "Status")
                .row("KSP Sejahtera", "7201010010001", "Aktif")
                .row("KUD Harapan", "7201010010003", "Tidak Aktif")
                .write(dir.resolve("register/koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW3);

        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 3)).hasValue(1);
        assertThat(reasons(counts)).anySatisfy(r -> assertThat(r).contains("tidak menyimpan kolom Tahun RAT Terakhir")
                .contains("dilewati"));
    }

    @Test
    void shouldCountALegacyXlsRegisterByTheSameRules() throws Exception {
        RegisterBuilder.koperasi().title("DATA KERAGAAN KOPERASI").header("NO", "NAMA KOPERASI", "NIK", "STATUS",
                "RAT TERAKHIR").row(1, "KSP Sejahtera", 7201010010001.0, "Aktif", 2025)
                .row(2, "KUD Harapan", "7201010010003", "Tidak Aktif", 2025)
                .row(3, "JUMLAH", null, null, null)
                .write(dir.resolve("register/keragaan.xls"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW3);

        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 3)).hasValue(1);
        assertThat(figure(counts, "KADIS-01", Slot.PENYEBUT, 3)).as("the total line is no koperasi").hasValue(2);
        assertThat(counts.detail().groups().get(0).rows().get(0).id()).isEqualTo("7201010010001");
    }

    @Test
    void shouldCountTheSnapshotOnlyForTheQuarterRecappedNotForEarlierOnes() throws Exception {
        RegisterBuilder.koperasi("Nama Koperasi", "NIK", "Status", "Tahun RAT Terakhir")
                .row("KSP Sejahtera", "7201010010001", "Aktif", 2026)
                .write(dir.resolve("register/koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW3);

        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 3)).hasValue(1);
        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 2)).isEmpty();
        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 1)).isEmpty();
    }

    @Test
    void shouldNameAnUnknownOrEmptyStatusByItsCell() throws Exception {
        RegisterBuilder reg = RegisterBuilder.koperasi("Nama Koperasi", "NIK", "Status", "Tahun RAT Terakhir")
                .row("KSP Sejahtera", "7201010010001", "Pasif", 2026)
                .row("KUD Harapan", "7201010010003", null, 2026)
                .row("KSU Maju", "7201010010005", "Aktif", "dulu");
        reg.write(dir.resolve("register/koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW3);

        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 3)).hasValue(0);
        assertThat(figure(counts, "KADIS-01", Slot.PENYEBUT, 3)).hasValue(3);
        assertThat(counts.problems()).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("C2");
            assertThat(p.reason()).contains("Status \"Pasif\" tidak dikenal");
        }).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.SEL_DITOLAK);
            assertThat(p.cell()).isEqualTo("C3");
            assertThat(p.reason()).contains("Status kosong");
        }).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("D4");
            assertThat(p.file()).isEqualTo("register/koperasi.xlsx");
            assertThat(p.sheet()).isEqualTo("Register");
            assertThat(p.reason()).contains("bukan tahun");
        });
    }
}
