package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts a job for a quarter, honouring tahun and triwulan as given. Each run is its own job instance (a run id
 * makes it unique), so a quarter can be recapped any number of times; but when the last run crashed or failed and
 * was for the same quarter, that run is restarted instead, so it finishes as a clean run would. The caller holds the
 * run lock, so an execution still marked as running is known to be dead and is marked failed first. The office is part
 * of what identifies a run ({@code perangkat_daerah}), so two offices' runs of one quarter are never one job instance.
 */
class QuarterLauncher {

    private static final Logger log = LoggerFactory.getLogger(QuarterLauncher.class);
    private static final List<BatchStatus> RESTARTABLE = List.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    /** The jobs a crash is finished for by restarting; the others (a lock, a move) are simply run again. */
    private static final List<String> RESTARTED = List.of("rekap", "formulir");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Clock clock;
    private final PerangkatDaerah office;

    QuarterLauncher(JobOperator operator, JobRepository repository, Clock clock, PerangkatDaerah office) {
        this.operator = operator;
        this.repository = repository;
        this.clock = clock;
        this.office = office;
    }

    JobExecution launch(Job job, Periode periode) throws Exception {
        return launch(job, periode, Map.of());
    }

    JobExecution launch(Job job, Periode periode, Map<String, String> others) throws Exception {
        for (JobExecution dead : repository.findRunningJobExecutions(job.getName())) {
            log.warn("Proses sebelumnya (eksekusi #{}) terhenti tanpa selesai; ditandai gagal.", dead.getId());
            operator.recover(dead);
        }
        JobExecution unfinished = RESTARTED.contains(job.getName()) ? lastUnfinished(job.getName(), periode) : null;
        if (unfinished != null) {
            log.warn("Proses {} sebelumnya (eksekusi #{}) tidak selesai ({}); dilanjutkan.", periode.longLabel(),
                    unfinished.getId(), unfinished.getStatus());
            return operator.restart(unfinished);
        }
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLong("tahun", (long) periode.tahun())
                .addLong("triwulan", (long) periode.triwulan())
                .addString("perangkat_daerah", office.kode())
                .addLong("run.id", clock.millis());
        others.forEach((key, value) -> parameters.addString(key, value, false));
        return operator.start(job, parameters.toJobParameters());
    }

    /**
     * A run refused for its configuration (a broken katalog.yml, a bad argument: exit 2) stopped nowhere in the middle:
     * there is nothing to carry on. It is marked abandoned, so the next run starts afresh instead of "continuing" it.
     */
    void settle(JobExecution execution, int exitCode) {
        if (exitCode != ExitCodes.BAD_CONFIGURATION || !RESTARTABLE.contains(execution.getStatus())) {
            return;
        }
        try {
            operator.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            log.debug("Eksekusi #{} masih tercatat berjalan; tidak ditandai ditinggalkan", execution.getId());
        }
    }

    /** The job's last execution when it is of this quarter and did not finish; the repository keeps them in order. */
    private JobExecution lastUnfinished(String jobName, Periode periode) {
        JobInstance last = repository.getLastJobInstance(jobName);
        JobExecution execution = last == null ? null : repository.getLastJobExecution(last);
        if (execution == null || !RESTARTABLE.contains(execution.getStatus())) {
            return null;
        }
        JobParameters p = execution.getJobParameters();
        String runOffice = p.getString("perangkat_daerah"); // runs from before offices were named carry none
        return Objects.equals(p.getLong("tahun"), (long) periode.tahun())
                && Objects.equals(p.getLong("triwulan"), (long) periode.triwulan())
                && (runOffice == null || runOffice.equals(office.kode())) ? execution : null;
    }
}
