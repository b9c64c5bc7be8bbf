package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register rules of katalog.yml: read as the staff write them, every mistake named with its line and fix. */
class RegisterRulesTest {

    private static final String HEAD = """
            dinas:
              nama: Dinas Uji
            unit:
              - kode: DINAS
                nama: Dinas
                jenis: dinas
            jabatan:
              - kode: KADIS
                nama: Kepala Dinas
                unit: DINAS
                kepala: true
            indikator:
              - kode: K-1
                jabatan: KADIS
                sasaran: S
                nama: Persentase Koperasi Aktif
                satuan: "%"
                jenis: rasio
                pembilang: {nama: aktif, akumulasi: terakhir}
                penyebut: {nama: semua, akumulasi: terakhir}
            """;

    private static Catalogue load(String yaml) {
        return CatalogueLoader.load("katalog.yml", yaml, Abbreviations.bundled());
    }

    private static List<String> findings(String yaml) {
        return catchThrowableOfType(() -> load(yaml), CatalogueException.class).findings();
    }

    @Test
    void shouldReadTheShippedRulesForEveryIndicatorTheIssueNames() {
        Catalogue c = CatalogueLoader.load(Path.of("config/katalog.yml"));
        assertThat(c.registerRules()).extracting(r -> r.indicatorCode() + " " + r.slot().word()).containsExactly(
                "KADIS-01 pembilang", "KADIS-01 penyebut", "KABID-PPK-01 pembilang", "KABID-PPK-01 penyebut",
                "KABID-PUM-01 pembilang", "KABID-PUM-01 penyebut", "KABID-PUM-02 pembilang", "KABID-PUM-02 penyebut",
                "KABID-PUM-03 pembilang", "KABID-PUM-03 penyebut");
        RegisterRule aktif = c.registerRule("KADIS-01", RegisterRule.Slot.PEMBILANG).orElseThrow();
        assertThat(aktif.describe()).isEqualTo("register koperasi: Status = Aktif, Tahun RAT Terakhir dalam 3 tahun"
                + " terakhir (bila kolomnya ada)");
        assertThat(aktif.dated()).isFalse();
        assertThat(c.registerRule("KABID-PUM-02", RegisterRule.Slot.PEMBILANG).orElseThrow().describe())
                .isEqualTo("register usaha mikro binaan: Tanggal Pelatihan dalam triwulan");
        assertThat(c.registerRule("KABID-PPK-01", RegisterRule.Slot.PENYEBUT).orElseThrow().lastYear()).isTrue();
        assertThat(c.warnings()).noneMatch(w -> w.contains("kolom"));
    }

    @Test
    void shouldNameEachMistakeWithItsLine() {
        List<String> f = findings(HEAD + """
                    register:
                      pembilang:
                        dari: koprasi
                      penyebut:
                        dari: koperasi
                        syarat:
                          - {kolom: Status, sama_dengan: Aktif, tanggal: dalam_triwulan}
                          - {sama_dengan: Aktif}
                          - {kolom: Status, tanggal: dalam_triwulan}
                          - {kolom: Tanggal Pemeriksaan, tanggal: tiap_bulan}
                          - {kolom: Anggota, lebih_dari: 20}
                      nilai: {dari: koperasi}
                """);
        assertThat(f).contains(
                "katalog.yml baris 23 (K-1): \"dari:\" bernilai \"koprasi\"; pilih salah satu: koperasi, usaha_mikro.",
                "katalog.yml baris 27 (K-1): syarat pada kolom \"Status\" harus berisi tepat satu dari: sama_dengan,"
                        + " bukan, terisi, dalam_tahun_terakhir, tanggal (ditemukan 2).",
                "katalog.yml baris 28 (K-1): syarat tanpa \"kolom:\"; tulis mis. {kolom: Status, sama_dengan: Aktif}.",
                "katalog.yml baris 29 (K-1): kolom \"Status\" tidak berisi tanggal; \"tanggal:\" hanya untuk kolom"
                        + " tanggal atau tahun (mis. Tanggal Pelatihan, Tahun RAT Terakhir).",
                "katalog.yml baris 30 (K-1): \"tanggal:\" bernilai \"tiap_bulan\"; pilih salah satu: dalam_triwulan,"
                        + " dalam_tahun, sampai_akhir_triwulan.",
                "katalog.yml baris 31 (K-1): syarat berisi \"lebih_dari\" yang tidak dikenal; pilih salah satu:"
                        + " sama_dengan, bukan, terisi, dalam_tahun_terakhir, tanggal.",
                "katalog.yml baris 32 (K-1): indikator berjenis rasio tidak punya nilai untuk dihitung; tulis"
                        + " pembilang: dan penyebut:.");
    }

    @Test
    void shouldRefuseACountThatWouldAddUpWronglyOverTheYearAndARatioCountedByHalf() {
        List<String> f = findings(HEAD.replace("{nama: aktif, akumulasi: terakhir}", "{nama: aktif, akumulasi: jumlah}")
                + """
                    register:
                      pembilang:
                        dari: usaha_mikro
                        syarat: [{kolom: Tanggal Terdaftar, tanggal: sampai_akhir_triwulan}]
                """);
        assertThat(f).anySatisfy(s -> assertThat(s).startsWith("katalog.yml baris 23 (K-1): pembilang berakumulasi"
                + " \"jumlah\"").contains("Pakai \"tanggal: dalam_triwulan\""));
        assertThat(findings(HEAD + """
                    register:
                      pembilang: {dari: koperasi, syarat: [{kolom: Status, sama_dengan: Aktif}]}
                """)).containsExactly("katalog.yml baris 22 (K-1): rasio dihitung dari register harus menghitung"
                + " pembilang dan penyebut sekaligus; formulir tidak dapat mengirim satu bagian saja. Tambahkan"
                + " penyebut: di bawah \"register:\".");
    }

    @Test
    void shouldAcceptAnOfficesOwnColumnAndOnlyNoteItInCaseItIsMistyped() {
        Catalogue c = load(HEAD + """
                    register:
                      pembilang:
                        dari: koperasi
                        syarat: [{kolom: Sertifikat NIK, sama_dengan: Ada}]
                      penyebut: {dari: koperasi}
                """);
        assertThat(c.registerRules()).hasSize(2);
        assertThat(c.warnings()).filteredOn(w -> w.contains("kolom")).singleElement().satisfies(w -> assertThat(w).startsWith("katalog.yml baris 24"
                + " (K-1): kolom \"Sertifikat NIK\" bukan kolom baku register koperasi"));
    }
}
