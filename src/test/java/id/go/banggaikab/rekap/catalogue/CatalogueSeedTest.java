package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the shipped catalogue against the IKI document itself: the test reads the seed text, not a list copied from
 * the catalogue, so a position or indicator dropped or misplaced in config/katalog.yml fails here.
 */
class CatalogueSeedTest {

    private static final Path SEED = Path.of("src/test/resources/seed/iki-dinas-koperasi-ukm-banggai.txt");
    private static Catalogue catalogue;
    private static List<SeedPosition> seed;

    record SeedRow(String indicator, Level level) {
    }

    record SeedPosition(String title, List<SeedRow> rows) {
    }

    @BeforeAll
    static void load() throws IOException {
        catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        seed = parseSeed(Files.readAllLines(SEED, StandardCharsets.UTF_8));
    }

    @Test
    void shouldHoldEveryPositionOfTheSeed() {
        assertThat(seed).hasSize(29);
        assertThat(catalogue.positions()).hasSize(29);
        for (SeedPosition p : seed) {
            assertThat(positionFor(p.title())).as("posisi dokumen \"%s\"", p.title()).isNotNull();
        }
    }

    @Test
    void shouldHoldEverySeedIndicatorUnderItsPositionWithTheSeedsLevel() {
        int count = 0;
        for (SeedPosition p : seed) {
            Position position = positionFor(p.title());
            for (SeedRow row : p.rows()) {
                Indicator match = catalogue.indicatorsOf(position.code()).stream()
                        .filter(i -> Stream.concat(Stream.of(i.name()), i.aliases().stream())
                                .anyMatch(t -> norm(t).equals(norm(row.indicator()))))
                        .findFirst().orElse(null);
                assertThat(match).as("indikator \"%s\" di bawah %s", row.indicator(), position.code()).isNotNull();
                assertThat(match.level()).as("tingkat %s", match.code()).isEqualTo(row.level());
                count++;
            }
        }
        assertThat(count).isEqualTo(48);
        assertThat(catalogue.indicators()).hasSize(48);
    }

    @Test
    void shouldPlaceHeadsAndStaffInTheOrganisationTree() {
        assertThat(catalogue.units()).hasSize(16);
        assertThat(catalogue.units().stream().filter(u -> u.kind() == UnitKind.BIDANG)).hasSize(3);
        assertThat(catalogue.units().stream().filter(u -> u.kind() == UnitKind.SUB_BAGIAN)).hasSize(2);
        assertThat(catalogue.units().stream().filter(u -> u.kind() == UnitKind.SEKSI)).hasSize(9);
        for (Unit unit : catalogue.units()) {
            assertThat(catalogue.headOf(unit.code())).as("kepala %s", unit.code()).isPresent();
        }
        assertThat(catalogue.position("PD-SDMK").orElseThrow().unitCode()).isEqualTo("SEKSI-SDMK");
        assertThat(catalogue.position("PD-KWU").orElseThrow().unitCode()).isEqualTo("SEKSI-KWU");
        assertThat(catalogue.position("BEND-PENG").orElseThrow().unitCode()).isEqualTo("SUBBAG-PEK");
        assertThat(catalogue.unit("SEKSI-KWU").orElseThrow().parentCode()).isEqualTo("BID-PUM");
    }

    @Test
    void shouldKeepTheSeedsMisspellingsAsAliasesAndShowTheCorrectSpelling() {
        Indicator laporan = catalogue.indicator("KASUBAG-PEK-02").orElseThrow();
        assertThat(laporan.name()).contains("Dokumen Laporan").doesNotContain("Dokumne");
        assertThat(laporan.aliases()).anyMatch(a -> a.contains("Dokumne"));
        Indicator inventaris = catalogue.indicator("PSP-KANTOR-01").orElseThrow();
        assertThat(inventaris.name()).contains("Inventaris");
        assertThat(inventaris.aliases()).anyMatch(a -> a.contains("Invntaris"));
        assertThat(catalogue.indicator("PD-IZIN-UM-01").orElseThrow().name()).endsWith("Dikelola");
    }

    @Test
    void shouldModelRatiosWithPartsThatAccumulateDifferently() {
        Indicator dilatih = catalogue.indicator("KABID-PUM-02").orElseThrow();
        assertThat(dilatih.kind()).isEqualTo(IndicatorKind.RASIO);
        assertThat(dilatih.numerator().accumulation()).isEqualTo(Accumulation.JUMLAH);
        assertThat(dilatih.denominator().accumulation()).isEqualTo(Accumulation.TERAKHIR);
        assertThat(catalogue.indicator("KABID-PPK-01").orElseThrow().kind())
                .isEqualTo(IndicatorKind.RASIO_PERTUMBUHAN);
        assertThat(catalogue.indicator("KADIS-03").orElseThrow().kind()).isEqualTo(IndicatorKind.PREDIKAT);
        assertThat(catalogue.indicator("PA-KEU-01").orElseThrow().kind()).as("keputusan K3")
                .isEqualTo(IndicatorKind.RASIO);
    }

