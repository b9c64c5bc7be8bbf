package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.iki.IkiTestDocuments;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A perangkat daerah other than the Dinas Koperasi starts its own catalogue from its IKI document: in a new
 * installation without any catalogue, or with the example catalogue shipped and {@code katalog=baru}; the proposal,
 * saved as config/katalog.xlsx, is the catalogue the recap runs on. Without {@code katalog=baru} the proposal warns
 * that the document is another office's.
 */
class ImportIkiNewCatalogueJobTest extends JobTestSupport {

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;

    @Test
    void shouldStartTheCatalogueOfANewInstallationFromItsDocumentAndRecapOnIt() throws Exception {
        try (var example = Files.list(WORK.resolve("config"))) { // a new installation: only application.yml
            for (Path p : example.filter(p -> !p.getFileName().toString().equals("application.yml")).toList()) {
                Files.delete(p);
            }
        }
        Path document = IkiTestDocuments.badan(WORK.resolve("IKI Bapperida 2027.docx"));
        assertThat(run(Map.of("dokumen", document.toString()))).isEqualTo(ExitCodes.OK);
        Path proposal = WORK.resolve("output/Usulan Katalog IKI Bapperida 2027.xlsx");
        List<String> kinds = column(proposal, "Perubahan", 1);
        assertThat(kinds).contains("Unit baru", "Jabatan baru", "Indikator baru").doesNotContain("Jabatan dihapus",
                "Indikator dihapus");
        assertThat(column(proposal, "Perubahan", 0)).noneMatch(t -> t.startsWith("PERHATIAN"))
                .contains("USULAN KATALOG dari IKI Bapperida 2027.docx — katalog baru, dimulai dari dokumen ini"
                        + " saja");

        Files.copy(proposal, WORK.resolve("config/katalog.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Catalogue saved = CatalogueLoader.loadFrom(WORK.resolve("config"));
        assertThat(saved.dinasName()).isEqualTo("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten"
                + " Banggai");
        Indicator spj = saved.indicators().stream().filter(i -> i.name().equals("Jumlah SPJ kepala sub bidang"
                + " pemerintahan yang disusun")).findFirst().orElseThrow();
        FormBuilder.xlsx().header("Sub Bidang Pemerintahan", 2027, "I").blankRow()
                .columns("No", "Kode", "Indikator Kinerja", "Realisasi")
                .row(1, spj.code(), spj.name(), 9)
                .writeTo(WORK.resolve("input/2027/TW1/subbid-pemerintahan.xlsx"));
        assertThat(launcher.launch(rekapJob, new Periode(2027, 1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recap = output(WORK, "Rekap");
        assertThat(column(recap, "Rekap Indikator", 2)).as("Jabatan").contains(
                "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Kepala Sub Bidang Pemerintahan");
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Row row = RekapJobTest.rowsByCode(wb.getSheet("Rekap Indikator")).get(spj.code());
            assertThat(row).as(spj.code()).isNotNull();
            assertThat(row.getCell(6).getNumericCellValue()).as("Realisasi TW I sent by the Sub Bidang").isEqualTo(9.0);
        }
        assertThat(column(recap, "Ringkasan", 0)).as("a Badan's recap speaks of the badan, not of a dinas")
                .contains("Skor kinerja badan (%)").doesNotContain("Skor kinerja dinas (%)");
    }

    @Test
    void shouldWarnThatTheDocumentIsAnotherOfficesAndStartANewCatalogueWhenAskedTo() throws Exception {
        Files.deleteIfExists(WORK.resolve("config/katalog.xlsx"));
        Files.copy(Path.of("config/katalog.yml"), WORK.resolve("config/katalog.yml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path document = IkiTestDocuments.badan(WORK.resolve("IKI Bapperida.docx"));
        assertThat(run(Map.of("dokumen", document.toString()))).isEqualTo(ExitCodes.OK);
        Path compared = WORK.resolve("output/Usulan Katalog IKI Bapperida.xlsx");
        assertThat(column(compared, "Perubahan", 0)).anyMatch(t -> t.startsWith("PERHATIAN: Dokumen ini untuk Badan"
                + " Perencanaan Pembangunan") && t.contains("katalog=baru"));
        assertThat(column(compared, "Perubahan", 1)).contains("Jabatan dihapus");

        assertThat(run(Map.of("dokumen", document.toString(), "katalog", "baru"))).isEqualTo(ExitCodes.OK);
        try (var files = Files.list(WORK.resolve("output"))) {
            Path fresh = files.filter(p -> p.getFileName().toString().startsWith("Usulan Katalog IKI Bapperida ("))
                    .findFirst().orElseThrow();
            assertThat(column(fresh, "Perubahan", 1)).doesNotContain("Jabatan dihapus", "Indikator dihapus");
        }
        assertThat(run(Map.of("dokumen", document.toString(), "katalog", "kosong")))
                .isEqualTo(ExitCodes.BAD_CONFIGURATION);
    }

    private int run(Map<String, String> others) throws Exception {
        return new QuarterRun(jobs, "impor-iki", launcher, properties, runLocks).run(new Periode(2027, 1), others);
    }

    private static List<String> column(Path file, String sheetName, int col) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheet(sheetName)) {
                out.add(new DataFormatter().formatCellValue(row.getCell(col)));
            }
        }
        return out;
    }
}
