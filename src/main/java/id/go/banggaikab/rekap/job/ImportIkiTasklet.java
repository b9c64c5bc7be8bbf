package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.iki.IkiImport;
import id.go.banggaikab.rekap.shared.BadSetting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The {@code impor-iki dokumen=<file.docx>} job: reads an IKI document and writes into the output folder the
 * catalogue it proposes ("Usulan Katalog …xlsx") with what changed against the catalogue in force. Nothing in
 * config/ is changed: the staff review the proposal and save it as config/katalog.xlsx themselves. The year it applies
 * from: {@code berlaku=} or {@code tahun=} when given, else the year the document's title names, else this year. A
 * new installation without a catalogue, or {@code katalog=baru} (another perangkat daerah starting from the example
 * catalogue shipped), gets a new catalogue built from the document alone.
 */
@Component
@StepScope
class ImportIkiTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ImportIkiTasklet.class);

    private final RekapProperties properties;
    private final Clock clock;
    private final String document;
    private final Integer year;
    private final boolean fresh;

    ImportIkiTasklet(RekapProperties properties, Clock clock, @Value("#{jobParameters['dokumen']}") String document,
            @Value("#{jobParameters['berlaku']}") String berlaku, @Value("#{jobParameters['katalog']}") String katalog,
            ObjectProvider<ApplicationArguments> arguments) {
        this.properties = properties;
        this.clock = clock;
        this.document = document;
        this.year = year(berlaku, arguments.getIfAvailable());
        this.fresh = fresh(katalog);
    }

    /** {@code katalog=baru}: a new catalogue from the document, not compared with the one in config/. */
    private static boolean fresh(String katalog) {
        if (katalog == null || katalog.isBlank()) {
            return false;
        }
        if (!katalog.strip().equalsIgnoreCase("baru")) {
            throw new BadSetting("katalog=" + katalog + " tidak dikenal. Tulis katalog=baru untuk memulai katalog baru"
                    + " dari dokumen, atau tanpa katalog= untuk membandingkan dengan katalog yang berlaku");
        }
        return true;
    }

    private static Integer year(String berlaku, ApplicationArguments arguments) {
        String asked = berlaku;
        if (asked == null && arguments != null) {
            asked = arguments.getNonOptionArgs().stream().filter(a -> a.toLowerCase().startsWith("tahun="))
                    .map(a -> a.substring(a.indexOf('=') + 1)).findFirst().orElse(null);
        }
        if (asked == null || asked.isBlank()) {
            return null;
        }
        if (!asked.strip().matches("20\\d{2}")) {
            throw new BadSetting("berlaku=" + asked + " tidak dikenal; tulis tahun mulai berlaku, mis. berlaku=2027");
        }
        return Integer.parseInt(asked.strip());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        if (document == null || document.isBlank()) {
            throw new BadSetting("Dokumen IKI belum disebut; tulis mis. --spring.batch.job.name=impor-iki"
                    + " dokumen=\"IKI 2027.docx\"");
        }
        Files.createDirectories(properties.outputDir());
        Path config = properties.configDir();
        Catalogue inForce = fresh || !CatalogueLoader.exists(config) ? null : CatalogueLoader.loadFrom(config);
        IkiImport.Result result = IkiImport.run(Path.of(document), inForce, Abbreviations.load(config.resolve(
                Abbreviations.FILE)), year, properties.outputDir(), LocalDateTime.now(clock));
        contribution.incrementWriteCount(1);
        log.info(result.summary());
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(QuarterRun.SUMMARY, result.summary());
        return RepeatStatus.FINISHED;
    }
}
