package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.CatalogueMove;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code katalog-ke-excel} job: writes today's katalog.yml as config/katalog.xlsx, never over one that is there,
 * so an installation moves its catalogue to Excel in one step; from the next run on the workbook is the catalogue.
 */
@Component
@StepScope
class CatalogueToExcelTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CatalogueToExcelTasklet.class);

    private final RekapProperties properties;

    CatalogueToExcelTasklet(RekapProperties properties) {
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        CatalogueMove.Moved moved = CatalogueMove.toWorkbook(properties.configDir());
        contribution.incrementWriteCount(1);
        String summary = "Katalog ditulis sebagai " + moved.workbook().toAbsolutePath() + " (" + moved.units()
                + " unit, " + moved.positions() + " jabatan, " + moved.indicators() + " indikator, " + moved.rules()
                + " aturan register), dibaca ulang dan sama dengan katalog.yml. Mulai proses berikutnya katalog.xlsx"
                + " yang dipakai; katalog.yml diabaikan dan boleh dipindahkan.";
        log.info(summary);
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(QuarterRun.SUMMARY, summary);
        return RepeatStatus.FINISHED;
    }
}
