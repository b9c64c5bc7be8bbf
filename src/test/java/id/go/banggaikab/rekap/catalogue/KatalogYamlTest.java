package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * katalog.yml as a civil servant saves it from Notepad: read whatever the encoding, and a mistake in the YAML
 * told in Bahasa Indonesia with its line, the text found there and what to write instead, never in the parser's
 * English.
 */
class KatalogYamlTest {

    private static final String HEAD = """
            dinas:
              nama: Dinas Uji
            unit:
              - kode: DINAS
                nama: Dinas Koperasi — Uji
                jenis: dinas
            jabatan:
              - kode: KADIS
                nama: Kepala Dinas
                unit: DINAS
                kepala: true
                pemegang: {nama: José Ramos, nip: "19660329 199303 2 007"}
            indikator:
              - kode: K-1
                jabatan: KADIS
                tingkat: strategis
                sasaran: S
                nama: Persentase Koperasi Aktif
            """;
    private static final String GOOD = HEAD + """
                satuan: "%"
                jenis: nilai
                akumulasi: terakhir
            """;

    @TempDir
    Path dir;

    @Test
    void aCatalogueSavedAsAnsiOrWithAByteOrderMarkReadsAsTyped() throws IOException {
        Catalogue ansi = CatalogueLoader.load(write(GOOD.getBytes(Charset.forName("windows-1252"))));
        assertThat(ansi.unit("DINAS").orElseThrow().name()).isEqualTo("Dinas Koperasi — Uji");
        assertThat(ansi.position("KADIS").orElseThrow().holder().name()).isEqualTo("José Ramos");

        byte[] utf8 = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(CatalogueLoader.load(write(bom)).unit("DINAS").orElseThrow().name()).isEqualTo("Dinas Koperasi — Uji");

        byte[] unicode = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CatalogueLoader.load(write(unicode)).position("KADIS").orElseThrow().holder().name())
                .isEqualTo("José Ramos");
    }

    @Test
    void aPercentSignNotInQuotesIsToldWithTheLineAndTheQuotedValue() {
        assertFinding("""
                    satuan: %
                    jenis: nilai
                    akumulasi: terakhir
                """, "katalog.yml baris 19: nilai tidak boleh diawali tanda %. Tulis nilainya di antara tanda petik,"
                + " mis. satuan: \"%\". Tertulis: `satuan: %`.");
    }

    @Test
    void aColonInsideAValueIsToldWithTheQuotedValue() {
        assertFinding("""
                    satuan: "%"
                    jenis: nilai
                    akumulasi: terakhir
                    formula: Koperasi aktif: yang RAT
                """, "katalog.yml baris 22: nilai berisi tanda titik dua (:) yang dibaca sebagai awal kunci baru."
                + " Tulis nilainya di antara tanda petik, mis. formula: \"Koperasi aktif: yang RAT\". Tertulis:"
                + " `formula: Koperasi aktif: yang RAT`.");
    }

    @Test
    void aTabALineIndentedTooDeepAndAnOpenQuoteAreToldInWords() {
        assertFinding("""
                \tsatuan: "%"
                """, "katalog.yml baris 19: baris ini menjorok dengan tombol Tab. Ganti Tab dengan spasi");
        assertFinding("""
                    satuan: orang
                      jenis: nilai
                """, "katalog.yml baris 20: baris ini menjorok lebih dalam daripada baris di atasnya");
        assertFinding("""
                    satuan: "%
                    jenis: nilai
                """, "katalog.yml baris 19: tanda petik dibuka di baris ini tetapi tidak ditutup");
        assertFinding("""
                    satuan: "%"
                  jenis: nilai
                """, "katalog.yml baris 20: susunan menjorok (spasi di awal baris) tidak sejajar");
    }

    @Test
    void noFindingSpeaksTheParsersEnglish() {
        for (String broken : new String[] {"    satuan: %\n", "    nama: A: B\n", "\tsatuan: x\n",
            "    satuan: \"x\n", "  jenis: nilai\n", "    alias: [a, b\n", "    nama: *x\n", "    nama: 'it's'\n",
            "    nama: @x\n"}) {
            assertThatThrownBy(() -> CatalogueLoader.load(write((HEAD + broken).getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(CatalogueException.class)
                    .satisfies(e -> assertThat(((CatalogueException) e).findings()).singleElement().asString()
                            .as(broken).startsWith("katalog.yml baris ").contains("Tertulis: `")
                            .doesNotContain("token", "mapping values", "block end", "expected", "scanning",
                                    "indentation"));
        }
    }

    private void assertFinding(String tail, String expected) {
        assertThatThrownBy(() -> CatalogueLoader.load(write((HEAD + tail).getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CatalogueException.class)
                .satisfies(e -> assertThat(((CatalogueException) e).findings()).singleElement().asString()
                        .startsWith(expected));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("katalog.yml"), bytes);
    }
}
