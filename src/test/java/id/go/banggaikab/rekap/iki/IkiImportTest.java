package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueComparison;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Position;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An IKI document read against the catalogue in force: what it proposes and the changes it lists. */
class IkiImportTest {

    private static Catalogue inForce;
    private static Proposal seed;
    private static Proposal revised;

    @TempDir
    Path dir;

    @BeforeAll
    static void propose() throws Exception {
        inForce = CatalogueLoader.load(Path.of("config/katalog.yml"));
        seed = new ProposalBuilder(inForce, 2026).build(IkiDocxReader.read("IKI Diskop 2026.docx",
                SeedDocument.build().bytes()));
        revised = new ProposalBuilder(inForce, 2027).build(IkiDocxReader.read("IKI Diskop 2027.docx",
                RevisedDocument.build().bytes()));
    }

    @Test
    void shouldFindNothingChangedWhenTheSeedIsReadAgainstTheCatalogueBuiltFromIt() {
        assertThat(seed.changes()).isEmpty();
        CatalogueComparison.assertSame(seed.catalogue(), inForce);
        assertThat(seed.catalogue().positions()).extracting(Position::code)
                .containsExactlyElementsOf(inForce.positions().stream().map(Position::code).toList());
        assertThat(seed.catalogue().indicators()).extracting(Indicator::code)
                .containsExactlyElementsOf(inForce.indicators().stream().map(Indicator::code).toList());
        assertThat(seed.catalogue().indicator("KADIS-03").orElseThrow().upkeep().decision()).as("K1 kept")
                .startsWith("K1.");
    }

