package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.util.unit.DataSize;

/** The exit codes a scheduler acts on, and that nothing is launched when the run cannot go ahead. */
class RekapRunnerTest {

    @TempDir
    Path work;
    private QuarterLauncher launcher;
    private Job job;

    @BeforeEach
    void mocks() {
        launcher = mock(QuarterLauncher.class);
        job = mock(Job.class);
        org.mockito.Mockito.when(job.getName()).thenReturn("rekap");
    }

    private RekapRunner runner(Path output) {
        RekapProperties p = new RekapProperties(work.resolve("input"), output, Path.of("config"), work.resolve("data"),
                new RekapProperties.Contoh(false, false, work.resolve("contoh")), DataSize.ofMegabytes(20), 2020, 2035,
                new RekapProperties.Skor(100), Paper.A4);
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneId.of("Asia/Makassar"));
        return new RekapRunner(new QuarterRun(Map.of("rekapJob", job), "rekap", launcher, p,
                new RunLocks(p, null, "jdbc:sqlite:x"), new DatabaseTrouble("jdbc:sqlite:x", "")), clock);
    }

    @Test
    void shouldExitWithBadConfigurationOnAQuarterThatDoesNotExist() throws Exception {
        RekapRunner runner = runner(work.resolve("output"));
        runner.run(new DefaultApplicationArguments("tahun=2026", "triwulan=5"));
        assertThat(runner.getExitCode()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        verify(launcher, never()).launch(any(), any(), any());
    }

    @Test
    void shouldExitWithOutputNotWritableBeforeTouchingAnything() throws Exception {
        Path blocked = work.resolve("output-is-a-file");
        Files.writeString(blocked, "bukan folder");
        RekapRunner runner = runner(blocked);
        runner.run(new DefaultApplicationArguments("tahun=2026", "triwulan=3"));
        assertThat(runner.getExitCode()).isEqualTo(ExitCodes.OUTPUT_NOT_WRITABLE);
        verify(launcher, never()).launch(any(), any(), any());
    }

    @Test
    void shouldExitWithAlreadyRunningWhileAnotherRunHoldsTheLock() throws Exception {
        Optional<RunLock> held = RunLock.tryAcquire(work.resolve("data/rekap.lock"));
        assertThat(held).isPresent();
        try (RunLock lock = held.get()) {
            RekapRunner runner = runner(work.resolve("output"));
            runner.run(new DefaultApplicationArguments("tahun=2026", "triwulan=3"));
            assertThat(runner.getExitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            verify(launcher, never()).launch(any(), any(), any());
        }
    }

    @Test
    void shouldExitWithBadConfigurationForAnUnknownJobName() throws Exception {
        RekapProperties p = new RekapProperties(work.resolve("input"), work.resolve("output"), Path.of("config"),
                work.resolve("data"), new RekapProperties.Contoh(false, false, work), DataSize.ofMegabytes(20), 2020,
                2035, new RekapProperties.Skor(100), Paper.A4);
        RekapRunner runner = new RekapRunner(new QuarterRun(Map.of("rekapJob", job), "laporan", launcher, p,
                new RunLocks(p, null, "jdbc:sqlite:x"), new DatabaseTrouble("jdbc:sqlite:x", "")), Clock.systemUTC());
        runner.run(new DefaultApplicationArguments());
        assertThat(runner.getExitCode()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
    }

    @Test
    void aBlankFormsRunOnSampleDataWritesNoSampleFormsIntoTheInputFolder() throws Exception {
        Job forms = mock(Job.class, org.mockito.Mockito.withSettings().extraInterfaces(
                org.springframework.batch.core.step.ListableStepLocator.class));
        org.mockito.Mockito.when(forms.getName()).thenReturn("formulir");
        org.mockito.Mockito.when(((org.springframework.batch.core.step.ListableStepLocator) forms).getStepNames())
                .thenReturn(java.util.List.of("writeForms"));
        org.springframework.batch.core.job.JobExecution done = mock(
                org.springframework.batch.core.job.JobExecution.class);
        org.mockito.Mockito.when(done.getStatus()).thenReturn(org.springframework.batch.core.BatchStatus.COMPLETED);
        org.mockito.Mockito.when(done.getExecutionContext())
                .thenReturn(new org.springframework.batch.infrastructure.item.ExecutionContext());
        org.mockito.Mockito.when(launcher.launch(any(), any(), any())).thenReturn(done);
        RekapProperties p = new RekapProperties(work.resolve("contoh/input"), work.resolve("output/contoh"),
                Path.of("config"), work.resolve("data"), new RekapProperties.Contoh(true, true, work.resolve("contoh")),
                DataSize.ofMegabytes(20), 2020, 2035, new RekapProperties.Skor(100), Paper.A4);
        RekapRunner runner = new RekapRunner(new QuarterRun(Map.of("formulirJob", forms), "formulir", launcher, p,
                new RunLocks(p, null, "jdbc:sqlite:x"), new DatabaseTrouble("jdbc:sqlite:x", "")), Clock.systemUTC());

        runner.run(new DefaultApplicationArguments("tahun=2026", "triwulan=4"));

        assertThat(runner.getExitCode()).isEqualTo(ExitCodes.OK);
        assertThat(work.resolve("contoh/input")).as("the blank forms read no forms, so none are made up").doesNotExist();
    }
}
