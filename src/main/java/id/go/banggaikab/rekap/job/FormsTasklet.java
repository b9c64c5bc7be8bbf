package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.output.QuarterFolders;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.formulir.FormTemplateWriter;
import id.go.banggaikab.rekap.formulir.PreviousValue;
import id.go.banggaikab.rekap.history.LockedFigures;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.history.StoredRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The {@code formulir} job's one step: a blank form per reporting unit for the quarter, pre-filled with its
 * indicators and targets, and with last quarter's figures beside the empty cells where the history has them.
 */
@Component
@StepScope
class FormsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FormsTasklet.class);

    private final RunInputs run;
    private final LockedFigures figures;
    private final RekapProperties properties;
    private final Periode periode;

    FormsTasklet(RunInputs run, LockedFigures figures, RekapProperties properties,
            @Value("#{jobParameters['tahun']}") Long tahun, @Value("#{jobParameters['triwulan']}") Long triwulan) {
        this.run = run;
        this.figures = figures;
        this.properties = properties;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Catalogue catalogue = run.catalogue(periode.tahun());
        Map<String, Target> targets = run.targets(periode.tahun()).byCode();
        Path dir = QuarterFolders.forms(properties.outputDir(), periode);
        Periode previous = periode.previous();
        FormTemplateWriter writer = new FormTemplateWriter(catalogue, properties.contoh().aktif(),
                properties.kertas());
        for (Unit unit : catalogue.reportingUnits()) {
            Path file = writer.write(unit, periode, targets, lastQuarter(unit, previous), dir);
            contribution.incrementWriteCount(1);
            log.info("Formulir ditulis: {}", file.toAbsolutePath());
        }
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putString(
                QuarterRun.SUMMARY, catalogue.reportingUnits().size() + " formulir kosong " + periode.longLabel()
                        + (properties.contoh().aktif() ? " (DATA CONTOH)" : "") + " di " + dir.toAbsolutePath());
        return RepeatStatus.FINISHED;
    }

    private Map<String, PreviousValue> lastQuarter(Unit unit, Periode previous) {
        Map<String, PreviousValue> out = new HashMap<>();
        for (StoredRow r : figures.ofUnit(unit.code(), previous)) {
            out.put(r.indicatorCode(), new PreviousValue(r.value(), r.numerator(), r.denominator(),
                    r.predikat() == null ? null : r.predikat().name()));
        }
        return out;
    }
}
