package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.contoh.SampleRegisters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code rekap} job's first step: the catalogue, the targets of the year, the Renstra and the year's budget are
 * read as their files say now (a broken file stops the run here, before any form is read, with its findings; a
 * missing one is written pre-filled), the catalogue's own notes are shown, and on a fresh machine the sample forms
 * and registers are written.
 */
@Component
@StepScope
class PrepareTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PrepareTasklet.class);

    private final RunInputs run;
    private final RekapProperties properties;
    private final int tahun;

    PrepareTasklet(RunInputs run, RekapProperties properties, @Value("#{jobParameters['tahun']}") Long tahun) {
        this.run = run;
        this.properties = properties;
        this.tahun = tahun.intValue();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Catalogue catalogue = run.catalogue();
        catalogue.warnings().forEach(w -> log.warn("Katalog: {}", w));
        run.targets(tahun);
        run.renstra(tahun);
        run.budget(tahun);
        if (properties.contoh().aktif()) {
            int written = new SampleForms(catalogue, true).writeSampleYear(properties.inputDir()).size();
            int registers = new SampleRegisters().write(properties.registers()).size();
            log.warn("Folder input kosong: memakai DATA CONTOH dari {} ({}; {}), database dan hasil terpisah dari"
                    + " data resmi.", properties.inputDir(), written == 0 ? "formulir contoh sudah ada"
                            : written + " formulir contoh dibuat", registers == 0 ? "register contoh sudah ada"
                                    : "register contoh dibuat di " + properties.registers());
        }
        return RepeatStatus.FINISHED;
    }
}
