package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.SampleForms;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff import the 2027 IKI document, save the proposal as config/katalog.xlsx, and the next runs use it: 2027
 * shows the new indicator with its figure and no longer the removed one, 2026 still shows the removed one; a document
 * that cannot be read ends the run with exit 2 and its reason.
 */
class ImportIkiJobTest extends JobTestSupport {

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;

    @Test
    void shouldMakeTheSavedProposalTheCatalogueOfTheNextRuns() throws Exception {
        new SampleForms(catalogue).writeSampleYear(WORK.resolve("input"));
        Path document = IkiTestDocuments.revised(WORK.resolve("IKI Diskop 2027.docx"));
        assertThat(run("impor-iki", new Periode(2026, 4), Map.of("dokumen", document.toString())))
                .isEqualTo(ExitCodes.OK);
        Path proposal = output(WORK, "Usulan Katalog");
        assertThat(proposal.getFileName().toString()).isEqualTo("Usulan Katalog IKI Diskop 2027.xlsx");
        assertThat(column(proposal, "Perubahan", 1)).contains("Pemegang berganti (mutasi)", "Indikator baru",
                "Indikator dihapus", "Teks indikator diubah", "Diubah atau diganti? (perlu diputuskan)");
        assertThat(column(proposal, "Jabatan", 4)).as("the Nama column").contains("SITI RAHMA LAMANGGA, S.E.");
        assertThat(WORK.resolve("config/katalog.xlsx")).as("config is never written by the import").doesNotExist();

        Files.copy(proposal, WORK.resolve("config/katalog.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2027, "I").blankRow()
                .columns("No", "Kode", "Indikator Kinerja", "Realisasi")
                .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 12)
                .row(2, "KASI-KWU-02", "Jumlah Usaha Mikro yang Naik Kelas", 7)
                .writeTo(WORK.resolve("input/2027/TW1/kwu.xlsx"));

        assertThat(launcher.launch(rekapJob, new Periode(2027, 1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recap2027 = newest();
        Map<String, Row> rows = rows(recap2027);
        assertThat(rows).containsKeys("KASI-KWU-02", "KABID-PUM-04", "KASI-PUM-01").doesNotContainKeys(
                "KASI-FUM-02", "PD-IZIN-UM-01");
        assertThat(num(rows.get("KASI-KWU-02"), 6)).as("Realisasi TW I of the new indicator").isEqualTo(7.0);
        assertThat(column(recap2027, "Catatan Katalog", 5)).anyMatch(n -> n.contains("katalog.yml di folder yang"
                + " sama diabaikan")).anyMatch(n -> n.contains("masih bertanda Perlu Diperiksa"));

        assertThat(launcher.launch(rekapJob, new Periode(2026, 3)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Row> rows2026 = rows(newest());
        assertThat(rows2026).as("a removed indicator stays in the years it applied").containsKeys("KASI-FUM-02",
                "PD-IZIN-UM-01").doesNotContainKeys("KASI-KWU-02");
        assertThat(text(rows2026.get("KASI-P3UM-01"), 3)).as("a reworded indicator keeps its code and history")
                .isEqualTo("Jumlah Peserta Sosialisasi Peraturan Perundang-undangan bagi Pelaku Usaha Mikro");
        assertThat(num(rows2026.get("KASI-P3UM-01"), 6)).isNotNull();
    }

    @Test
    void shouldEndWithExitTwoAndTheReasonWhenTheDocumentCannotBeRead() throws Exception {
        Path text = Files.writeString(WORK.resolve("IKI.docx"), "JABATAN : KEPALA DINAS");
        assertThat(run("impor-iki", new Periode(2026, 4), Map.of("dokumen", text.toString())))
                .isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(run("impor-iki", new Periode(2026, 4), Map.of("dokumen", WORK.resolve("tidak-ada.docx")
                .toString()))).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(run("impor-iki", new Periode(2026, 4), Map.of())).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        try (var files = Files.list(WORK.resolve("output"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("Usulan Katalog IKI"
                    + ".xlsx"));
        }
    }

    private int run(String job, Periode periode, Map<String, String> others) throws Exception {
        return new QuarterRun(jobs, job, launcher, properties, runLocks).run(periode, others);
    }

    private static Path newest() throws Exception {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("Rekap"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
    }

    private static Map<String, Row> rows(Path recap) throws Exception {
        try (InputStream in = Files.newInputStream(recap)) {
            Workbook wb = WorkbookFactory.create(in);
            return RekapJobTest.rowsByCode(wb.getSheet("Rekap Indikator"));
        }
    }

    private static String text(Row row, int col) {
        return new DataFormatter().formatCellValue(row.getCell(col));
    }

    private static List<String> column(Path file, String sheetName, int col) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            for (Row row : sheet) {
                out.add(new DataFormatter().formatCellValue(row.getCell(col)));
            }
        }
        return out;
    }
}
