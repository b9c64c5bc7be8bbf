package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import id.go.banggaikab.rekap.contoh.SampleForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole {@code rekap} job over a quarter of sample forms in a scratch folder, with its own SQLite file: step
 * counts, the recap's indicator sheet, reruns that change nothing, and input files left untouched.
 */
class RekapJobTest extends JobTestSupport {



    @BeforeEach
    void forms() throws IOException {
        if (!Files.exists(WORK.resolve("input/2026"))) {
            new SampleForms(catalogue).writeSampleYear(WORK.resolve("input"));
        }
    }

    @Test
    void shouldImportEveryFormOnceAndWriteTheRecapWithEveryIndicator() throws Exception {
        Map<Path, String> before = snapshot(WORK.resolve("input"));
        JobExecution first = launcher.launch(rekapJob, new Periode(2026, 3));
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution imported = step(first, "importForms");
        assertThat(imported.getReadCount()).isEqualTo(32);
        assertThat(imported.getWriteCount()).as("a fresh installation reads every form").isEqualTo(32);
        assertThat(imported.getFilterCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM laporan", Integer.class)).isEqualTo(32);
        assertThat(imported.getRollbackCount()).isZero();

        Path recap = output(WORK, "Rekap");
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            Map<String, Row> rows = rowsByCode(sheet);
            assertThat(rows.keySet()).containsAll(catalogue.indicators().stream().map(i -> i.code()).toList());
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(rows.get("KASI-KWU-01").getCell(13))).as("Sumber names the forms")
                    .contains("Seksi Peningkatan Kualitas Kewirausahaan.xlsx (TW I, II, III)");
            assertThat(fmt.formatCellValue(wb.getSheet("Belum Lapor").getRow(4).getCell(0)))
                    .as("the sample's late unit is listed first").isEqualTo(
                            "Seksi Pengembangan, Penguatan dan Perlindungan Usaha Mikro");
            assertThat(fmt.formatCellValue(wb.getSheet("Masalah").getRow(3).getCell(0))).isEqualTo("Jenis");
        }

        if (!TestDatabase.postgres()) {
            // The URL of these tests is bare ("jdbc:sqlite:<file>"): the settings come from the job, not the URL.
            assertThat(jdbc.queryForObject("PRAGMA journal_mode", String.class)).isEqualTo("wal");
            assertThat(jdbc.queryForObject("PRAGMA busy_timeout", Integer.class)).isEqualTo(10000);
            assertThat(jdbc.queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("PRAGMA synchronous", Integer.class)).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                String.class)).containsExactlyElementsOf(TestDatabase.postgres() ? List.of("1", "2", "3", "4", "10")
                        : List.of("1", "2", "3", "4", "5", "10"));
        int files = count("submission_file");
        int rows = count("realisasi");
        List<String> outputs = outputs();
        assertThat(outputs).as("an open quarter's recap, LAKIP tables and the year's LKjIP are drafts").hasSize(4)
                .allSatisfy(n -> assertThat(n).matches(".* 2026 (TW III \\(draf|\\(draf s\\.d\\. TW III) .*"));
        JobExecution second = launcher.launch(rekapJob, new Periode(2026, 3));
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(second, "importForms").getWriteCount()).isZero();
        assertThat(step(second, "importForms").getFilterCount()).isEqualTo(32);
        assertThat(count("submission_file")).isEqualTo(files);
        assertThat(count("realisasi")).isEqualTo(rows);
        assertThat(snapshot(WORK.resolve("input"))).isEqualTo(before);
        assertThat(outputs()).as("the same inputs as the last recap: no file added").isEqualTo(outputs);
        assertThat(second.getExecutionContext().getString(QuarterRun.SUMMARY)).contains("Tidak ada yang baru sejak"
                + " rekap terakhir");

        FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "III").blankRow()
                .columns("No", "Kode", "Indikator Kinerja", "Realisasi")
                .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 99)
                .writeTo(WORK.resolve("input/2026/TW3/perbaikan-kwu.xlsx"));
        assertThat(launcher.launch(rekapJob, new Periode(2026, 3)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outputs()).as("a new figure: a new draft of each").hasSize(outputs.size() + 4)
                .containsAll(outputs);
    }

    /** The recap, LAKIP and LKjIP files in the output folder, by name. */
    private static List<String> outputs() throws IOException {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }


    static Map<String, Row> rowsByCode(Sheet sheet) {
        Map<String, Row> out = new HashMap<>();
        DataFormatter fmt = new DataFormatter();
        for (Row row : sheet) {
            out.put(fmt.formatCellValue(row.getCell(0)).strip(), row);
        }
        return out;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Bytes and modification time of every input file: the job must leave both as they were. */
    static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                out.put(p, org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(p)) + "@" + t.toMillis());
            }
        }
        return out;
    }
}
