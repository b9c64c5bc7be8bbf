package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IKI document of a Badan that starts its own catalogue: the catalogue is named after the title page, its head is
 * the Kepala Badan, its sub units are Sub Bidang (also written Subbidang) and Subbagian in one word under a Sekretariat
 * made for them, an UPTD stands under the head, and a jabatan fungsional sits with the unit above it.
 */
class OtherOfficesTest {

    static final List<String> BADAN = List.of(
            "KEPALA BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
            "SEKRETARIS BADAN",
            "KEPALA SUBBAGIAN UMUM, KEUANGAN DAN KEPEGAWAIAN",
            "KEPALA BIDANG PERENCANAAN PEMERINTAHAN DAN PEMBANGUNAN MANUSIA",
            "KEPALA SUB BIDANG PEMERINTAHAN",
            "KEPALA SUBBIDANG PEMBANGUNAN MANUSIA",
            "PERENCANA AHLI MUDA",
            "KEPALA UPTD PUSAT DATA DAN INFORMASI");

    private static Proposal proposal;

    static IkiDocxBuilder badan() {
        IkiDocxBuilder doc = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU TAHUN 2027")
                .title("BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH KABUPATEN BANGGAI");
        int n = 0;
        for (String title : BADAN) {
            n++;
            doc.position(title, List.of("a. Melaksanakan tugas " + title.toLowerCase() + ";"), List.of(),
                    "SASARAN KINERJA KEGIATAN", List.of(new Row("Meningkatnya kinerja " + title.toLowerCase(),
                            "Jumlah SPJ " + title.toLowerCase() + " yang disusun", "Σ SPJ yang disusun",
                            "Data internal")), List.of(title), "PEJABAT NOMOR " + (char) ('A' + n),
                    "NIP. 198001" + (10 + n) + " 200501 1 0" + (10 + n), IkiDocxBuilder.Layout.PLAIN);
        }
        return doc;
    }

    @BeforeAll
    static void propose() throws Exception {
        IkiDocument read = IkiDocxReader.read("iki.docx", badan().bytes());
        proposal = new ProposalBuilder(FreshCatalogue.of(read, Abbreviations.bundled()), 2027).build(read);
    }

    private static Position position(String title) {
        return proposal.catalogue().positions().stream().filter(p -> p.name().equalsIgnoreCase(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title));
    }

    private static Unit unit(Position p) {
        return proposal.catalogue().unit(p.unitCode()).orElseThrow();
    }

    @Test
    void shouldStartANewCatalogueNamedAfterTheTitlePageWithEveryPositionNew() {
        assertThat(proposal.catalogue().dinasName()).isEqualTo("Badan Perencanaan Pembangunan, Riset dan Inovasi"
                + " Daerah Kabupaten Banggai");
        Unit root = proposal.catalogue().root();
        assertThat(root.name()).isEqualTo("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah");
        assertThat(root.code()).isEqualTo("BADAN");
        assertThat(proposal.changes()).extracting(Change::kind).doesNotContain(Change.Kind.JABATAN_DIHAPUS,
                Change.Kind.INDIKATOR_DIHAPUS, Change.Kind.MUTASI);
        assertThat(proposal.count(Change.Kind.JABATAN_BARU)).isEqualTo(BADAN.size());
        assertThat(proposal.changes()).filteredOn(c -> c.code().equals("BADAN")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Change.Kind.UNIT_BARU));
        Position sekretaris = position(BADAN.get(1));
        assertThat(unit(sekretaris).kind()).isEqualTo(UnitKind.SEKRETARIAT);
        assertThat(unit(sekretaris).parentCode()).isEqualTo("BADAN");
        assertThat(sekretaris.code()).isEqualTo("SEKBAN");
        assertThat(unit(position(BADAN.get(2))).parentCode()).isEqualTo(unit(sekretaris).code());
    }

    @Test
    void shouldPutTheKepalaBadanAtTheHeadOfTheOffice() {
        Position head = position(BADAN.get(0));
        assertThat(head.unitCode()).isEqualTo(proposal.catalogue().root().code());
        assertThat(head.head()).isTrue();
        assertThat(head.code()).startsWith("KABAN");
    }

    @Test
    void shouldMakeEachSubBidangAUnitUnderItsBidangHowEverSubBidangIsWritten() {
        Position bidang = position(BADAN.get(3));
        for (String title : List.of(BADAN.get(4), BADAN.get(5))) {
            Position p = position(title);
            Unit u = unit(p);
            assertThat(u.kind()).as(title).isEqualTo(UnitKind.SEKSI);
            assertThat(u.name()).startsWith("Sub Bidang ");
            assertThat(u.parentCode()).isEqualTo(bidang.unitCode());
            assertThat(p.code()).startsWith("KASUBID-");
            assertThat(p.head()).isTrue();
        }
        assertThat(unit(position(BADAN.get(5))).name()).isEqualTo("Sub Bidang Pembangunan Manusia");
    }

    @Test
    void shouldReadSubbagianInOneWordAsASubBagianAndNameItWithItsPunctuation() {
        Position p = position(BADAN.get(2));
        assertThat(unit(p).kind()).isEqualTo(UnitKind.SUB_BAGIAN);
        assertThat(unit(p).name()).isEqualTo("Sub Bagian Umum, Keuangan dan Kepegawaian");
        assertThat(p.code()).startsWith("KASUBAG-");
    }

    @Test
    void shouldPutAnUptdUnderTheHeadAndAFungsionalWithTheUnitAboveIt() {
        Position uptd = position(BADAN.get(7));
        assertThat(unit(uptd).name()).isEqualTo("UPTD Pusat Data dan Informasi");
        assertThat(unit(uptd).parentCode()).isEqualTo(proposal.catalogue().root().code());
        assertThat(uptd.head()).isTrue();
        assertThat(position(BADAN.get(6)).unitCode()).isEqualTo(unit(position(BADAN.get(5))).code());
    }

    @Test
    void shouldKeepAnAcronymAsTheSatuanOfACount() {
        assertThat(proposal.catalogue().indicators()).filteredOn(i -> i.name().startsWith("Jumlah SPJ"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.satuan()).isEqualTo("SPJ"));
    }
}
