package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
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
 * The verification cycle as the perencanaan staff run it: a quarter recapped and locked; a corrected form dropped
 * into the folder changes nothing (the hold is listed); a reopen without a reason is refused; with one the next
 * recap applies the correction and lists what changed since the lock; the lock history is on its sheet.
 */
class LockJobTest extends JobTestSupport {

    private static final Periode TW2 = new Periode(2026, 2);
    private static final String[] COLUMNS = {"No", "Kode", "Indikator Kinerja", "Realisasi"};

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    QuarterLocks locks;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;
    @Autowired
    DatabaseTrouble trouble;

    @Test
    void shouldKeepALockedQuarterAsLockedUntilReopenedWithAReason() throws Exception {
        form("kwu.xlsx", 4, "2026-07-05T09:00:00Z");
        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path draft = newestRecap();
        assertThat(draft.getFileName().toString()).as("an open quarter's recap is a draft")
                .startsWith("Rekap Kinerja 2026 TW II (draf ").endsWith(").xlsx");
        assertThat(realisation(draft)).isEqualTo("4");

        assertThat(run("kunci", Map.of())).as("10 of 11 units have not reported: not locked unconfirmed")
                .isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(locks.active(TW2)).isEmpty();
        assertThat(run("kunci", Map.of(LockTasklet.CONFIRMATION, "3"))).as("a confirmation of another count")
                .isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(locks.active(TW2)).isEmpty();
        assertThat(run("kunci", Map.of(LockTasklet.CONFIRMATION, "10"))).isEqualTo(ExitCodes.OK);
        var lock = locks.active(TW2).orElseThrow();
        assertThat(lock.reason()).as("the lock records what was confirmed")
                .startsWith("dikunci dengan 10 dari 11 unit belum melapor (").endsWith("dikonfirmasi dengan"
                        + " belum-lapor=10");
        assertThat(locks.inputs(lock)).as("the LKjIP's inputs are kept with the lock too")
                .containsKeys("katalog.yml", "target-2026.xlsx", "renstra.xlsx", "anggaran-2026.xlsx");
        assertThat(lock.recap()).as("the final has the plain name").isEqualTo("Rekap Kinerja 2026 TW II.xlsx");
        Path locked = WORK.resolve("output").resolve(lock.recap());
        assertThat(lock.recapSha256()).isEqualTo(DigestUtils.sha256Hex(Files.readAllBytes(locked)));
        assertThat(locks.inputs(lock).get("keluaran/" + lock.recap())).as("the lock keeps the file itself")
                .isEqualTo(Files.readAllBytes(locked));
        assertThat(WORK.resolve("output/Tabel LAKIP 2026 TW II.xlsx")).exists();
        assertThat(WORK.resolve("output/Tabel LAKIP 2026 TW II.docx")).exists();
        assertThat(draft).as("the draft stays beside it").exists();
        assertThat(lock.user()).isEqualTo(System.getProperty("user.name"));
        List<String> ringkasan = column(locked, "Ringkasan", 1);
        assertThat(ringkasan).anySatisfy(c -> assertThat(c).startsWith("FINAL — dikunci ")
                .contains(" oleh " + System.getProperty("user.name")).contains("10 dari 11 unit belum melapor"));
        assertThat(column(locked, "Ringkasan", 3)).anySatisfy(c -> assertThat(c).startsWith("berdasarkan 1 dari 11"
                + " unit"));
        for (String sheet : List.of("Ringkasan", "Rekap Indikator", "Rekap Unit")) {
            for (int c = 0; c < 6; c++) {
                assertThat(column(locked, sheet, c)).as("FINAL never beside sementara, %s", sheet)
                        .noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("sementara"));
            }
        }
        assertThat(run("kunci", Map.of(LockTasklet.CONFIRMATION, "10"))).as("a locked quarter is not locked twice")
                .isEqualTo(ExitCodes.BAD_CONFIGURATION);

        List<String> before = outputs();
        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outputs()).as("nothing new since the lock: no file added").isEqualTo(before);

        Files.delete(locked);
        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(DigestUtils.sha256Hex(Files.readAllBytes(locked))).as("a deleted final restored byte for byte")
                .isEqualTo(lock.recapSha256());
        assertThat(outputs()).isEqualTo(before);

        form("kwu-perbaikan.xlsx", 6, "2026-07-12T09:00:00Z");
        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path held = newestRecap();
        assertThat(held.getFileName().toString()).as("a later version of a locked quarter says so")
                .startsWith("Rekap Kinerja 2026 TW II (terkunci ");
        assertThat(realisation(held)).as("figures stay as locked").isEqualTo("4");
        assertThat(column(held, "Masalah", 0)).contains("Ditahan (triwulan dikunci)");
        assertThat(DigestUtils.sha256Hex(Files.readAllBytes(locked))).as("the final is untouched")
                .isEqualTo(lock.recapSha256());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_file WHERE path = '2026/TW2/kwu-perbaikan.xlsx'",
                Integer.class)).as("the held file is kept in the history").isEqualTo(1);

        assertThat(run("buka-kunci", Map.of())).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(locks.active(TW2)).as("refused without a reason").isPresent();
        assertThat(run("buka-kunci", Map.of("alasan", "koreksi Seksi KWU"))).isEqualTo(ExitCodes.OK);
        assertThat(locks.active(TW2)).isEmpty();

        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(locked).as("no file carries the plain name while the quarter is open").doesNotExist();
        assertThat(outputs()).as("the former final kept, named for what it is").anySatisfy(n -> assertThat(n)
                .startsWith("Rekap Kinerja 2026 TW II (dibuka kembali "));
        Path reopened = newestRecap();
        assertThat(reopened.getFileName().toString()).startsWith("Rekap Kinerja 2026 TW II (draf ");
        assertThat(realisation(reopened)).as("the held correction applies").isEqualTo("6");
        assertThat(column(reopened, "Masalah", 0)).contains("Berubah sejak dikunci");
        assertThat(locks.all()).extracting(l -> l.action().name() + " " + l.periode().label())
                .containsExactly("KUNCI TW II", "BUKA TW II");
        assertThat(column(reopened, "Riwayat Kunci", 1)).containsSubsequence("Tindakan", "Dikunci", "Dibuka kembali");
        assertThat(column(reopened, "Riwayat Kunci", 4)).contains("koreksi Seksi KWU");
        assertThat(column(reopened, "Riwayat Kunci", 6)).contains(lock.recapSha256());
        assertThat(column(reopened, "Ringkasan", 1)).noneSatisfy(c -> assertThat(c).startsWith("FINAL"));
    }

    /** The output folder's files, by name. */
    private static List<String> outputs() throws Exception {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private int run(String job, Map<String, String> others) throws Exception {
        return new QuarterRun(jobs, job, launcher, properties, runLocks, trouble).run(TW2, others);
    }

    private static void form(String name, int value, String saved) throws Exception {
        Path file = FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "II").blankRow()
                .columns(COLUMNS).row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", value)
                .writeTo(WORK.resolve("input/2026/TW2").resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(saved)));
    }

    private static Path newestRecap() throws Exception {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("Rekap"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
    }

    private static String realisation(Path recap) throws Exception {
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            Row row = RekapJobTest.rowsByCode(sheet).get("KASI-KWU-01");
            return new DataFormatter().formatCellValue(row.getCell(7));
        }
    }

    private static List<String> column(Path recap, String sheetName, int col) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheet(sheetName)) {
                out.add(new DataFormatter().formatCellValue(row.getCell(col)));
            }
        }
        return out;
    }
}
