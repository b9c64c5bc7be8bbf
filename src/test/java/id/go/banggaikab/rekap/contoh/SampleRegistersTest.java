package id.go.banggaikab.rekap.contoh;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.register.CountPlan;
import id.go.banggaikab.rekap.register.CountedFigure;
import id.go.banggaikab.rekap.register.RegisterCounter;
import id.go.banggaikab.rekap.register.RegisterFolder;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample registers: plausible for Banggai, marked as sample, the same on every machine, and counted cleanly. */
class SampleRegistersTest {

    static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));

    @TempDir
    Path dir;

    private static double figure(RegisterCounter.Counts c, String code, Slot slot, int tw) {
        return c.figures().stream().filter(f -> f.rule().indicatorCode().equals(code) && f.rule().slot() == slot
                && f.triwulan() == tw).mapToDouble(CountedFigure::value).findFirst().orElseThrow();
    }

    @Test
    void shouldCountTheSampleYearFromRegistersOfAFewHundredKoperasiAndAFewThousandUsahaMikro() throws Exception {
        assertThat(new SampleRegisters().write(dir.resolve("register"))).hasSize(2);
        assertThat(new SampleRegisters().write(dir.resolve("register"))).as("written once").isEmpty();

        RegisterCounter.Counts c = new RegisterCounter(CountPlan.whole(CATALOGUE, new Periode(2026, 3)))
                .count(RegisterFolder.list(dir.resolve("register")));

        assertThat(figure(c, "KADIS-01", Slot.PENYEBUT, 3)).isEqualTo(240);
        assertThat(figure(c, "KADIS-01", Slot.PEMBILANG, 3)).isBetween(120.0, 170.0);
        assertThat(figure(c, "KABID-PUM-02", Slot.PENYEBUT, 3)).isEqualTo(3000);
        assertThat(figure(c, "KABID-PUM-02", Slot.PENYEBUT, 1)).isBetween(2600.0, 2800.0);
        for (int tw = 1; tw <= 3; tw++) {
            assertThat(figure(c, "KABID-PUM-02", Slot.PEMBILANG, tw)).isBetween(250.0, 450.0);
        }
        assertThat(figure(c, "KABID-PPK-01", Slot.PEMBILANG, 3) / figure(c, "KABID-PPK-01", Slot.PENYEBUT, 3))
                .isBetween(0.7, 0.9);
        assertThat(c.problems()).extracting(Problem::reason).filteredOn(r -> !r.contains("dihitung sekali")
                && !r.contains("tidak memenuhi \"Tahun RAT")).isEmpty();
        assertThat(c.problems()).hasSize(2);
    }

    @Test
    void shouldMarkTheRegistersAsSampleAndUseOnlyBanggaisKecamatan() throws Exception {
        new SampleRegisters().write(dir);
        for (String name : new String[] {SampleRegisters.KOPERASI, SampleRegisters.USAHA_MIKRO}) {
            assertThat(name).contains("DATA CONTOH");
            try (InputStream in = Files.newInputStream(dir.resolve(name)); Workbook wb = WorkbookFactory.create(in)) {
                DataFormatter f = new DataFormatter();
                assertThat(f.formatCellValue(wb.getSheetAt(0).getRow(1).getCell(0))).contains("DATA CONTOH");
                for (Row row : wb.getSheetAt(0)) {
                    if (row.getRowNum() > 3) {
                        assertThat(SampleRegisters.KECAMATAN).contains(f.formatCellValue(row.getCell(4)));
                    }
                }
            }
        }
        assertThat(SampleRegisters.KECAMATAN).hasSize(23).doesNotHaveDuplicates();
    }
}
