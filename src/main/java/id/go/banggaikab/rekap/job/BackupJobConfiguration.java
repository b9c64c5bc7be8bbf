package id.go.banggaikab.rekap.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring only: {@code cadangkan [ke=<folder or file.db>]} writes a consistent copy of the SQLite history. Its step
 * holds no database transaction of its own: SQLite's {@code VACUUM INTO} cannot run inside one.
 */
@Configuration
class BackupJobConfiguration {

    @Bean
    Job cadangkanJob(JobRepository jobRepository, Step backUpHistory) {
        return new JobBuilder("cadangkan", jobRepository).start(backUpHistory).build();
    }

    @Bean
    Step backUpHistory(JobRepository jobRepository, BackupTasklet backupTasklet) {
        return new StepBuilder("backUpHistory", jobRepository)
                .tasklet(backupTasklet, new ResourcelessTransactionManager()).listener(new StepProgress()).build();
    }
}
