package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.SubmissionStore;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import id.go.banggaikab.rekap.shared.SharedFolder;
import id.go.banggaikab.rekap.submission.FormFiles;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring only. The {@code rekap} job: prepare the run (catalogue and targets as their files say now), read every
 * form (a refused or crashing file is recorded and the run goes on), write the receipts, write the recap. The
 * {@code formulir} job writes the blank forms of a quarter.
 */
@Configuration
@EnableConfigurationProperties(RekapProperties.class)
class RekapJobConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RekapJobConfiguration.class);

    static final int FORMS_PER_CHUNK = 128;
    static final int FORMS_IN_FLIGHT = 64;

    @Bean
    Clock clock(@Value("${rekap.zona-waktu:Asia/Makassar}") String zone) {
        try {
            return Clock.system(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new BadSetting("rekap.zona-waktu=\"" + zone + "\" tidak dikenal; tulis mis. Asia/Makassar (WITA)");
        }
    }

    @Bean
    static DatabaseSettings databaseSettings(Environment environment) {
        return new DatabaseSettings(environment);
    }

    /** The office this installation is, from rekap.perangkat-daerah (a wrong code stops the start, exit 2). */
    @Bean
    PerangkatDaerah perangkatDaerah(@Value("${rekap.perangkat-daerah:}") String code) {
        return PerangkatDaerah.of(code);
    }

    /** On a server shared by several offices, Flyway works in the office's own schema. */
    @Bean
    FlywayConfigurationCustomizer officeSchema(PerangkatDaerah office, @Value("${spring.datasource.url}") String url) {
        return configuration -> {
            if (OfficeMigration.ownSchema(url, office)) {
                configuration.schemas(office.kode()).defaultSchema(office.kode());
            }
        };
    }

    /** Flyway with the settings the program reads ({@link FlywaySetup}); any other spring.flyway.* stops the start. */
    @Bean
    Flyway flyway(DataSource dataSource, ConfigurableEnvironment environment,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.flyway.locations:classpath:db/migration/{vendor}}") String locations,
            @Value("${spring.flyway.schemas:}") String schemas,
            ObjectProvider<FlywayConfigurationCustomizer> customizers) {
        FlywaySetup.refuseUnread(environment);
        return FlywaySetup.flyway(dataSource, url, locations, schemas, getClass().getClassLoader(),
                customizers.orderedStream());
    }

    /** Migrates before anything uses the database (Spring Boot orders the users of a data source after it). */
    @Bean
    FlywayMigrationInitializer flywayInitializer(Flyway flyway, LockedMigration migration,
            @Value("${spring.flyway.enabled:true}") boolean enabled) {
        return new FlywayMigrationInitializer(flyway, FlywaySetup.strategy(enabled, migration));
    }

    @Bean
    ExitCodes exitCodes() {
        return new ExitCodes();
    }

    @Bean
    DatabaseTrouble databaseTrouble(@Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user) {
        return new DatabaseTrouble(url, user);
    }

    @Bean
    LockedMigration lockedMigration(RekapProperties properties, PerangkatDaerah office, Clock clock,
            @Value("${spring.datasource.url}") String url, @Value("${spring.flyway.schemas:}") String flywaySchemas,
            DatabaseTrouble trouble) {
        return new LockedMigration(properties.lockFile(), DatabaseSettings.isSqlite(url),
                new OfficeMigration(office, url, OfficeMigration.legacySchema(url, flywaySchemas), clock), trouble);
    }

    @Bean
    RunLocks runLocks(RekapProperties properties, DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        return new RunLocks(properties, dataSource, url);
    }

    @Bean
    @JobScope
    RunInputs runInputs(RekapProperties properties) {
        return new RunInputs(properties);
    }

    @Bean
    Job rekapJob(JobRepository jobRepository, Step prepareRun, Step importForms, Step writeReceipts,
            Step writeRecap) {
        return new JobBuilder("rekap", jobRepository).start(prepareRun).next(importForms).next(writeReceipts)
                .next(writeRecap).build();
    }

    /** The second job: blank forms per unit for the quarter, run with --spring.batch.job.name=formulir. */
    @Bean
    Job formulirJob(JobRepository jobRepository, Step writeForms) {
        return new JobBuilder("formulir", jobRepository).start(writeForms).build();
    }

    /** Locking a verified quarter: --spring.batch.job.name=kunci tahun=2026 triwulan=3. */
    @Bean
    Job kunciJob(JobRepository jobRepository, Step prepareRun, Step lockQuarter) {
        return new JobBuilder("kunci", jobRepository).start(prepareRun).next(lockQuarter).build();
    }

    @Bean
    Step lockQuarter(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LockTasklet lockTasklet) {
        return new StepBuilder("lockQuarter", jobRepository).tasklet(lockTasklet, transactionManager)
                .listener(new StepProgress())
                .build();
    }

    /** Reopening a locked quarter, with a reason: --spring.batch.job.name=buka-kunci … alasan="…". */
    @Bean
    Job bukaKunciJob(JobRepository jobRepository, Step reopenQuarter) {
        return new JobBuilder("buka-kunci", jobRepository).start(reopenQuarter).build();
    }

    @Bean
    Step reopenQuarter(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReopenTasklet reopenTasklet) {
        return new StepBuilder("reopenQuarter", jobRepository).tasklet(reopenTasklet, transactionManager)
                .listener(new StepProgress())
                .build();
    }

    /** Moving a history: --spring.batch.job.name=pindah-riwayat dari=data/rekap.db, to the configured database. */
    @Bean
    Job pindahRiwayatJob(JobRepository jobRepository, Step moveHistory) {
        return new JobBuilder("pindah-riwayat", jobRepository).start(moveHistory).build();
    }

    @Bean
    Step moveHistory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MoveHistoryTasklet moveHistoryTasklet) {
        return new StepBuilder("moveHistory", jobRepository).tasklet(moveHistoryTasklet, transactionManager)
                .listener(new StepProgress())
                .build();
    }

    @Bean
    Step prepareRun(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PrepareTasklet prepareTasklet) {
        return new StepBuilder("prepareRun", jobRepository).tasklet(prepareTasklet, transactionManager)
                .allowStartIfComplete(true)
                .listener(new StepProgress())
                .build();
    }

    @Bean
    Step writeForms(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FormsTasklet formsTasklet) {
        return new StepBuilder("writeForms", jobRepository).tasklet(formsTasklet, transactionManager)
                .listener(new StepProgress())
                .build();
    }

    @Bean
    Step writeReceipts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReceiptsTasklet receiptsTasklet) {
        return new StepBuilder("writeReceipts", jobRepository).tasklet(receiptsTasklet, transactionManager)
                .allowStartIfComplete(true)
                .listener(new StepProgress())
                .build();
    }

    /** The threads that read forms: one per core, at most four (reading is the work, the database takes one). */
    @Bean
    ThreadPoolTaskExecutor formReaders() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix("baca-formulir-");
        pool.setDaemon(true);
        return pool;
    }

    /**
     * Forms are read ahead on the reading threads (at most {@value #FORMS_IN_FLIGHT} in flight) while the step stores
     * them in the order they were found, {@value #FORMS_PER_CHUNK} to a transaction (a failing form is then stored
     * alone and refused). The step is built for each run, so the threads get a reader of this run's catalogue
     * itself, not a scoped proxy they could not resolve.
     */
    @Bean
    @JobScope
    Step importForms(JobRepository jobRepository, PlatformTransactionManager transactionManager, SubmissionStore store,
            RunInputs run, RekapProperties p, ThreadPoolTaskExecutor formReaders, DatabaseTrouble trouble) {
        SubmissionReader reader = new SubmissionReader(run.catalogue(), new ReaderSettings(p.berkasMaks().toBytes(),
                p.tahunMin(), p.tahunMaks()));
        ImportRefusals refusals = new ImportRefusals(store, new TransactionTemplate(transactionManager), p.inputDir());
        ImportProcessor processor = new ImportProcessor(reader, store.currentContents(), p.inputDir());
        SharedFolder.Scan found = FormFiles.scan(p.inputDir(), p.registers());
        found.refused().forEach(refused -> {
            log.warn("Tidak dibaca: {} — {}", refused.file(), refused.reason());
            run.note(refused);
        });
        List<Path> forms = found.files();
        return new StepBuilder("importForms", jobRepository).<ImportItem, ImportItem>chunk(FORMS_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(new ReadAhead(forms, processor, formReaders, FORMS_IN_FLIGHT))
                .processor(item -> item instanceof ImportItem.Unchanged ? null : item)
                .writer(new ImportWriter(store, run, FormFiles.names(forms, p.inputDir())))
                .faultTolerant()
                // a file that makes the job fail is refused and the run goes on; the machine failing (the database
                // read-only, locked or full) is no file's fault and stops the run with its own message
                .skipPolicy((fault, skipped) -> ProgramFault.survivable(fault) && !trouble.isOfTheMachine(fault))
                .skipListener(refusals)
                .listener(refusals)
                // A restarted run re-scans the folder: forms dropped since the failed run must not be left out.
                // Repeating is safe because forms already imported are skipped by their content.
                .allowStartIfComplete(true)
                .listener(new StepProgress())
                .build();
    }

    @Bean
    Step writeRecap(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RecapTasklet recapTasklet) {
        return new StepBuilder("writeRecap", jobRepository).tasklet(recapTasklet, transactionManager)
                .listener(new StepProgress())
                .build();
    }

    @Bean
    QuarterLauncher quarterLauncher(JobOperator jobOperator, JobRepository jobRepository, Clock clock,
            PerangkatDaerah office) {
        return new QuarterLauncher(jobOperator, jobRepository, clock, office);
    }

    @Bean
    QuarterRun quarterRun(Map<String, Job> jobs, @Value("${spring.batch.job.name:rekap}") String jobName,
            QuarterLauncher launcher, RekapProperties properties, RunLocks locks, DatabaseTrouble trouble) {
        return new QuarterRun(jobs, jobName, launcher, properties, locks, trouble);
    }

    /**
     * The one-shot mode. Off in tests, which launch the job themselves, and in scheduled mode: decided when it would
     * run, not by leaving the bean out, since the packaged jar's beans are fixed at build time (launch.PreparedContext).
     */
    @Bean
    RekapRunner rekapRunner(QuarterRun quarterRun, Clock clock,
            @Value("${rekap.jalankan-saat-mulai:true}") boolean runAtStart,
            @Value("${rekap.jadwal.aktif:false}") boolean scheduled) {
        return new RekapRunner(quarterRun, clock, runAtStart && !scheduled);
    }
}