    @Test
    void shouldFlagTheSeedsDefectsWithoutRefusingOrFixingThem() {
        assertThat(texts(seed)).anyMatch(t -> t.startsWith("TUGAS sama dengan TUGAS jabatan ke-3"))
                .anyMatch(t -> t.startsWith("kolom bergeser: kolom formula berisi \"Predikat\""))
                .anyMatch(t -> t.startsWith("kolom bergeser: kolom formula berisi \"Persentase\""))
                .anyMatch(t -> t.equals("JABATAN mengulang kata \"PEMERIKSAAN DAN\""))
                .anyMatch(t -> t.contains("19751030 2002112 2 004") && t.contains("19 digit"))
                .anyMatch(t -> t.contains("19660704 199303 2 0007"))
                .anyMatch(t -> t.contains("19641308 198503 1 014") && t.contains("tanggal lahir"))
                .anyMatch(t -> t.startsWith("butir FUNGSI berhuruf a, b, c, d, c"))
                .noneMatch(t -> t.contains("tertulis dua kali"));
        assertThat(seed.findings()).filteredOn(f -> f.text().contains("kemungkinan salinan")).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KASUBAG-PEK");
                    assertThat(f.decision()).as("the catalogue decided on it already (K2)").startsWith("K2.");
                });
        assertThat(seed.findings()).as("the shipped catalogue has decided on every defect of the seed")
                .allMatch(DocumentFindings.Finding::decided);
        assertThat(seed.marks().notes()).as("so nothing is marked for checking again").isEmpty();
        assertThat(seed.catalogue().position("KASUBAG-PEK").orElseThrow().duties().tugas()).singleElement()
                .asString().startsWith("b. memimpin dan melaksanakan kegiatan umum, aset dan kepegawaian");
        assertThat(seed.catalogue().position("KASI-KLP").orElseThrow().holder().nip())
                .isEqualTo("19751030 2002112 2 004");
    }

    @Test
    void shouldMarkADefectTheCatalogueHasNotDecidedOnForTheStaffToCheck() throws Exception {
        String yaml = Files.readString(Path.of("config/katalog.yml")).replace(" Butir TUGAS di dokumen berhuruf a, a,"
                + " c, d, e, f, g (huruf a dua kali, tanpa b): ditulis apa adanya.", "");
        Files.writeString(dir.resolve("katalog.yml"), yaml);
        Proposal p = new ProposalBuilder(CatalogueLoader.load(dir.resolve("katalog.yml")), 2026).build(
                IkiDocxReader.read("iki.docx", SeedDocument.build().bytes()));
        assertThat(p.marks().notes()).containsOnlyKeys("jabatan:PD-KEPEG");
        assertThat(p.marks().notes().get("jabatan:PD-KEPEG")).isEqualTo("dokumen: butir TUGAS berhuruf a, a, c, d, e,"
                + " f, g (seharusnya a, b, c, d, e, f, g); ditulis apa adanya.");
    }

    @Test
    void shouldListTheMutasiTheAddedTheRemovedAndTheRewordedIndicatorsWithTheirCodes() {
        assertThat(revised.year()).as("from the document's title").isEqualTo(2027);
        assertThat(change(Change.Kind.MUTASI)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("KASI-KWU");
            assertThat(c.before()).isEqualTo("HASMA K. AIMANG, SP (NIP 19690425 199803 2 003)");
            assertThat(c.after()).isEqualTo(RevisedDocument.NEW_HOLDER + " (NIP " + RevisedDocument.NEW_NIP + ")");
        });
        assertThat(change(Change.Kind.INDIKATOR_BARU)).extracting(Change::code, Change::after).contains(
                org.assertj.core.groups.Tuple.tuple("KASI-KWU-02", RevisedDocument.ADDED),
                org.assertj.core.groups.Tuple.tuple("KABID-PUM-04", RevisedDocument.ADDED_RATIO));
        assertThat(change(Change.Kind.INDIKATOR_DIHAPUS)).extracting(Change::code)
                .containsExactlyInAnyOrder("KASI-FUM-02", "PD-IZIN-UM-01", "PD-IZIN-UM-02");
        assertThat(change(Change.Kind.INDIKATOR_DIUBAH)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("KASI-P3UM-01");
            assertThat(c.before()).isEqualTo("Jumlah Peserta Sosialisasi Perundang-undangan tentang Usaha Mikro");
            assertThat(c.after()).isEqualTo(RevisedDocument.REWORDED);
        });
        assertThat(change(Change.Kind.PERLU_DIPUTUSKAN)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("KASI-KLP-01");
            assertThat(c.before()).isEqualTo("Jumlah Koperasi yang Dibentuk dan Dibina");
            assertThat(c.after()).isEqualTo(RevisedDocument.DOUBTFUL);
            assertThat(c.note()).contains("Bila ini indikator pengganti, beri kode baru");
        });
        assertThat(change(Change.Kind.JABATAN_DIHAPUS)).extracting(Change::code).containsExactly("PD-IZIN-UM");
        assertThat(change(Change.Kind.JABATAN_BARU)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("KASI-PUM");
            assertThat(c.note()).contains("unit baru Seksi Pembiayaan Usaha Mikro");
        });
        assertThat(change(Change.Kind.UNIT_BARU)).extracting(Change::code).containsExactly("SEKSI-PUM");
    }

    @Test
    void shouldKeepCodesSoTheHistoryCarriesOnAndRemovedOnesStayForTheirYears() {
        Catalogue c = revised.catalogue();
        Indicator reworded = c.indicator("KASI-P3UM-01").orElseThrow();
        assertThat(reworded.name()).isEqualTo(RevisedDocument.REWORDED);
        assertThat(reworded.aliases()).contains("Jumlah Peserta Sosialisasi Perundang-undangan tentang Usaha Mikro");
        assertThat(c.indicator("KASI-FUM-02").orElseThrow().upkeep().untilYear()).isEqualTo(2026);
        assertThat(c.forYear(2026).indicator("KASI-FUM-02")).isPresent();
        assertThat(c.forYear(2027).indicator("KASI-FUM-02")).isEmpty();
        assertThat(c.forYear(2027).indicator("KASI-KWU-02")).isPresent();
        assertThat(c.forYear(2026).indicator("KASI-KWU-02")).isEmpty();
        assertThat(c.position("KASI-KWU").orElseThrow().holder().name()).isEqualTo(RevisedDocument.NEW_HOLDER);
        assertThat(c.forYear(2027).position("PD-IZIN-UM")).isEmpty();
        assertThat(c.forYear(2026).position("PD-IZIN-UM")).isPresent();
    }

    @Test
    void shouldGuessHowANewIndicatorIsMeasuredAndMarkEveryGuessWithItsReason() {
        Indicator ratio = revised.catalogue().indicator("KABID-PUM-04").orElseThrow();
        assertThat(ratio.kind()).isEqualTo(IndicatorKind.RASIO);
        assertThat(ratio.numerator().name()).isEqualTo("Usaha mikro yang naik kelas");
        assertThat(ratio.numerator().accumulation()).isEqualTo(Accumulation.JUMLAH);
        assertThat(ratio.denominator().name()).isEqualTo("Usaha mikro binaan");
        assertThat(ratio.denominator().accumulation()).isEqualTo(Accumulation.TERAKHIR);
        assertThat(ratio.satuan()).isEqualTo("%");
        assertThat(ratio.reporters()).containsExactly("SEKSI-KWU");
        assertThat(revised.marks().notes().get("indikator:KABID-PUM-04")).contains("jenis rasio")
                .contains("penyebut adalah stok").contains("pelapor dari SUMBER DATA");
        assertThat(revised.marks().guessed().get("indikator:KABID-PUM-04")).contains("jenis", "pelapor");
        Indicator count = revised.catalogue().indicator("KASI-KWU-02").orElseThrow();
        assertThat(count.kind()).isEqualTo(IndicatorKind.JUMLAH);
        assertThat(count.accumulation()).isEqualTo(Accumulation.JUMLAH);
        assertThat(count.satuan()).isEqualTo("Usaha Mikro");
    }

    @Test
    void shouldWriteAProposalThatIsTheCatalogueOnceSavedAsKatalogXlsx() throws Exception {
        Path file = ProposalWorkbook.write(revised, dir, LocalDateTime.of(2027, 1, 5, 9, 0));
        assertThat(file.getFileName().toString()).isEqualTo("Usulan Katalog IKI Diskop 2027.xlsx");
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(file, config.resolve("katalog.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Catalogue saved = CatalogueLoader.loadFrom(config);
        CatalogueComparison.assertSame(saved, revised.catalogue());
        assertThat(saved.warnings()).as("what is still marked for checking is reminded of")
                .anyMatch(w -> w.contains("KABID-PUM-04") && w.contains("Perlu Diperiksa"));
    }

    private static List<Change> change(Change.Kind kind) {
        return revised.changes().stream().filter(c -> c.kind() == kind).toList();
    }

    private static List<String> texts(Proposal p) {
        return p.findings().stream().map(DocumentFindings.Finding::text).toList();
    }
}
