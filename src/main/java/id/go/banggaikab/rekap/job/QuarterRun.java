package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.warmup.Warmup;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.output.LeftoverOutputs;
import id.go.banggaikab.rekap.shared.DiskCause;
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
    /**
     * Technical detail (a failure's, the Java that ran) for the log file only (logback-spring.xml): the console has the
     * plain words.
     */
    private static final Logger technical = LoggerFactory.getLogger("rekap.rincian");
    /** Where a job leaves the lines to end the run with (the recap's summary), in its execution context. */
    static final String SUMMARY = "rekap.ringkasan";

    private final Map<String, Job> jobs;
    private final String jobName;
    private final QuarterLauncher launcher;
    private final RekapProperties properties;
    private final RunLocks locks;
    private final DatabaseTrouble trouble;

    /** A run whose database failures are told for the database the run lock is taken on (no user name known). */
    QuarterRun(Map<String, Job> jobs, String jobName, QuarterLauncher launcher, RekapProperties properties,
            RunLocks locks) {
        this(jobs, jobName, launcher, properties, locks, new DatabaseTrouble(locks.url(), ""));
    }

    QuarterRun(Map<String, Job> jobs, String jobName, QuarterLauncher launcher, RekapProperties properties,
            RunLocks locks, DatabaseTrouble trouble) {
        this.jobs = jobs;
        this.jobName = jobName;
        this.launcher = launcher;
        this.properties = properties;
        this.locks = locks;
        this.trouble = trouble;
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
        try {
            Optional<RunLock> lock = locks.tryAcquire();
            if (lock.isEmpty()) {
                return fail(ExitCodes.ALREADY_RUNNING, "Proses rekap lain sedang berjalan pada database yang sama; "
                        + "tunggu sampai selesai lalu jalankan lagi. Tidak ada yang diubah.");
            }
            try (RunLock held = lock.get()) {
                return run(job, periode, others);
            }
        } catch (Exception e) {
            // the database failing before the job could record anything (a read-only file, a lock held by another
            // program, a server out of reach) is said in plain words; anything else is a bug and goes up
            Optional<MachineFailure> machine = trouble.explain(e);
            if (machine.isEmpty()) {
                throw e;
            }
            technical.error("Kegagalan mesin sebelum job berjalan", e);
            return fail(machine.get().getExitCode(), machine.get().getMessage());
        }
    }

    private int run(Job job, Periode periode, Map<String, String> others) throws Exception {
        if (!outputWritable()) {
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        log.info("Mulai {} untuk {} — input: {}, output: {}", job.getName(), periode.longLabel(),
                properties.inputDir().toAbsolutePath(), properties.outputDir().toAbsolutePath());
        // Which Java ran, for whoever reads the log: the launchers may pick an installed Java 25 over an older one.
        technical.info("Java {} ({})", Runtime.version(), System.getProperty("java.home"));
        Warmup.awaitEnd(); // no first use of POI or Java2D on two threads at once (see Warmup)
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
        Optional<MachineFailure> machine = failure == null ? Optional.empty() : trouble.explain(failure);
        if (machine.isPresent()) {
            return fail(machine.get().getExitCode(), "Proses gagal: " + machine.get().getMessage());
        }
        Throwable explained = failure == null ? null : ExitCodes.explained(failure).orElse(null);
        int code = failure == null ? ExitCodes.UNEXPECTED : ExitCodes.of(failure);
        if (explained != null && code != ExitCodes.BAD_CONFIGURATION) {
            // a failure of the machine (an output that cannot be written) says what and what to do itself
            return fail(code, "Proses gagal: " + explained.getMessage());
        }
        // A refused setting or request (exit 2) will be refused again until someone changes it; anything else stopped
        // part-way and the next run carries on from the step that failed.
        String next = code == ExitCodes.BAD_CONFIGURATION ? "perbaiki lalu jalankan lagi."
                : "jalankan lagi untuk melanjutkan.";
        String why = failure == null ? execution.getExitStatus().getExitDescription()
                : ExitCodes.rootOf(failure).getMessage();
        int result = fail(code, "Proses gagal (" + execution.getStatus() + "): " + (why == null ? ""
                : why.replaceAll("\\.+$", "")) + ". Rincian di logs/rekap-kinerja.log; " + next);
        launcher.settle(execution, code);
        return result;
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
            technical.error("Folder output {} tidak dapat ditulisi", out.toAbsolutePath(), e);
            DiskCause cause = DiskCause.of(e, out);
            fail(ExitCodes.OUTPUT_NOT_WRITABLE, "Folder output " + out.toAbsolutePath() + " tidak dapat ditulisi: "
                    + cause.words() + ". Yang perlu dilakukan: " + cause.action() + " (atau ubah rekap.output-dir),"
                    + " lalu jalankan rekap lagi. Tidak ada yang diubah.");
            return false;
        }
    }

    /** Each line of the message its own log line (a catalogue's findings come one per line). */
    private static int fail(int code, String message) {
        message.lines().forEach(log::error);
        return code;
    }
}
