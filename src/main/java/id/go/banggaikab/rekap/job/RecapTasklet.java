package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.YearTargets;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.SubmissionHistory;
import id.go.banggaikab.rekap.report.LakipWriter;
import id.go.banggaikab.rekap.report.RecapWorkbookWriter;
import id.go.banggaikab.rekap.report.RunSummary;
import id.go.banggaikab.rekap.shared.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Gathers what the history holds for the year asked (and the year before, for growth and comparison), computes the
 * recap and writes the recap workbook and the LAKIP table. The catalogue's own notes are not added to the forms'
 * problems: the recap shows them apart, from the catalogue. Writers move finished files into place, so a crash here
 * leaves no half-written output.
 */
@Component
class RecapTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RecapTasklet.class);

    private final Catalogue catalogue;
    private final SubmissionHistory history;
    private final RunProblems runProblems;
    private final RekapProperties properties;
    private final Clock clock;
    private final YearTargets yearTargets;

    RecapTasklet(Catalogue catalogue, SubmissionHistory history, RunProblems runProblems, RekapProperties properties,
            Clock clock, YearTargets yearTargets) {
        this.yearTargets = yearTargets;
        this.catalogue = catalogue;
        this.history = history;
        this.runProblems = runProblems;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Periode periode = JobPeriode.of(context);
        List<Problem> problems = new ArrayList<>();
        Map<String, Target> targets = yearTargets.load(periode.tahun(), problems);
        problems.addAll(history.problems(periode.tahun()));
        problems.addAll(runProblems.all());
        RecapInput input = new RecapInput(catalogue, periode, targets, history.activeRows(periode.tahun() - 1,
                periode.tahun()), problems, history.submittedUnits(periode.tahun()), properties.contoh().aktif(),
                LocalDateTime.now(clock));
        RecapSettings defaults = RecapSettings.defaults();
        Recap recap = new RecapCalculator().calculate(input, new RecapSettings(properties.skor().batasCapaian(),
                defaults.scale(), defaults.redBelow(), defaults.greenAbove()));
        Path out = properties.outputDir();
        Files.createDirectories(out);
        Path recapFile = new RecapWorkbookWriter(properties.kertas()).write(recap, out);
        log.info("Rekap ditulis: {}", recapFile.toAbsolutePath());
        List<Path> lakips = new LakipWriter().write(recap, out);
        for (Path lakip : lakips) {
            log.info("Tabel LAKIP ditulis: {}", lakip.toAbsolutePath());
        }
        // The run's last words (QuarterRun prints them once the job is done): what a planner needs from this run.
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(QuarterRun.SUMMARY, String.join("\n", RunSummary.lines(recap, recapFile, lakips)));
        return RepeatStatus.FINISHED;
    }
}
