package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/pemda.yml read with the catalogue's care, every mistake with its line; targets with the offices' reader. */
class PemdaConfigLoaderTest {

    @TempDir
    Path dir;

    static final String GOOD = """
            pemda:
              nama: Pemerintah Kabupaten Banggai
            perangkat_daerah:
              - kode: diskop
                nama: Dinas Koperasi dan UKM
              - kode: dinkes
                nama: Dinas Kesehatan
            iku:
              - kode: IKU-07
                nama: Persentase Koperasi Aktif
                satuan: "%"
                dari: diskop:KADIS-01
                sasaran: Meningkatnya daya saing koperasi
              - kode: IKU-08
                nama: Usaha mikro yang dilatih
                satuan: Usaha Mikro
                dari: "{diskop:KASI-KWU-01} + {dinkes:PROMKES-02}"
              - kode: IKU-09
                nama: Angka kematian ibu
                satuan: per 100.000
                dari: "{dinkes:AKI-01}"
                polaritas: turun
              - kode: IKU-10
                nama: Nilai SAKIP
                satuan: Predikat
                jenis: predikat
                dari: diskop:KADIS-03
            """;

    @Test
    void shouldReadOfficesAndIkuWithLoneReferencesAndFormulas() throws IOException {
        PemdaConfig c = PemdaConfigLoader.load(write(GOOD));
        assertThat(c.name()).isEqualTo("Pemerintah Kabupaten Banggai");
        assertThat(c.offices()).extracting(PemdaConfig.Office::code).containsExactly("diskop", "dinkes");
        assertThat(c.ikus()).extracting(PemdaConfig.Iku::code).containsExactly("IKU-07", "IKU-08", "IKU-09", "IKU-10");
        PemdaConfig.Iku aktif = c.ikus().get(0);
        assertThat(aktif.single()).contains(new PemdaConfig.Reference("diskop", "KADIS-01"));
        assertThat(aktif.sasaran()).isEqualTo("Meningkatnya daya saing koperasi");
        assertThat(aktif.polarity()).isEqualTo(Polarity.NAIK);
        PemdaConfig.Iku dilatih = c.ikus().get(1);
        assertThat(dilatih.single()).isEmpty();
        assertThat(dilatih.references()).containsExactly(new PemdaConfig.Reference("diskop", "KASI-KWU-01"),
                new PemdaConfig.Reference("dinkes", "PROMKES-02"));
        assertThat(dilatih.derivation().evaluate(Map.of("diskop:KASI-KWU-01", 30.0, "dinkes:PROMKES-02", 12.0)::get))
                .isEqualTo(42.0);
        assertThat(dilatih.sasaran()).isNull();
        assertThat(c.ikus().get(2).single()).as("a lone reference in braces").isPresent();
        assertThat(c.ikus().get(2).polarity()).isEqualTo(Polarity.TURUN);
        assertThat(c.ikus().get(3).predikat()).isTrue();
    }

