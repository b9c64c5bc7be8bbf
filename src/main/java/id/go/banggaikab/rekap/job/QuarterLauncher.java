package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Periode;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts a job for a quarter, honouring tahun and triwulan as given. Each run is its own job instance (a run id
 * makes it unique), so a quarter can be recapped any number of times; but when the last run for the same quarter
 * crashed or failed, that run is restarted instead, so it finishes as a clean run would. The caller holds the run
 * lock, so an execution still marked as running is known to be dead and is recovered first.
 */
class QuarterLauncher {

    private static final Logger log = LoggerFactory.getLogger(QuarterLauncher.class);
    private static final List<BatchStatus> RESTARTABLE = List.of(BatchStatus.FAILED, BatchStatus.STOPPED,
            BatchStatus.STARTED, BatchStatus.STARTING, BatchStatus.STOPPING, BatchStatus.UNKNOWN);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Clock clock;

    QuarterLauncher(JobOperator operator, JobRepository repository, Clock clock) {
        this.operator = operator;
        this.repository = repository;
        this.clock = clock;
    }

    JobExecution launch(Job job, Periode periode) throws Exception {
        JobExecution unfinished = lastUnfinished(job.getName(), periode);
        if (unfinished != null) {
            log.warn("Proses {} sebelumnya (eksekusi #{}) tidak selesai ({}); dilanjutkan.", periode.longLabel(),
                    unfinished.getId(), unfinished.getStatus());
            if (unfinished.getStatus().isRunning() || unfinished.getStatus() == BatchStatus.UNKNOWN) {
                unfinished = operator.recover(unfinished);
            }
            return operator.restart(unfinished);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addLong("tahun", (long) periode.tahun())
                .addLong("triwulan", (long) periode.triwulan())
                .addLong("run.id", clock.millis())
                .toJobParameters();
        return operator.start(job, parameters);
    }

    private JobExecution lastUnfinished(String jobName, Periode periode) {
        for (JobInstance instance : repository.getJobInstances(jobName, 0, 20)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            JobParameters p = last.getJobParameters();
            if (Objects.equals(p.getLong("tahun"), (long) periode.tahun())
                    && Objects.equals(p.getLong("triwulan"), (long) periode.triwulan())) {
                return RESTARTABLE.contains(last.getStatus()) ? last : null;
            }
        }
        return null;
    }
}
