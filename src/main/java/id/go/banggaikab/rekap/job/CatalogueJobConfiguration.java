package id.go.banggaikab.rekap.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wiring only: the jobs that keep the catalogue. {@code katalog-ke-excel} writes katalog.yml as katalog.xlsx;
 * {@code impor-iki dokumen=<file.docx>} reads an IKI document into a proposed catalogue with what changed.
 */
@Configuration
class CatalogueJobConfiguration {

    @Bean
    Job katalogKeExcelJob(JobRepository jobRepository, Step writeCatalogueWorkbook) {
        return new JobBuilder("katalog-ke-excel", jobRepository).start(writeCatalogueWorkbook).build();
    }

    @Bean
    Step writeCatalogueWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CatalogueToExcelTasklet catalogueToExcelTasklet) {
        return new StepBuilder("writeCatalogueWorkbook", jobRepository)
                .tasklet(catalogueToExcelTasklet, transactionManager).listener(new StepProgress()).build();
    }

    @Bean
    Job imporIkiJob(JobRepository jobRepository, Step importIkiDocument) {
        return new JobBuilder("impor-iki", jobRepository).start(importIkiDocument).build();
    }

    @Bean
    Step importIkiDocument(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportIkiTasklet importIkiTasklet) {
        return new StepBuilder("importIkiDocument", jobRepository).tasklet(importIkiTasklet, transactionManager)
                .listener(new StepProgress()).build();
    }
}