    @Test
    void shouldListEveryMistakeWithItsLineAtOnce() throws IOException {
        Path file = write("""
                pemda:
                  nama: Pemerintah Kabupaten Banggai
                perangkat_daerah:
                  - kode: Dinas Kop
                    nama: Dinas Koperasi
                  - kode: dinkes
                  - kode: dinkes
                    nama: Dinas Kesehatan lagi
                iku:
                  - kode: IKU-01
                    nama: A
                    satuan: "%"
                    dari: disdik:APS-01
                  - kode: IKU-02
                    nama: B
                    satuan: Orang
                    dari: "{dinkes:X} + "
                  - kode: IKU-03
                    nama: C
                    satuan: Orang
                    dari: KADIS-01
                    polarity: turun
                  - kode: IKU-01
                    nama: D
                    satuan: Predikat
                    jenis: predikat
                    dari: "{dinkes:X} + {dinkes:Y}"
                """);
        assertThatThrownBy(() -> PemdaConfigLoader.load(file)).isInstanceOf(PemdaConfigException.class)
                .satisfies(e -> {
                    List<String> findings = ((PemdaConfigException) e).findings();
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 4: kode \"Dinas Kop\""));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 6: \"nama\" belum diisi"));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 7: kode \"dinkes\" sudah"
                            + " dipakai di baris 6"));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 13: perangkat daerah"
                            + " \"disdik\" tidak ada di daftar perangkat_daerah"));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 17: \"{dinkes:X} +\""
                            + " tidak dapat dibaca: rumus berakhir sebelum lengkap"));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 21: \"KADIS-01\" harus"
                            + " ditulis <kode perangkat daerah>:<kode indikator>"));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 22: kunci \"polarity\""
                            + " tidak dikenal"));
                    assertThat(findings).anySatisfy(f -> assertThat(f)
                            .startsWith("pemda.yml baris 23: kode IKU \"IKU-01\""
                            + " sudah dipakai di baris 10"));
                    assertThat(e.getMessage()).startsWith("pemda.yml tidak dapat dipakai:");
                    assertThat(((PemdaConfigException) e).getExitCode()).isEqualTo(2);
                });
    }

    @Test
    void shouldRefuseAPredicateComputedByAFormula() {
        String yaml = GOOD.replace("dari: diskop:KADIS-03", "dari: \"{diskop:KADIS-03} + {dinkes:X}\"");
        assertThatThrownBy(() -> PemdaConfigLoader.parse("pemda.yml", yaml))
                .hasMessageContaining("IKU predikat hanya dapat diambil dari satu indikator");
    }

    @Test
    void shouldSayTheLineOfAYamlSyntaxErrorAndHowToQuote() throws IOException {
        Path file = write("""
                pemda:
                  nama: Pemda
                perangkat_daerah:
                  - kode: diskop
                    nama: Dinas
                iku:
                  - kode: IKU-01
                    nama: A
                    satuan: Orang
                    dari: {diskop:A} + {diskop:B}
                """);
        assertThatThrownBy(() -> PemdaConfigLoader.load(file)).isInstanceOf(PemdaConfigException.class)
                .hasMessageStartingWith("pemda.yml tidak dapat dipakai").hasMessageContaining("pemda.yml baris 10")
                .hasMessageContaining("tanda petik").hasMessageContaining("dari: \"{diskop:A} + {diskop:B}\"");
    }

    @Test
    void shouldSayWhereToPutAMissingPemdaYml() {
        assertThatThrownBy(() -> PemdaConfigLoader.load(dir.resolve("pemda.yml")))
                .isInstanceOf(PemdaConfigException.class).hasMessageContaining("tidak ditemukan");
    }

    @Test
    void shouldReadAndWriteTheIkuTargetsWithTheOfficesTargetWorkbook() throws IOException {
        PemdaConfig c = PemdaConfigLoader.load(write(GOOD));
        TargetWorkbook workbook = new TargetWorkbook(c.asCatalogue());
        Path file = dir.resolve("target-pemda-2026.xlsx");
        workbook.write(file, 2026, Map.of("IKU-07", new Object[] {75.0, 70.0, 72.0, 74.0, 75.0},
                "IKU-10", new Object[] {"A", null, null, "BB", "A"}), "uji");
        Map<String, Target> targets = new TargetReader(c.asCatalogue()).read(file, 2026).byCode();
        assertThat(targets.get("IKU-07").annual()).isEqualTo(75.0);
        assertThat(targets.get("IKU-07").upTo(3)).isEqualTo(74.0);
        assertThat(targets.get("IKU-10").annualPredikat()).isEqualTo(Predikat.A);
        assertThat(targets.get("IKU-10").predikatUpTo(3)).isEqualTo(Predikat.BB);
        assertThat(targets.get("IKU-08").annual()).as("a row left empty has no target").isNull();
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("pemda.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
