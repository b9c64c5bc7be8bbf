package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new IKI document retires some indicators and adds others; the catalogue keeps both with the years they apply, so
 * that a retired indicator stays in the recaps of its years and a new one appears only from its first year.
 */
class CatalogueYearsTest {

    @TempDir
    Path dir;

    private static final String CATALOGUE = """
            dinas:
              nama: Dinas Uji
            unit:
              - kode: DINAS
                nama: Dinas
                jenis: dinas
              - kode: SEKSI-A
                nama: Seksi A
                jenis: seksi
                induk: DINAS
            jabatan:
              - kode: KADIS
                nama: Kepala Dinas
                unit: DINAS
                kepala: true
                pemegang: {nama: X, nip: "19660329 199303 2 007"}
                tugas_dokumen: ["Memimpin dinas."]
                fungsi_dokumen:
                  - "a. Perumusan kebijakan;"
                  - "c. Pelaksanaan fungsi lain."
                keputusan: Huruf c dua kali di dokumen.
              - kode: KASI-A
                nama: Kepala Seksi A
                unit: SEKSI-A
                kepala: true
                pemegang: {nama: Y, nip: "19660329 199303 2 007"}
                berlaku_sampai: 2026
            indikator:
              - kode: KADIS-01
                jabatan: KADIS
                sasaran: S
                nama: Jumlah A
                satuan: Dokumen
              - kode: KADIS-02
                jabatan: KADIS
                sasaran: S
                nama: Jumlah B baru
                satuan: Dokumen
                berlaku_mulai: 2027
                induk: KADIS-01
              - kode: KADIS-03
                jabatan: KADIS
                sasaran: S
                nama: Jumlah C lama
                satuan: Dokumen
                berlaku_sampai: 2026
              - kode: KASI-A-01
                jabatan: KASI-A
                sasaran: S
                nama: Jumlah D
                satuan: Dokumen
                induk: KADIS-03
            """;

    @Test
    void shouldCarryTheDocumentsTugasAndFungsiWordForWordAndTheDecision() throws IOException {
        Catalogue c = CatalogueLoader.load(write(CATALOGUE));
        Position kadis = c.position("KADIS").orElseThrow();
        assertThat(kadis.duties().tugas()).containsExactly("Memimpin dinas.");
        assertThat(kadis.duties().fungsi()).containsExactly("a. Perumusan kebijakan;", "c. Pelaksanaan fungsi lain.");
        assertThat(kadis.upkeep().decision()).isEqualTo("Huruf c dua kali di dokumen.");
        assertThat(c.position("KASI-A").orElseThrow().duties().isEmpty()).isTrue();
    }

    @Test
    void shouldKeepARetiredIndicatorInItsYearsAndANewOneFromItsFirstYear() throws IOException {
        Catalogue c = CatalogueLoader.load(write(CATALOGUE));
        assertThat(c.forYear(2026).indicators()).extracting(Indicator::code)
                .containsExactly("KADIS-01", "KADIS-03", "KASI-A-01");
        Catalogue next = c.forYear(2027);
        assertThat(next.indicators()).extracting(Indicator::code).as("a retired position takes its indicators along")
                .containsExactly("KADIS-01", "KADIS-02");
        assertThat(next.positions()).extracting(Position::code).containsExactly("KADIS");
        assertThat(c.forYear(2026).indicator("KASI-A-01").orElseThrow().parentCode()).isEqualTo("KADIS-03");
    }

    @Test
    void shouldBeTheVeryCatalogueWhenNoEntryIsLimitedToSomeYears() throws IOException {
        Catalogue c = CatalogueLoader.load(write(CATALOGUE.replace("berlaku_sampai: 2026", "")
                .replace("berlaku_mulai: 2027", "")));
        assertThat(c.forYear(2030)).isSameAs(c);
    }

    @Test
    void shouldRefuseAYearThatIsNoYearOrEndsBeforeItBegins() throws IOException {
        Path file = write(CATALOGUE.replace("berlaku_mulai: 2027", "berlaku_mulai: 2027\n    berlaku_sampai: 2025")
                .replace("berlaku_sampai: 2026\nindikator", "berlaku_sampai: tahun depan\nindikator"));
        assertThatThrownBy(() -> CatalogueLoader.load(file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("(KADIS-02): berlaku sampai 2025 sebelum berlaku mulai 2027")
                .hasMessageContaining("\"berlaku_sampai\" harus angka, bukan \"tahun depan\"");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("katalog.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
