package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Positions and indicators told apart by a number only (Seksi Wilayah I and II, Tahap 1 and 2): one figure is no
 * typo, so they are never taken for one another, while a typo in a word still is one.
 */
class NumberedTitlesTest {

    @Test
    void shouldNotTakeTextsThatDifferInANumberForTheSameText() {
        Similarity s = new Similarity(Map.of());
        assertThat(s.same("Kepala Seksi Pelayanan Wilayah I", "Kepala Seksi Pelayanan Wilayah II")).isFalse();
        assertThat(s.same("Kepala Seksi Urusan 1 Bagian 1", "Kepala Seksi Urusan 1 Bagian 2")).isFalse();
        assertThat(s.same("Jumlah peserta pelatihan tahap 1", "Jumlah peserta pelatihan tahap 2")).isFalse();
        assertThat(s.same("Jumlah Dokumne laporan yang tepat waktu", "Jumlah Dokumen laporan yang tepat waktu"))
                .as("a typo is still one").isTrue();
        assertThat(s.same("Kepala Seksi Wilayah II", "KEPALA SEKSI WILAYAH II")).isTrue();
    }

    @Test
    void shouldProposeOneUnitForEachSeksiNumberedInTheDocument() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder();
        for (String wilayah : List.of("I", "II", "III")) {
            String title = "KEPALA SEKSI PEMBINAAN KOPERASI WILAYAH " + wilayah;
            doc.position(title, List.of("a. Membina koperasi di wilayah " + wilayah + ";"), List.of(),
                    "SASARAN KINERJA KEGIATAN", List.of(new Row("Meningkatnya koperasi sehat di wilayah " + wilayah,
                            "Jumlah koperasi yang dibina di wilayah " + wilayah, "Σ koperasi yang dibina",
                            "Seksi Pembinaan Koperasi Wilayah " + wilayah)), List.of(title), "PEJABAT " + wilayah,
                    "NIP. 1980010" + wilayah.length() + " 200501 1 00" + wilayah.length(), IkiDocxBuilder.Layout.PLAIN);
        }
        Catalogue inForce = CatalogueLoader.load(Path.of("config/katalog.yml"));
        Proposal p = new ProposalBuilder(inForce, 2027).build(IkiDocxReader.read("iki.docx", doc.bytes()));
        List<Position> added = p.catalogue().positions().stream().filter(x -> x.name().contains("Wilayah")).toList();
        assertThat(added).extracting(Position::name).containsExactly("Kepala Seksi Pembinaan Koperasi Wilayah I",
                "Kepala Seksi Pembinaan Koperasi Wilayah II", "Kepala Seksi Pembinaan Koperasi Wilayah III");
        assertThat(added).extracting(Position::unitCode).doesNotHaveDuplicates();
        assertThat(added).extracting(Position::code).doesNotHaveDuplicates();
        assertThat(p.catalogue().indicators().stream().filter(i -> i.name().contains("wilayah")).map(i -> i.code()))
                .hasSize(3).doesNotHaveDuplicates();
    }
}
