package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.YearTargets;
import id.go.banggaikab.rekap.output.QuarterFolders;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.formulir.FormTemplateWriter;
import id.go.banggaikab.rekap.formulir.PreviousValue;
import id.go.banggaikab.rekap.history.SubmissionHistory;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code formulir} job's one step: a blank form per reporting unit for the quarter, pre-filled with its
 * indicators and targets, and with last quarter's figures beside the empty cells where the history has them.
 */
@Component
class FormsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FormsTasklet.class);

    private final Catalogue catalogue;
    private final SubmissionHistory history;
    private final YearTargets yearTargets;
    private final RekapProperties properties;

    FormsTasklet(Catalogue catalogue, SubmissionHistory history, YearTargets yearTargets, RekapProperties properties) {
        this.catalogue = catalogue;
        this.history = history;
        this.yearTargets = yearTargets;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Periode periode = JobPeriode.of(context);
        List<Problem> problems = new ArrayList<>();
        Map<String, Target> targets = yearTargets.load(periode.tahun(), problems);
        Path dir = QuarterFolders.forms(properties.outputDir(), periode);
        Periode previous = periode.previous();
        FormTemplateWriter writer = new FormTemplateWriter(catalogue, properties.contoh().aktif());
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
        for (ReadRow r : history.acceptedRowsOf(unit.code(), previous)) {
            out.put(r.indicatorCode(), new PreviousValue(r.value(), r.numerator(), r.denominator(),
                    r.predikat() == null ? null : r.predikat().name()));
        }
        return out;
    }
}
