package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Periode;
import id.go.banggaikab.rekap.contoh.SampleForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Runs the job asked for ({@code rekap} unless {@code --spring.batch.job.name} says otherwise) once, under the run
 * lock, and turns the outcome into the process exit code a scheduler acts on. Everything a person must read is one
 * plain line on the console.
 */
class RekapRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(RekapRunner.class);

    private final Map<String, Job> jobs;
    private final String jobName;
    private final QuarterLauncher launcher;
    private final RekapProperties properties;
    private final Catalogue catalogue;
    private final Clock clock;
    private int exitCode = ExitCodes.UNEXPECTED;

    RekapRunner(Map<String, Job> jobs, String jobName, QuarterLauncher launcher, RekapProperties properties,
            Catalogue catalogue, Clock clock) {
        this.jobs = jobs;
        this.jobName = jobName;
        this.launcher = launcher;
        this.properties = properties;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Periode periode;
        try {
            periode = JobArguments.periode(args.getNonOptionArgs(), LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            fail(ExitCodes.BAD_CONFIGURATION, e.getMessage());
            return;
        }
        Job job = jobs.values().stream().filter(j -> j.getName().equals(jobName)).findFirst().orElse(null);
        if (job == null) {
            fail(ExitCodes.BAD_CONFIGURATION, "Job \"" + jobName + "\" tidak dikenal; pilihan: "
                    + jobs.values().stream().map(Job::getName).toList());
            return;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(properties.dataDir().resolve("rekap.lock"));
        if (lock.isEmpty()) {
            fail(ExitCodes.ALREADY_RUNNING, "Proses rekap lain sedang berjalan pada database yang sama; "
                    + "tunggu sampai selesai lalu jalankan lagi.");
            return;
        }
        try (RunLock held = lock.get()) {
            run(job, periode);
        }
    }

    private void run(Job job, Periode periode) throws Exception {
        if (!outputWritable()) {
            return;
        }
        catalogue.warnings().forEach(w -> log.warn("Katalog: {}", w));
        if (properties.contoh().aktif()) {
            int written = new SampleForms(catalogue).writeSampleYear(properties.inputDir()).size();
            log.warn("Folder input kosong: memakai DATA CONTOH dari {} ({} formulir baru), database dan hasil "
                    + "terpisah dari data resmi.", properties.inputDir(), written);
        }
        log.info("Mulai {} untuk {} — input: {}, output: {}", job.getName(), periode.longLabel(),
                properties.inputDir().toAbsolutePath(), properties.outputDir().toAbsolutePath());
        JobExecution execution = launcher.launch(job, periode);
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            exitCode = ExitCodes.OK;
            log.info("Selesai dalam {} detik.", took.toMillis() / 1000.0);
        } else {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            while (cause != null && cause.getCause() != null) {
                cause = cause.getCause();
            }
            int code = cause instanceof id.go.banggaikab.rekap.catalogue.CatalogueException ? ExitCodes.BAD_CONFIGURATION
                    : ExitCodes.UNEXPECTED;
            fail(code, "Proses gagal (" + execution.getStatus() + "): "
                    + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage())
                    + ". Rincian di logs/rekap-kinerja.log; jalankan lagi untuk melanjutkan.");
        }
    }

    private boolean outputWritable() {
        Path out = properties.outputDir();
        try {
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".rekap-uji-tulis", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            fail(ExitCodes.OUTPUT_NOT_WRITABLE, "Folder output " + out.toAbsolutePath()
                    + " tidak dapat ditulisi (" + e.getMessage() + "). Periksa izin folder atau rekap.output-dir.");
            return false;
        }
    }

    private void fail(int code, String message) {
        exitCode = code;
        log.error(message);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
