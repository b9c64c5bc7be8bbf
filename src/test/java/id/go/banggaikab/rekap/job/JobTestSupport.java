package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What every job test shares: ONE application context on real data (the runner off, the test launches jobs itself;
 * sample mode off) over one working folder, emptied before each test class together with the database's history
 * and job repository, so each class starts from a fresh installation without a context of its own. The working
 * folder has its own {@code config/}, a fresh copy of the project's before each class: a job writes the input
 * workbooks it misses there, and a test may put its own there, without touching the project's files.
 */
@SpringBootTest(properties = {"rekap.contoh.aktif=false", "rekap.jalankan-saat-mulai=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobTestSupport {

    static final Path WORK = JobTestFolders.create("job");

    /** The real catalogue, as the job reads it from the working folder's config. */
    static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));

    private static final List<String> TABLES = List.of("rekap_terbit_nilai", "rekap_terbit_indikator", "rekap_terbit",
            "kunci_realisasi", "kunci_isi", "kunci", "masalah", "realisasi", "bacaan_lain", "laporan", "submission_file",
            "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        JobTestFolders.register(registry, WORK);
        registry.add("rekap.config-dir", () -> WORK.resolve("config").toString());
    }

    @Autowired
    QuarterLauncher launcher;
    @Autowired
    @Qualifier("rekapJob")
    Job rekapJob;
    @Autowired
    JdbcTemplate jdbc;

    final Catalogue catalogue = CATALOGUE;

    /** Runs before the subclass's own {@code @BeforeAll}, which may then fill the input folder. */
    @BeforeAll
    void freshInstallation() throws IOException {
        for (String folder : List.of("input", "output", "data")) {
            JobTestFolders.clear(WORK.resolve(folder));
            Files.createDirectories(WORK.resolve(folder));
        }
        JobTestFolders.clear(WORK.resolve("config"));
        FileSystemUtils.copyRecursively(Path.of("config"), WORK.resolve("config"));
        TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
    }

    /** The first output file whose name starts with {@code prefix} and ends with {@code .xlsx}. */
    static Path output(Path work, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
    }

    /** The newest version of an output document ("Tabel LAKIP 2026 TW III", "docx"), draft or final. */
    static Path newest(Path work, String base, String ext) throws IOException {
        return new id.go.banggaikab.rekap.output.DocumentName(base, ext).newestIn(work.resolve("output"))
                .orElseThrow(() -> new AssertionError("tidak ada " + base + "." + ext));
    }

    /** The first row of a written sheet with a cell showing exactly {@code text}, or null. */
    static Row find(Sheet sheet, String text) {
        DataFormatter fmt = new DataFormatter();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (fmt.formatCellValue(c).strip().equals(text)) {
                    return row;
                }
            }
        }
        return null;
    }

    /** A written number: the cell must exist and hold a number (or a formula's), not text that looks like one. */
    static Double num(Row row, int col) {
        Cell c = row.getCell(col);
        assertThat(c).as("sel kolom %d", col).isNotNull();
        assertThat(c.getCellType()).as("sel angka kolom %d, bukan teks", col).isIn(CellType.NUMERIC, CellType.FORMULA);
        return c.getNumericCellValue();
    }
}
