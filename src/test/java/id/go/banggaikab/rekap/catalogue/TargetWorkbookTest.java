package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetWorkbookTest {

    private static Catalogue catalogue;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
    }

    @Test
    void shouldShipExampleTargetsFor2026MarkedAsExamples() throws IOException {
        Path shipped = Path.of("config/target-2026.xlsx");
        Map<String, Target> targets = new TargetWorkbook(catalogue).read(shipped, 2026);
        assertThat(targets).hasSize(48);
        assertThat(targets.get("KADIS-03").annualPredikat()).isEqualTo(Predikat.A);
        assertThat(targets.get("KADIS-04").annual()).isEqualTo(92.0);
        assertThat(targets.get("KASI-KWU-01").annual()).isEqualTo(60.0);
        assertThat(targets.get("KASI-KWU-01").upTo(2)).isEqualTo(30.0);
        try (Workbook wb = WorkbookFactory.create(shipped.toFile(), null, true)) {
            assertThat(wb.getSheet("Target").getRow(1).getCell(0).getStringCellValue()).startsWith("CONTOH");
        }
    }

    @Test
    void shouldReadTargetsTypedAsIndonesianTextAndLeaveEmptyCellsWithoutTarget() throws IOException {
        Path file = dir.resolve("target-2027.xlsx");
        new TargetWorkbook(catalogue).write(file, 2027, Map.of("KASI-KWU-01", new Object[] {"1.250", "312,5"},
                "KADIS-03", new Object[] {"bb"}), "uji");
        Map<String, Target> targets = new TargetWorkbook(catalogue).read(file, 2027);
        assertThat(targets.get("KASI-KWU-01").annual()).isEqualTo(1250.0);
        assertThat(targets.get("KASI-KWU-01").upTo(1)).isEqualTo(312.5);
        assertThat(targets.get("KASI-KWU-01").upTo(2)).isNull();
        assertThat(targets.get("KADIS-03").annualPredikat()).isEqualTo(Predikat.BB);
        assertThat(targets.get("PD-KWU-01").annual()).isNull();
    }

    @Test
    void shouldStopOnUnknownCodeAndOnTextThatIsNoNumberWithRowAndColumn() throws IOException {
        Path file = dir.resolve("target-2027.xlsx");
        new TargetWorkbook(catalogue).write(file, 2027, Map.of("KASI-KWU-01", new Object[] {"banyak"}), "uji");
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(file))) {
            wb.getSheet("Target").createRow(60).createCell(0).setCellValue("XX-99");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThatThrownBy(() -> new TargetWorkbook(catalogue).read(file, 2027))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("kolom Target Tahunan: \"banyak\" bukan angka")
                .hasMessageContaining("baris 61: kode \"XX-99\" tidak ada di katalog");
    }
}