    @Test
    void shouldWarnAboutTheThreeMalformedNipsAndKeepThemAsWritten() {
        assertThat(catalogue.warnings()).hasSize(3);
        assertThat(catalogue.warnings()).anyMatch(w -> w.contains("19751030 2002112 2 004") && w.contains("19 digit"));
        assertThat(catalogue.warnings()).anyMatch(w -> w.contains("19660704 199303 2 0007"));
        assertThat(catalogue.warnings()).anyMatch(w -> w.contains("19641308 198503 1 014")
                && w.contains("tanggal lahir"));
        assertThat(catalogue.position("KASI-KLP").orElseThrow().holder().nip()).isEqualTo("19751030 2002112 2 004");
    }

    @Test
    void shouldExpectFormsFromTheElevenSubBagianAndSeksi() {
        assertThat(catalogue.reportingUnits()).extracting(Unit::kind)
                .containsOnly(UnitKind.SUB_BAGIAN, UnitKind.SEKSI);
        assertThat(catalogue.reportingUnits()).hasSize(11);
    }

    @Test
    void shouldCarryTheKepalaDinasTugasAndFungsiWordForWordAsTheSeedWordsThem() throws IOException {
        String seedText = Files.readString(SEED, StandardCharsets.UTF_8).replace("**", "");
        String tugas = seedText.substring(seedText.indexOf("2. TUGAS :") + "2. TUGAS :".length(),
                seedText.indexOf("3. FUNGSI :")).strip();
        List<String> fungsi = seedText.substring(seedText.indexOf("3. FUNGSI :") + "3. FUNGSI :".length(),
                seedText.indexOf("SASARAN STRATEGIS")).strip().lines().map(l -> l.replaceFirst("^- ", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        Position kadis = catalogue.position("KADIS").orElseThrow();
        assertThat(kadis.duties().tugas()).containsExactly(tugas);
        assertThat(fungsi).hasSize(5);
        assertThat(kadis.duties().fungsi()).as("with the document's own lettering, c twice").isEqualTo(fungsi);
        assertThat(catalogue.positions()).allSatisfy(p -> assertThat(p.duties().tugas()).as(p.code()).isNotEmpty());
        assertThat(catalogue.position("KASUBAG-PEK").orElseThrow().duties().tugas())
                .as("K2: the copied text as the document has it").isEqualTo(catalogue.position("KASUBAG-UAK")
                        .orElseThrow().duties().tugas().stream().map(t -> t.replace("a. Memimpin", "b. memimpin"))
                        .toList());
        assertThat(catalogue.position("KASUBAG-PEK").orElseThrow().upkeep().decision()).startsWith("K2.");
    }

    private static Position positionFor(String title) {
        return catalogue.positions().stream()
                .filter(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream())
                        .anyMatch(t -> norm(t).equals(norm(title))))
                .findFirst().orElse(null);
    }

    static String norm(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("\\sum", " jumlah ").replace("σ", " jumlah ").replace("∑", " jumlah ");
        return t.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<SeedPosition> parseSeed(List<String> lines) {
        Pattern jabatan = Pattern.compile("JABATAN\\s*:\\s*\\**\\s*(.+?)\\**\\s*$");
        List<SeedPosition> out = new ArrayList<>();
        String title = null;
        Level level = null;
        List<SeedRow> rows = null;
        for (String line : lines) {
            Matcher m = jabatan.matcher(line.replace("**", ""));
            if (m.find()) {
                title = m.group(1).strip();
                rows = new ArrayList<>();
                out.add(new SeedPosition(title, rows));
                level = null;
                continue;
            }
            if (line.startsWith("SASARAN STRATEGIS\t")) {
                level = Level.STRATEGIS;
            } else if (line.startsWith("SASARAN KINERJA PROGRAM\t")) {
                level = Level.PROGRAM;
            } else if (line.startsWith("SASARAN KINERJA KEGIATAN\t")) {
                level = Level.KEGIATAN;
            } else if (level != null && line.contains("\t")) {
                String indicator = line.split("\t")[1].strip().replaceFirst("^-\\s*", "");
                rows.add(new SeedRow(indicator, level));
            } else if (line.isBlank()) {
                level = null;
            }
        }
        return out;
    }
}
