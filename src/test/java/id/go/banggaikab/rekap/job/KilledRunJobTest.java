package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §3: "a crash never leaves a half-written recap; a crashed run is restarted and finishes with the same result
 * as a clean one". The real application runs as its own process and is killed outright (no shutdown hook runs) after
 * its first form, in the middle of the import and while it writes the recap; after each kill the database must be
 * intact and the output folder must hold no broken workbook, and the run that finally completes must produce the
 * same indicator table and the same history as one clean run over the same forms.
 */
@Timeout(180)
class KilledRunJobTest {

    static final int FORMS = 60;
    static final int SECONDS = 60;
    static final String[] ARGS = {"tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false"};

    @TempDir
    static Path root;
    static Path forms;

    @BeforeAll
    static void forms() throws Exception {
        forms = root.resolve("forms");
        BenchmarkForms.main(new String[] {String.valueOf(FORMS), forms.toString(), "config/katalog.yml"});
    }

    @Test
    void shouldFinishLikeACleanRunAfterBeingKilledAfterTheFirstFormMidImportAndWhileWritingTheRecap() throws Exception {
        Path clean = ProcessFolders.workingFolder(root.resolve("bersih"), forms);
        JobProcess cleanRun = JobProcess.start(clean, null, ARGS);

        Path killed = ProcessFolders.workingFolder(root.resolve("dibunuh"), forms);
        JobProcess first = JobProcess.start(killed, line -> line.contains("Dibaca:"), ARGS);
        assertKilledCleanly(first, killed);

        AtomicInteger read = new AtomicInteger();
        JobProcess middle = JobProcess.start(killed, line -> line.contains("Dibaca:")
                && read.incrementAndGet() == FORMS / 3, ARGS);
        assertKilledCleanly(middle, killed);
        assertThat(middle.console()).contains("tidak selesai").contains("dilanjutkan");

        JobProcess writing = JobProcess.start(killed, null, ARGS);
        killWhileWritingTheRecap(writing, killed.resolve("output"));
        assertKilledCleanly(writing, killed);
        assertThat(writing.console()).contains("Langkah menulis rekap dimulai");

        JobProcess last = JobProcess.start(killed, null, ARGS);
        assertThat(last.waitFor(SECONDS)).as(last.console()).isZero();
        assertThat(last.console()).contains("dilanjutkan");
        last.lines().stream().filter(l -> l.contains("Berkas sementara")).forEach(System.out::println);
        assertThat(cleanRun.waitFor(SECONDS)).as(cleanRun.console()).isZero();

        assertThat(ProcessFolders.integrity(killed)).isEqualTo("ok");
        assertThat(ProcessFolders.outputs(killed)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        for (String table : List.of("submission_file", "realisasi")) {
            assertThat(ProcessFolders.count(killed, table)).as(table)
                    .isEqualTo(ProcessFolders.count(clean, table)).isPositive();
        }
        assertThat(ProcessFolders.indicatorTable(recapWritten(last)))
                .isEqualTo(ProcessFolders.indicatorTable(recapWritten(cleanRun)))
                .hasSizeGreaterThan(10);
    }

    /**
     * Kills as soon as a temporary output file shows up after the recap step began (the moment a crash would leave
     * a half-written file), or at the latest when the recap workbook is reported written (the LAKIP files follow).
     */
    private static void killWhileWritingTheRecap(JobProcess process, Path output) throws Exception {
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (process.lines().stream().anyMatch(l -> l.contains("Langkah menulis rekap dimulai"))
                    && (hasTempFile(output) || process.lines().stream().anyMatch(l -> l.contains("Rekap ditulis")))) {
                process.kill();
                return;
            }
            Thread.sleep(1);
        }
    }

    private static boolean hasTempFile(Path output) throws IOException {
        return ProcessFolders.outputs(output.getParent()).stream()
                .anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    private static void assertKilledCleanly(JobProcess process, Path dir) throws Exception {
        int code = process.waitFor(SECONDS);
        System.out.printf("Dibunuh (kode %d) setelah %d formulir dibaca; output: %s%n", code,
                process.lines().stream().filter(l -> l.contains("Dibaca:")).count(),
                ProcessFolders.outputs(dir).stream().map(p -> p.getFileName().toString()).toList());
        assertThat(process.killed()).as("dibunuh sebelum selesai (kode %s):%n%s", code, process.console()).isTrue();
        assertThat(code).isNotZero();
        assertThat(ProcessFolders.integrity(dir)).isEqualTo("ok");
        for (Path file : ProcessFolders.outputs(dir)) {
            String name = file.getFileName().toString();
            assertThat(name.endsWith(".tmp") && !name.startsWith(".")).as("berkas sementara terlihat: %s", file)
                    .isFalse();
            if (name.endsWith(".xlsx")) {
                ProcessFolders.open(file);
            }
        }
    }

    private static Path recapWritten(JobProcess process) {
        String line = process.lines().stream().filter(l -> l.contains("Rekap ditulis: ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("tidak ada rekap ditulis:\n" + process.console()));
        return Path.of(line.substring(line.indexOf("Rekap ditulis: ") + "Rekap ditulis: ".length()).strip());
    }
}
