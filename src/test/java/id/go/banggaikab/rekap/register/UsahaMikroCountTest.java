package id.go.banggaikab.rekap.register;

import static id.go.banggaikab.rekap.register.Counting.count;
import static id.go.banggaikab.rekap.register.Counting.figure;
import static id.go.banggaikab.rekap.register.Counting.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KABID-PUM-01 … 03 counted from the usaha mikro binaan: dates in every form offices type, quarters, duplicates. */
class UsahaMikroCountTest {

    static final Periode TW2 = new Periode(2026, 2);
    static final String[] COLUMNS = {"No", "Nama Usaha", "NIB", "Skala", "Tanggal Terdaftar", "Tanggal Pelatihan",
        "Tanggal Bantuan Modal", "Tanggal Promosi", "Kecamatan"};

    @TempDir
    Path dir;

    @Test
    void shouldReadDatesAsExcelDatesOrAsTextInEveryAcceptedForm() throws Exception {
        RegisterBuilder.usahaMikro(COLUMNS)
                .row(1, "Keripik Pisang Ibu Ani", "9120001000001", "Mikro", LocalDate.of(2025, 1, 5),
                        LocalDate.of(2026, 4, 10), null, null, "Luwuk")
                .row(2, "Abon Ikan Tuna", "9120001000002", "Mikro", "05/01/2025", "12/05/2026", null, null, "Toili")
                .row(3, "Tenun Banggai", "9120001000003", "Mikro", "05-01-2025", "12-06-2026", null, null, "Batui")
                .row(4, "Kopi Bualemo", "9120001000004", "Mikro", "5 Januari 2025", "12 Mei 2026", null, null,
                        "Bualemo")
                .row(5, "Gula Aren Nuhon", "9120001000005", "Mikro", "Januari 2025", "Juni 2026", null, null, "Nuhon")
                .row(6, "Dodol Pagimana", "9120001000006", "Mikro", "2025-01-05", "3 Apr 2026", null, null,
                        "Pagimana")
                .write(dir.resolve("register/usaha mikro binaan.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW2);

        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 2)).hasValue(6);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 1)).hasValue(0);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 2)).hasValue(6);
        assertThat(counts.problems()).filteredOn(p -> p.file().startsWith("register/usaha")).isEmpty();
    }

    @Test
    void shouldNameADateThatIsNoDateByFileSheetAndCellAndStillCountTheRow() throws Exception {
        RegisterBuilder.usahaMikro(COLUMNS)
                .row(1, "Keripik Pisang", "9120001000001", "Mikro", "31/02/2026", "besok", null, null, "Luwuk")
                .row(2, "Abon Ikan", "9120001000002", "Mikro", "2026", "12/05/2026", null, null, "Luwuk")
                .write(dir.resolve("register/um.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW2);

        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 2)).hasValue(1);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 2)).hasValue(0);
        assertThat(counts.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.SEL_DITOLAK);
            assertThat(p.file()).isEqualTo("register/um.xlsx");
            assertThat(p.sheet()).isEqualTo("Register");
            assertThat(p.cell()).isEqualTo("E2");
            assertThat(p.reason()).contains("tidak ada di kalender");
        }).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("F2");
            assertThat(p.reason()).contains("\"besok\" bukan tanggal");
        }).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("E3");
            assertThat(p.reason()).contains("hanya tahun");
        });
    }

    @Test
    void shouldPutTheLastDayOfAQuarterInItAndTheNextDayInTheNext() throws Exception {
        RegisterBuilder.usahaMikro(COLUMNS)
                .row(1, "A", "9120001000001", "Mikro", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31))
                .row(2, "B", "9120001000002", "Mikro", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1))
                .row(3, "C", "9120001000003", "Mikro", "30/06/2026", "30/06/2026")
                .row(4, "D", "9120001000004", "Mikro", "01/07/2026", "01/07/2026")
                .row(5, "E", "9120001000005", "Mikro", "31/12/2025", "31/12/2025")
                .write(dir.resolve("register/um.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW2);

        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 1)).hasValue(1);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 2)).hasValue(2);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 1)).hasValue(2);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 2)).hasValue(4);
    }

    @Test
    void shouldCountTheSameNibTwiceOnceAndNameBothRows() throws Exception {
        RegisterBuilder.usahaMikro(COLUMNS)
                .row(1, "Keripik Pisang", "9120001000001", "Mikro", "05/01/2025", "12/05/2026")
                .row(2, "Abon Ikan", "9120001000002", "Mikro", "05/01/2025")
                .row(3, "Keripik Pisang Ibu Ani", "912 000 100 0001", "Mikro", "05/01/2025", "13/05/2026")
                .write(dir.resolve("register/1 um.xlsx"));
        RegisterBuilder.usahaMikro(COLUMNS).sheet("Toili")
                .row(1, "Abon Ikan", "9120001000002", "Mikro", "05/01/2025", "20/05/2026")
                .write(dir.resolve("register/2 um toili.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW2);

        assertThat(figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 2)).hasValue(2);
        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 2)).hasValue(1);
        assertThat(counts.problems()).filteredOn(p -> p.reason().contains("dihitung sekali")).hasSize(2)
                .anySatisfy(p -> {
                    assertThat(p.cell()).isEqualTo("C4");
                    assertThat(p.reason()).contains("9120001000001").contains("register/1 um.xlsx (lembar Register)"
                            + " baris 2");
                }).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("register/2 um toili.xlsx");
                    assertThat(p.reason()).contains("baris 3");
                });
    }

    @Test
    void shouldListTheRowsBehindTheYearToDateOfAFlowAndTheQuartersEndOfAStock() throws Exception {
        RegisterBuilder.usahaMikro(COLUMNS)
                .row(1, "Keripik Pisang", "9120001000001", "Mikro", "05/01/2025", "12/02/2026", null, null, "Luwuk")
                .row(2, "Abon Ikan", "9120001000002", "Mikro", "05/01/2025", "12/05/2026", null, null, "Toili")
                .row(3, "Tenun", "9120001000003", "Mikro", "05/01/2025", null, null, null, "Batui")
                .write(dir.resolve("register/um.xlsx"));

        RegisterDetail detail = count(dir.resolve("register"), TW2).detail();

        RegisterDetail.Group dilatih = detail.groups().stream().filter(g -> g.parts().contains(
                "KABID-PUM-02 pembilang")).findFirst().orElseThrow();
        assertThat(dilatih.total()).isEqualTo(2);
        assertThat(dilatih.quarters()).isEqualTo("TW I s.d. TW II");
        assertThat(dilatih.rows()).extracting(RegisterDetail.Row::name).containsExactly("Keripik Pisang", "Abon Ikan");
        assertThat(dilatih.rows()).extracting(RegisterDetail.Row::triwulan).containsExactly(1, 2);
        RegisterDetail.Group binaan = detail.groups().stream().filter(g -> g.parts().contains(
                "KABID-PUM-01 penyebut")).findFirst().orElseThrow();
        assertThat(binaan.parts()).containsExactly("KABID-PUM-01 penyebut", "KABID-PUM-02 penyebut",
                "KABID-PUM-03 penyebut");
        assertThat(binaan.rows()).hasSize(3).allSatisfy(r -> assertThat(r.triwulan()).isEqualTo(2));
        assertThat(binaan.rows().get(0).basis()).isEqualTo("Tanggal Terdaftar: 05/01/2025");
    }

    @Test
    void shouldLeaveAKindUncountedAndSayWhyWhenOneOfItsRegistersCannotBeRead() throws Exception {
        RegisterBuilder.usahaMikro(COLUMNS).row(1, "A", "9120001000001", "Mikro", "05/01/2025", "12/05/2026")
                .write(dir.resolve("register/um kecamatan luwuk.xlsx"));
        Files.write(dir.resolve("register/um kecamatan toili.xlsx"), "bukan buku kerja".getBytes());
        RegisterBuilder.koperasi("Nama Koperasi", "NIK", "Status").row("KSP", "7201", "Aktif")
                .write(dir.resolve("register/koperasi.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW2);

        assertThat(figure(counts, "KABID-PUM-02", Slot.PEMBILANG, 2)).isEmpty();
        assertThat(figure(counts, "KADIS-01", Slot.PEMBILANG, 2)).hasValue(1);
        assertThat(counts.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.BERKAS_DITOLAK);
            assertThat(p.file()).isEqualTo("register/um kecamatan toili.xlsx");
            assertThat(p.reason()).startsWith("Register tidak dapat dibaca: ");
        });
        assertThat(reasons(counts)).anySatisfy(r -> assertThat(r).startsWith("register usaha mikro binaan tidak"
                + " lengkap").contains("KABID-PUM-02 pembilang").contains("memakai angka formulir"));
    }

    @Test
    void shouldSayWhichColumnIsMissingFromAListThatLooksLikeARegister() throws Exception {
        RegisterBuilder.usahaMikro("Nama Usaha", "NIB", "Tanggal Terdaftar").row("A", "9120001000001", "05/01/2025")
                .write(dir.resolve("register/um.xlsx"));

        RegisterCounter.Counts counts = count(dir.resolve("register"), TW2);

        assertThat(figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 2)).isEmpty();
        assertThat(counts.problems()).anySatisfy(p -> assertThat(p.reason()).contains("tampak seperti register"
                + " usaha mikro binaan, tetapi kolom Skala tidak ada"));
    }
}
