package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.output.LeftoverOutputs;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;

/**
 * One recap of one quarter, start to end, turned into an exit code: take the run lock, check the output folder,
 * clear what a killed run left there, launch (or restart) the job and say the outcome in one plain line. Public
 * because both the one-shot runner and the scheduler ({@code jadwal}) run exactly this; nothing else in the job
 * package needs to be seen from outside.
 */
public class QuarterRun {

    private static final Logger log = LoggerFactory.getLogger(QuarterRun.class);
    /** Where a job leaves the lines to end the run with (the recap's summary), in its execution context. */
    static final String SUMMARY = "rekap.ringkasan";

    private final Map<String, Job> jobs;
    private final String jobName;
    private final QuarterLauncher launcher;
    private final RekapProperties properties;
    private final RunLocks locks;

    QuarterRun(Map<String, Job> jobs, String jobName, QuarterLauncher launcher, RekapProperties properties,
            RunLocks locks) {
        this.jobs = jobs;
        this.jobName = jobName;
        this.launcher = launcher;
        this.properties = properties;
        this.locks = locks;
    }

    /** Runs the job for {@code periode} and returns one of {@link ExitCodes}; only a bug throws. */
    public int run(Periode periode) throws Exception {
        return run(periode, Map.of());
    }

    /** As {@link #run(Periode)}, with the job's other arguments ({@code alasan=…}) as job parameters. */
    int run(Periode periode, Map<String, String> others) throws Exception {
        Job job = jobs.values().stream().filter(j -> j.getName().equals(jobName)).findFirst().orElse(null);
        if (job == null) {
            return fail(ExitCodes.BAD_CONFIGURATION, "Job \"" + jobName + "\" tidak dikenal; pilihan: "
                    + jobs.values().stream().map(Job::getName).toList());
        }
        if (job.getName().equals("buka-kunci") && others.getOrDefault("alasan", "").isBlank()) {
            return fail(ExitCodes.BAD_CONFIGURATION, LockUsers.REASON_NEEDED);
        }
        Optional<RunLock> lock = locks.tryAcquire();
        if (lock.isEmpty()) {
            return fail(ExitCodes.ALREADY_RUNNING, "Proses rekap lain sedang berjalan pada database yang sama; "
                    + "tunggu sampai selesai lalu jalankan lagi. Tidak ada yang diubah.");
        }
        try (RunLock held = lock.get()) {
            return run(job, periode, others);
        }
    }

    private int run(Job job, Periode periode, Map<String, String> others) throws Exception {
        if (!outputWritable()) {
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        log.info("Mulai {} untuk {} — input: {}, output: {}", job.getName(), periode.longLabel(),
                properties.inputDir().toAbsolutePath(), properties.outputDir().toAbsolutePath());
        return outcome(launcher.launch(job, periode, others));
    }

    private int outcome(JobExecution execution) {
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("Selesai dalam {} detik.", IndonesianNumbers.format(took.toMillis() / 1000.0, 1));
            String summary = execution.getExecutionContext().getString(SUMMARY, "");
            summary.lines().forEach(log::info);
            return ExitCodes.OK;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        int code = failure == null ? ExitCodes.UNEXPECTED : ExitCodes.of(failure);
        // A refused setting or request (exit 2) will be refused again until someone changes it; anything else stopped
        // part-way and the next run carries on from the step that failed.
        String next = code == ExitCodes.BAD_CONFIGURATION ? "perbaiki lalu jalankan lagi."
                : "jalankan lagi untuk melanjutkan.";
        return fail(code, "Proses gagal (" + execution.getStatus() + "): "
                + (failure == null ? execution.getExitStatus().getExitDescription() : ExitCodes.rootOf(failure)
                        .getMessage())
                + ". Rincian di logs/rekap-kinerja.log; " + next);
    }

    /** Also the place to clear a killed run's temporary files: we hold the lock, so none is being written. */
    private boolean outputWritable() {
        Path out = properties.outputDir();
        try {
            Files.createDirectories(out);
            List<String> leftovers = LeftoverOutputs.removeFrom(out);
            if (!leftovers.isEmpty()) {
                log.warn("Berkas sementara dari proses yang terhenti dihapus dari {}: {}", out, leftovers);
            }
            Files.delete(Files.createTempFile(out, LeftoverOutputs.PREFIX + "uji-", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            fail(ExitCodes.OUTPUT_NOT_WRITABLE, "Folder output " + out.toAbsolutePath()
                    + " tidak dapat ditulisi (" + e.getMessage() + "). Periksa izin folder atau rekap.output-dir.");
            return false;
        }
    }

    /** Each line of the message its own log line (a catalogue's findings come one per line). */
    private static int fail(int code, String message) {
        message.lines().forEach(log::error);
        return code;
    }
}
