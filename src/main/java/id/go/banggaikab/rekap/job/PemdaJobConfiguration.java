package id.go.banggaikab.rekap.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wiring only. The {@code rekap-pemda} job: the Pemda's recap of a quarter from the offices' recaps on the server. */
@Configuration
class PemdaJobConfiguration {

    @Bean
    Job rekapPemdaJob(JobRepository jobRepository, Step writePemdaRecap) {
        return new JobBuilder("rekap-pemda", jobRepository).start(writePemdaRecap).build();
    }

    @Bean
    Step writePemdaRecap(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PemdaTasklet pemdaTasklet) {
        return new StepBuilder("writePemdaRecap", jobRepository).tasklet(pemdaTasklet, transactionManager)
                .listener(new StepProgress())
                .build();
    }
}
