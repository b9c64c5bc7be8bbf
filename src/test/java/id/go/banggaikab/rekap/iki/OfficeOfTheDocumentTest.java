package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which perangkat daerah an IKI document is for (its title page, else its head's title or signature), the warning when
 * it is compared with another office's catalogue, and the name a new catalogue takes from it.
 */
class OfficeOfTheDocumentTest {

    private static Catalogue shipped;

    @BeforeAll
    static void load() {
        shipped = CatalogueLoader.load(Path.of("config/katalog.yml"));
    }

    /** One position of a Dinas Kesehatan under the given title lines, its head's signature {@code signature}. */
    private static IkiDocument kesehatan(List<String> titles, List<String> signature) throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder();
        titles.forEach(doc::title);
        doc.position("KEPALA DINAS", List.of("a. Memimpin dinas;"), List.of(), "SASARAN STRATEGIS",
                List.of(new Row("Meningkatnya derajat kesehatan masyarakat", "Persentase Puskesmas terakreditasi",
                        "Jumlah Puskesmas terakreditasi / Jumlah Puskesmas x 100%", "Bidang Pelayanan Kesehatan")),
                signature, "dr. NAMA KEPALA", "NIP. 19750101 200501 1 001", IkiDocxBuilder.Layout.PLAIN);
        return IkiDocxReader.read("IKI Dinkes.docx", doc.bytes());
    }

    private static Proposal against(Catalogue catalogue, IkiDocument read) {
        return new ProposalBuilder(catalogue, 2027).build(read);
    }

    @Test
    void shouldReadTheOfficeAndTheYearFromOneTitleLine() throws Exception {
        IkiDocument read = kesehatan(List.of("INDIKATOR KINERJA INDIVIDU (IKI) DINAS KESEHATAN KABUPATEN BANGGAI"
                + " TAHUN 2027"), List.of("KEPALA DINAS"));
        assertThat(read.office()).isEqualTo("DINAS KESEHATAN KABUPATEN BANGGAI");
        assertThat(read.year()).isEqualTo(2027);
    }

    @Test
    void shouldReadTheOfficeOfADecreesTitleLineWithoutItsNumber() throws Exception {
        IkiDocument read = kesehatan(List.of("LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN BANGGAI NOMOR"
                + " 440/12/DINKES/2027 TENTANG INDIKATOR KINERJA INDIVIDU", "INDIKATOR KINERJA INDIVIDU TAHUN 2027"),
                List.of("KEPALA DINAS"));
        assertThat(read.office()).isEqualTo("DINAS KESEHATAN KABUPATEN BANGGAI");
        assertThat(read.year()).isEqualTo(2027);
        assertThat(kesehatan(List.of("Keputusan Kepala Badan Pendapatan Daerah No. 12 Tahun 2027"), List.of(
                "KEPALA DINAS")).office()).isEqualTo("Badan Pendapatan Daerah");
    }

    @Test
    void shouldTakeTheOfficeFromTheHeadsSignatureWhenTheTitlePageNamesNone() throws Exception {
        IkiDocument seed = IkiDocxReader.read("IKI Diskop.docx", SeedDocument.build().bytes());
        assertThat(seed.office()).isEqualTo("DINAS KOPERASI DAN UKM KABUPATEN BANGGAI");
        assertThat(kesehatan(List.of(), List.of("KEPALA DINAS")).office()).as("a bare KEPALA DINAS names no office")
                .isNull();
    }

    @Test
    void shouldWarnWhenAnotherOfficesDocumentIsComparedWithTheShippedCatalogue() throws Exception {
        Proposal proposal = against(shipped, kesehatan(List.of("INDIKATOR KINERJA INDIVIDU",
                "DINAS KESEHATAN KABUPATEN BANGGAI"), List.of("KEPALA DINAS")));
        assertThat(proposal.otherOffice()).hasValueSatisfying(w -> assertThat(w)
                .startsWith("Dokumen ini untuk Dinas Kesehatan Kabupaten Banggai, katalog yang berlaku untuk Dinas"
                        + " Koperasi dan UKM Kabupaten Banggai.").contains("katalog=baru"));
        Proposal bySignature = against(shipped, kesehatan(List.of(), List.of("KEPALA DINAS KESEHATAN",
                "KABUPATEN BANGGAI")));
        assertThat(bySignature.otherOffice()).as("named only by the head's signature").isPresent();
    }

    @Test
    void shouldNotWarnWhenTheDocumentNamesTheCataloguesOfficeInOtherWords() throws Exception {
        IkiDocxBuilder spelled = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU").title("DINAS KOPERASI, USAHA"
                + " KECIL DAN MENENGAH KAB. BANGGAI TAHUN 2026").positions(SeedDocument.positions());
        assertThat(against(shipped, IkiDocxReader.read("IKI.docx", spelled.bytes())).otherOffice()).isEmpty();
        assertThat(against(shipped, IkiDocxReader.read("IKI.docx", SeedDocument.build().bytes())).otherOffice())
                .as("the seed, named by its head's signature").isEmpty();
        assertThat(against(shipped, kesehatan(List.of(), List.of("KEPALA DINAS"))).otherOffice())
                .as("a document naming no office").isEmpty();
    }

    @Test
    void shouldNameANewCatalogueAfterTheOfficeTheDocumentNamesWithoutItsRegion() throws Exception {
        IkiDocument seed = IkiDocxReader.read("IKI Diskop.docx", SeedDocument.build().bytes());
        Proposal fresh = against(FreshCatalogue.of(seed, Abbreviations.bundled()), seed);
        assertThat(fresh.catalogue().dinasName()).isEqualTo("Dinas Koperasi dan UKM Kabupaten Banggai");
        assertThat(fresh.catalogue().root().name()).isEqualTo("Dinas Koperasi dan UKM");
        assertThat(fresh.catalogue().root().code()).isEqualTo("DINAS");
        assertThat(fresh.otherOffice()).as("a new catalogue is the document's own").isEmpty();
        assertThat(fresh.count(Change.Kind.JABATAN_BARU)).isEqualTo(seed.positions().size());
        assertThat(fresh.count(Change.Kind.INDIKATOR_BARU)).isEqualTo(seed.indicators());
    }

    @Test
    void shouldAskForTheNameWhenTheDocumentNamesNoOffice() throws Exception {
        IkiDocument unnamed = kesehatan(List.of("INDIKATOR KINERJA INDIVIDU TAHUN 2027"), List.of("KEPALA DINAS"));
        Proposal fresh = against(FreshCatalogue.of(unnamed, Abbreviations.bundled()), unnamed);
        assertThat(fresh.catalogue().dinasName()).isEqualTo("Perangkat Daerah (isi namanya)");
        assertThat(fresh.changes()).filteredOn(c -> c.kind() == Change.Kind.UNIT_BARU).singleElement()
                .satisfies(c -> assertThat(c.note()).contains("dokumen tidak menyebut namanya"));
        assertThat(fresh.catalogue().positions()).singleElement()
                .satisfies(p -> assertThat(p.unitCode()).isEqualTo(fresh.catalogue().root().code()));
    }
}
