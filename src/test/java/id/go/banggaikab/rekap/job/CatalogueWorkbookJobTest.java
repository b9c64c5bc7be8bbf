package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.contoh.SampleRegisters;
import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installation moves its catalogue to Excel in one step: {@code katalog-ke-excel} writes katalog.yml as
 * katalog.xlsx (never over one), the next run uses the workbook and the recap on the job tests' sample year is the
 * same cell for cell; a quarter locked with the workbook keeps that catalogue after the workbook changes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueWorkbookJobTest extends JobTestSupport {

    private static final Periode TW3 = new Periode(2026, 3);
    private static final Path CONFIG = WORK.resolve("config");

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;
    @Autowired
    QuarterLocks locks;

    @Test
    @Order(1)
    void shouldGiveTheSameRecapCellForCellAfterTheCatalogueMovesToExcel() throws Exception {
        new SampleForms(catalogue).writeSampleYear(WORK.resolve("input"));
        new SampleRegisters().write(WORK.resolve("input/register"));
        Path fromYaml = recap("dari-yml.xlsx");

        assertThat(run("katalog-ke-excel", TW3)).isEqualTo(ExitCodes.OK);
        assertThat(CONFIG.resolve("katalog.xlsx")).exists();
        Path bothThere = recap("keduanya.xlsx");
        Files.move(CONFIG.resolve("katalog.yml"), WORK.resolve("katalog.yml.lama"));
        Path fromXlsx = recap("dari-xlsx.xlsx");

        assertThat(differences(fromYaml, fromXlsx)).as("only where the recap names its catalogue file").allSatisfy(
                d -> assertThat(d).contains("katalog.xlsx")).isNotEmpty();
        assertThat(differences(fromYaml, bothThere)).as("the workbook wins and the recap says katalog.yml is"
                + " ignored").anySatisfy(d -> assertThat(d).contains("katalog.yml di folder yang sama diabaikan"))
                .allSatisfy(d -> assertThat(d.startsWith("Catatan Katalog!") || d.contains("katalog.xlsx")).isTrue());
        assertThat(differences(fromYaml, bothThere)).noneMatch(d -> d.startsWith("Rekap Indikator!")
                || d.startsWith("Rekap Unit!") || d.startsWith("Masalah!") || d.startsWith("Rincian Register!"));
        Files.move(WORK.resolve("katalog.yml.lama"), CONFIG.resolve("katalog.yml"));
    }

    @Test
    @Order(2)
    void shouldNeverWriteOverACatalogueWorkbookThatIsThere() throws Exception {
        byte[] before = Files.readAllBytes(CONFIG.resolve("katalog.xlsx"));
        assertThat(run("katalog-ke-excel", TW3)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(Files.readAllBytes(CONFIG.resolve("katalog.xlsx"))).isEqualTo(before);
    }

    @Test
    @Order(3)
    void shouldKeepAndReplayTheWorkbookALockWasTakenWith() throws Exception {
        Periode tw2 = new Periode(2026, 2);
        assertThat(launcher.launch(rekapJob, tw2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run("kunci", tw2)).isEqualTo(ExitCodes.OK);
        assertThat(locks.inputs(locks.active(tw2).orElseThrow())).containsKey("katalog.xlsx")
                .doesNotContainKey("katalog.yml");

        rename("KASI-KWU-01", "Jumlah Peserta Pelatihan Kewirausahaan Usaha Mikro");
        assertThat(launcher.launch(rekapJob, tw2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(indicatorName(newest(), "KASI-KWU-01")).as("the locked quarter keeps its catalogue")
                .isEqualTo("Jumlah Peserta Pelatihan Usaha Mikro");
        assertThat(launcher.launch(rekapJob, TW3).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(indicatorName(newest(), "KASI-KWU-01")).as("an open quarter takes the edited workbook")
                .isEqualTo("Jumlah Peserta Pelatihan Kewirausahaan Usaha Mikro");
    }

    private int run(String job, Periode periode) throws Exception {
        return new QuarterRun(jobs, job, launcher, properties, runLocks).run(periode, Map.of());
    }

    /** Runs the quarter and keeps its recap aside under {@code name}. */
    private Path recap(String name) throws Exception {
        assertThat(launcher.launch(rekapJob, TW3).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return Files.copy(newest(), WORK.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path newest() throws Exception {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("Rekap"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
    }

    /** Every cell that differs between two recaps, "Sheet!A1: a | b"; the time of writing left out. */
    static List<String> differences(Path a, Path b) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream ia = Files.newInputStream(a); InputStream ib = Files.newInputStream(b);
                Workbook wa = WorkbookFactory.create(ia); Workbook wb = WorkbookFactory.create(ib)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(wa.getNumberOfSheets());
            for (int s = 0; s < wa.getNumberOfSheets(); s++) {
                Sheet sa = wa.getSheetAt(s);
                Sheet sb = wb.getSheet(sa.getSheetName());
                int last = Math.max(sa.getLastRowNum(), sb.getLastRowNum());
                for (int r = 0; r <= last; r++) {
                    Row ra = sa.getRow(r);
                    Row rb = sb.getRow(r);
                    int cols = Math.max(ra == null ? 0 : ra.getLastCellNum(), rb == null ? 0 : rb.getLastCellNum());
                    for (int c = 0; c < cols; c++) {
                        String va = text(fmt, ra == null ? null : ra.getCell(c));
                        String vb = text(fmt, rb == null ? null : rb.getCell(c));
                        if (!va.equals(vb) && !written(va, vb)) {
                            out.add(sa.getSheetName() + "!" + new org.apache.poi.ss.util.CellReference(r, c)
                                    .formatAsString() + ": " + va + " | " + vb);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(DataFormatter fmt, Cell cell) {
        return cell == null ? "" : fmt.formatCellValue(cell);
    }

    /** The time a recap was written at ("dibuat 6 Desember 2026 pukul 13.54"), which two runs never share. */
    private static boolean written(String a, String b) {
        return a.replaceAll("\\d{1,2}\\.\\d{2}", "").equals(b.replaceAll("\\d{1,2}\\.\\d{2}", ""));
    }

    private static String indicatorName(Path recap, String code) throws Exception {
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Row row = RekapJobTest.rowsByCode(wb.getSheet("Rekap Indikator")).get(code);
            return new DataFormatter().formatCellValue(row.getCell(3));
        }
    }

    /** Edits katalog.xlsx as the staff would in Excel: a new text for one indicator. */
    private static void rename(String code, String name) throws Exception {
        Path file = CONFIG.resolve("katalog.xlsx");
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        Row row = find(wb.getSheet("Indikator"), code);
        row.getCell(4).setCellValue(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
