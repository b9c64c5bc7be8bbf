package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue edited wrongly by the staff must stop the run with every mistake, its line and its fix. */
class CatalogueLoaderTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
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
            """;

    @Test
    void shouldLoadAWellFormedCatalogue() throws IOException {
        Catalogue c = CatalogueLoader.load(write(HEAD + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    tingkat: strategis
                    sasaran: S
                    nama: Persentase A
                    satuan: "%"
                    jenis: rasio
                    pembilang: {nama: a, akumulasi: jumlah}
                    penyebut: {nama: b, akumulasi: terakhir}
                """));
        assertThat(c.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(IndicatorKind.RASIO);
            assertThat(i.denominator().accumulation()).isEqualTo(Accumulation.TERAKHIR);
            assertThat(i.level()).isEqualTo(Level.STRATEGIS);
        });
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void shouldReportDuplicateCodeWithBothLines() throws IOException {
        Path file = write(HEAD + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: A
                    satuan: Dokumen
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: B
                    satuan: Dokumen
                """);
        assertThatThrownBy(() -> CatalogueLoader.load(file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("katalog.yml baris 23: kode indikator \"K-1\" sudah dipakai di baris 18");
    }

    @Test
    void shouldReportUnknownUnitUnknownParentAndRatioWithoutDenominatorTogether() throws IOException {
        Path file = write(HEAD + """
                  - kode: STAF
                    nama: Staf
                    unit: SEKSI-Z
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: Persentase A
                    satuan: "%"
                    jenis: rasio
                    pembilang: {nama: a}
                    induk: K-9
                    pelapor: [SEKSI-Q]
                """);
        CatalogueException e = catchCatalogue(file);
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("baris 17 (STAF)")
                .contains("unit \"SEKSI-Z\" tidak ada"));
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("induk \"K-9\" bukan kode indikator"));
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("pelapor \"SEKSI-Q\""));
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("tanpa \"penyebut:\"")
                .contains("Tambahkan"));
    }

    @Test
    void shouldReportCycleOfIndicatorParents() throws IOException {
        Path file = write(HEAD + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: A
                    satuan: Dokumen
                    induk: K-2
                  - kode: K-2
                    jabatan: KADIS
                    sasaran: S
                    nama: B
                    satuan: Dokumen
                    induk: K-1
                """);
        assertThat(catchCatalogue(file).findings()).anySatisfy(f -> assertThat(f).contains("lingkaran"));
    }

    @Test
    void shouldReportUnknownChoiceWithTheAllowedValues() throws IOException {
        Path file = write(HEAD + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: A
                    satuan: Dokumen
                    jenis: rata-rata
                """);
        assertThat(catchCatalogue(file).findings()).anySatisfy(f -> assertThat(f).contains("baris 23")
                .contains("\"rata-rata\"").contains("jumlah, rasio, rasio_pertumbuhan, nilai, predikat"));
    }

    @Test
    void shouldPointAtTheLineOfBrokenYaml() throws IOException {
        Path file = write(HEAD + "indikator:\n  - kode: K-1\n\tnama: tab\n");
        assertThat(catchCatalogue(file).findings()).singleElement().asString().contains("baris 19")
                .contains("tombol Tab").contains("Tertulis: `→nama: tab`");
    }

    @Test
    void shouldWarnButNotFailOnMalformedNip() throws IOException {
        Catalogue c = CatalogueLoader.load(write(HEAD.replace("19660329 199303 2 007", "19641308 198503 1 014")
                + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: A
                    satuan: Dokumen
                """));
        assertThat(c.warnings()).singleElement().asString().contains("19641308 198503 1 014")
                .contains("tanggal lahir");
    }

    @Test
    void shouldReportADerivationThatUsesAnUnknownCodeOrItselfOrCannotBeRead() throws IOException {
        Path file = write(HEAD + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: A
                    satuan: Dokumen
                    turunan: "{K-2} + {K-9}"
                  - kode: K-2
                    jabatan: KADIS
                    sasaran: S
                    nama: B
                    satuan: Dokumen
                    turunan: "{K-1} * 2"
                  - kode: K-3
                    jabatan: KADIS
                    sasaran: S
                    nama: C
                    satuan: Dokumen
                    turunan: "{K-1} +"
                """);
        CatalogueException e = catchCatalogue(file);
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("(K-1)").contains("\"K-9\" yang bukan kode"));
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("memakai dirinya sendiri"));
        assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("baris 35").contains("tidak dapat dibaca"));
    }

    @Test
    void shouldLoadADerivedIndicatorAndKnowWhatItUses() throws IOException {
        Catalogue c = CatalogueLoader.load(write(HEAD + """
                indikator:
                  - kode: K-1
                    jabatan: KADIS
                    sasaran: S
                    nama: A
                    satuan: Dokumen
                  - kode: K-2
                    jabatan: KADIS
                    sasaran: S
                    nama: Persentase B
                    satuan: "%"
                    jenis: nilai
                    turunan: "({K-1} - 2) / 4 * 100"
                """));
        Indicator derived = c.indicator("K-2").orElseThrow();
        assertThat(derived.derivation().references()).containsExactly("K-1");
        assertThat(derived.derivation().evaluate(code -> 10.0)).isEqualTo(200.0);
    }

    private CatalogueException catchCatalogue(Path file) {
        try {
            CatalogueLoader.load(file);
        } catch (CatalogueException e) {
            return e;
        }
        throw new AssertionError("katalog rusak diterima");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("katalog.yml");
        Files.writeString(file, text);
        return file;
    }
}
