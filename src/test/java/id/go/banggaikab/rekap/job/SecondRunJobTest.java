package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.nio.file.Path;
import java.nio.file.Files;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A double-click, or the scheduler firing during a manual run: the second process must stop at once with exit code
 * 3 and one clear line, and leave the first run's database and output exactly as that run makes them.
 */
@Timeout(120)
class SecondRunJobTest {

    static final String[] ARGS = {"tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false"};

    @TempDir
    Path root;

    /** The first run is frozen right after its first form (SIGSTOP), so the second surely starts during it. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void shouldExitAtOnceWithCodeThreeAndChangeNothingWhileAnotherProcessRuns() throws Exception {
        Path forms = root.resolve("forms");
        BenchmarkForms.main(new String[] {"20", forms.toString(), "config/katalog.yml"});
        Path work = ProcessFolders.workingFolder(root.resolve("kerja"), forms);
        JobProcess first = JobProcess.start(work, null, ARGS);
        while (first.isAlive() && first.lines().stream().noneMatch(l -> l.contains("Dibaca:"))) {
            Thread.sleep(5);
        }
        first.pause();
        JobProcess second;
        long took;
        try {
            long start = System.nanoTime();
            second = JobProcess.start(work, null, ARGS);
            int code = second.waitFor(60);
            took = (System.nanoTime() - start) / 1_000_000;
            assertThat(code).as(second.console()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        } finally {
            first.resume();
        }
        System.out.printf("Proses kedua berhenti dalam %d ms dengan kode 3%n", took);
        assertThat(second.console()).contains("Proses rekap lain sedang berjalan").doesNotContain("Mulai rekap");
        assertThat(first.waitFor(60)).as(first.console()).isZero();
        assertThat(first.console()).contains("20 berkas ditemukan, 20 dibaca baru");
        assertThat(ProcessFolders.count(work, "BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(ProcessFolders.outputs(work)).extracting(p -> p.getFileName().toString().replaceAll(
                "\\(draf (s\\.d\\. TW [IV]+ )?[0-9-]+ [0-9]+\\)", "(draf $1)").replace(" )", ")"))
                .as("the first run's four drafts, nothing of the second")
                .containsExactlyInAnyOrder("Rekap Kinerja 2026 TW III (draf).xlsx",
                        "Tabel LAKIP 2026 TW III (draf).xlsx", "Tabel LAKIP 2026 TW III (draf).docx",
                        "LKjIP 2026 (draf s.d. TW III).docx");
    }

    @Test
    void shouldNotStartTheJobWhileThisProcessHoldsTheRunLock() throws Exception {
        Path work = ProcessFolders.workingFolder(root.resolve("terkunci"),
                Files.createDirectories(root.resolve("kosong")));
        try (RunLock held = holdLockOf(work)) {
            JobProcess blocked = JobProcess.start(work, null, ARGS);
            assertThat(blocked.waitFor(60)).as(blocked.console()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(blocked.console()).contains("Proses rekap lain sedang berjalan");
        }
        assertThat(ProcessFolders.outputs(work)).isEmpty();
    }

    /** The run lock of the installation in {@code work}, as another run would hold it. */
    private static RunLock holdLockOf(Path work) throws Exception {
        if (!id.go.banggaikab.rekap.TestDatabase.postgres()) {
            return RunLock.tryAcquire(work.resolve("data/rekap.lock")).orElseThrow();
        }
        try (java.sql.Connection c = ProcessFolders.database(work); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + ProcessFolders.databaseArgs(work).get(3).substring(
                    "--spring.flyway.schemas=".length()));
        }
        javax.sql.DataSource ds = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                ProcessFolders.database(work), true);
        return RunLock.tryAcquire(ds).orElseThrow();
    }
}
