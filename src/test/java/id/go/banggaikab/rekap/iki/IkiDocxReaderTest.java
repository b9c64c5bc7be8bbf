package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Level;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed IKI document made into Word again reads back position by position, its defects as they are. */
class IkiDocxReaderTest {

    private static IkiDocument seed;

    @BeforeAll
    static void read() throws Exception {
        seed = IkiDocxReader.read("iki.docx", SeedDocument.build().bytes());
    }

    @Test
    void shouldReadEveryPositionAndIndicatorOfTheSeed() {
        assertThat(seed.positions()).hasSize(29);
        assertThat(seed.indicators()).isEqualTo(48);
        assertThat(seed.positions().get(0).title()).isEqualTo("KEPALA DINAS");
        assertThat(seed.positions()).extracting(DocPosition::nip).doesNotContainNull();
    }

    @Test
    void shouldReadTheKepalaDinasTugasAndFungsiWordForWord() {
        DocPosition kadis = seed.positions().get(0);
        assertThat(kadis.tugas()).singleElement().asString()
                .startsWith("Memimpin dan melaksanakan tugas membantu Bupati").endsWith("berdasarkan Peraturan Perundang-undangan yang berlaku.");
        assertThat(kadis.fungsi()).hasSize(5).first().isEqualTo(
                "a. Perumusan kebijakan di bidang Koperasi dan Usaha Kecil Menengah;");
        assertThat(kadis.fungsi().get(4)).startsWith("c. Pelaksanaan fungsi lain");
        assertThat(kadis.holderName()).isEqualTo("ERNAINI MUSTATIM, SH.,MH");
        assertThat(kadis.nip()).isEqualTo("19660329 199303 2 007");
        assertThat(seed.positions().get(2).fungsi()).as("FUNGSI : -").isEmpty();
    }

    @Test
    void shouldReadWordEquationsAsTypedFormulasAndCarryMergedSasaranDown() {
        DocPosition sekdis = seed.positions().get(1);
        assertThat(sekdis.rows()).hasSize(3).allSatisfy(r -> {
            assertThat(r.sasaran()).isEqualTo("Meningkatnya pelayanan administrasi perkantoran");
            assertThat(r.level()).isEqualTo(Level.PROGRAM);
        });
        assertThat(FormulaText.plain(sekdis.rows().get(0).formula())).isEqualTo(
                "Σ PNS yang mendapat Pelayanan Tepat Waktu / Σ PNS yang mengajukan Pelayanan x 100%");
        DocPosition kadis = seed.positions().get(0);
        assertThat(kadis.rows()).extracting(DocRow::indicator).containsExactly("Persentase Koperasi Aktif",
                "Persentase skala usaha mikro menjadi usaha kecil", "Nilai Akuntabilitas Kinerja",
                "Persentase Peningkatan Disiplin ASN");
        assertThat(kadis.rows().get(2).formula()).isEqualTo("Predikat");
        assertThat(kadis.rows().get(2).source()).isEqualTo("A");
    }

    @Test
    void shouldTakeTheSignatureTitleApartFromTheName() {
        DocPosition usp = seed.positions().stream().filter(p -> p.title().contains("DAN, PEMERIKSAAN")).findFirst()
                .orElseThrow();
        assertThat(usp.signatureTitle()).startsWith("KASI. PENGAWASAN");
        assertThat(usp.holderName()).isEqualTo("NURLAN, S. Sos");
        assertThat(usp.nip()).isEqualTo("19641308 198503 1 014");
        List<String> names = seed.positions().stream().map(DocPosition::holderName).toList();
        assertThat(names).contains("NOVIANTY SAUD", "SYAMRIAH", "SOPRIANTI NURSIN. S.IP");
    }
}
