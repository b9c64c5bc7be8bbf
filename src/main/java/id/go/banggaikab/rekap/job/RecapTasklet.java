package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.report.RunSummary;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gathers what the history holds for the year asked (and the year before, for growth and comparison), computes the
 * recap and writes the recap workbook and the LAKIP table. The catalogue's own notes are not added to the forms'
 * problems: the recap shows them apart, from the catalogue. Writers move finished files into place, so a crash here
 * leaves no half-written output.
 */
@Component
@StepScope
class RecapTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RecapTasklet.class);

    private final RunInputs run;
    private final RecapMaker maker;
    private final RecapOutputs outputs;
    private final Periode periode;

    RecapTasklet(RunInputs run, RecapMaker maker, RecapOutputs outputs, @Value("#{jobParameters['tahun']}") Long tahun,
            @Value("#{jobParameters['triwulan']}") Long triwulan) {
        this.run = run;
        this.maker = maker;
        this.outputs = outputs;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        RecapOutputs.Written written = outputs.write(maker.make(run, periode));
        String verb = written.unchanged() ? "tidak berubah" : "ditulis";
        log.info("Rekap {}: {}", verb, written.recapFile().toAbsolutePath());
        for (Path lakip : written.lakipFiles()) {
            log.info("Tabel LAKIP {}: {}", verb, lakip.toAbsolutePath());
        }
        log.info("LKjIP {}: {}", verb, written.lkjipFile().toAbsolutePath());
        // The run's last words (QuarterRun prints them once the job is done): what a planner needs from this run.
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(QuarterRun.SUMMARY, String.join("\n", RunSummary.lines(written.recap(),
                        written.recapFile(), written.lakipFiles(), written.lkjipFile(), written.unchanged())));
        return RepeatStatus.FINISHED;
    }
}
