package id.go.banggaikab.rekap.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LkjipInputsTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));

    @TempDir
    Path config;

    @Test
    void aMissingWorkbookIsWrittenPrefilledWithExamplesAndTheRunGoesOnWithoutItsFigures() throws IOException {
        List<String> notes = new ArrayList<>();
        LkjipInputs inputs = new LkjipInputs(config, false);

        Renstra renstra = inputs.renstra(CATALOGUE, 2026, Map.of(), notes);
        Budget budget = inputs.budget(CATALOGUE, 2026, notes);

        assertThat(config.resolve("renstra.xlsx")).exists();
        assertThat(config.resolve("anggaran-2026.xlsx")).exists();
        assertThat(renstra.known()).isFalse();
        assertThat(budget.lines()).isEmpty();
        assertThat(notes).hasSize(2).allSatisfy(n -> assertThat(n).contains("belum ada; berkas isian dengan contoh"
                + " dibuat"));
        List<String> again = new ArrayList<>();
        assertThat(inputs.renstra(CATALOGUE, 2026, Map.of(), again).paths()).as("examples are never real").isEmpty();
        assertThat(again).containsExactly("renstra.xlsx: 24 baris masih bertanda CONTOH dan tidak dipakai. Ganti"
                + " angkanya dengan angka resmi lalu hapus kata CONTOH di kolom A.");
    }

    @Test
    void aSampleRunWritesNothingAndUsesTheExamples() throws IOException {
        List<String> notes = new ArrayList<>();
        LkjipInputs inputs = new LkjipInputs(config, true);

        Renstra renstra = inputs.renstra(CATALOGUE, 2026, Map.of(), notes);
        Budget budget = inputs.budget(CATALOGUE, 2026, notes);

        try (var files = Files.list(config)) {
            assertThat(files).isEmpty();
        }
        assertThat(renstra.paths()).hasSize(12);
        assertThat(budget.programs()).hasSize(6);
        assertThat(notes).containsExactly("renstra.xlsx belum ada; dipakai angka CONTOH Renstra dan tahun-tahun"
                + " sebelumnya.", "anggaran-2026.xlsx belum ada; dipakai anggaran CONTOH.");
    }

    @Test
    void lastYearsTargetsAreReadOnlyWhenTheirWorkbookExists() {
        assertThat(new LkjipInputs(config, false).targetsOf(CATALOGUE, 2025)).isEmpty();
        assertThat(config.resolve("target-2025.xlsx")).doesNotExist();
    }
}
