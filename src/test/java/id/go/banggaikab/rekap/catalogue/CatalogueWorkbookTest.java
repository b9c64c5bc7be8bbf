package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue kept in Excel: katalog.yml written as katalog.xlsx reads back as the very same catalogue. */
class CatalogueWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheShippedCatalogueBackFromItsWorkbookAsTheSameCatalogue() throws Exception {
        Catalogue yaml = CatalogueLoader.load(Path.of("config/katalog.yml"));
        new CatalogueWorkbookWriter(yaml).write(dir.resolve("katalog.xlsx"), "KATALOG INDIKATOR KINERJA");
        Catalogue xlsx = CatalogueLoader.loadFrom(dir);
        CatalogueComparison.assertSame(xlsx, yaml);
        assertThat(xlsx.source()).isEqualTo("katalog.xlsx");
        assertThat(xlsx.warnings()).hasSize(3).allMatch(w -> w.startsWith("NIP "));
    }
}
