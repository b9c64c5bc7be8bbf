package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.output.QuarterFolders;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.formulir.Receipt;
import id.go.banggaikab.rekap.formulir.ReceiptWriter;
import id.go.banggaikab.rekap.history.CountedElsewhere;
import id.go.banggaikab.rekap.history.SubmissionHistory;
import id.go.banggaikab.rekap.history.LockedFigures;
import id.go.banggaikab.rekap.history.SentFile;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.register.CountedFigure;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
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
 * A receipt (tanda terima) for every unit that sent a form for the quarter: what was received, what was accepted,
 * what was refused or corrected and why, which indicators still have no value, and the capaian of its indicators
 * from the recap the run makes (computed once, so the receipt and the recap show the same figures). The staff of a seksi read it
 * instead of the whole recap.
 */
@Component
@StepScope
class ReceiptsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReceiptsTasklet.class);

    private final RunInputs run;
    private final SubmissionHistory history;
    private final CountedElsewhere elsewhere;
    private final LockedFigures figures;
    private final RegisterFigures registers;
    private final RecapMaker maker;
    private final RekapProperties properties;
    private final Clock clock;
    private final Executor writers;
    private final Periode periode;

    ReceiptsTasklet(RunInputs run, SubmissionHistory history, CountedElsewhere elsewhere, LockedFigures figures,
            RegisterFigures registers, RecapMaker maker, RekapProperties properties, Clock clock,
            @org.springframework.beans.factory.annotation.Qualifier("formReaders")
            Executor formReaders,
            @Value("#{jobParameters['tahun']}") Long tahun, @Value("#{jobParameters['triwulan']}") Long triwulan) {
        this.run = run;
        this.history = history;
        this.elsewhere = elsewhere;
        this.figures = figures;
        this.registers = registers;
        this.maker = maker;
        this.properties = properties;
        this.clock = clock;
        this.writers = formReaders;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Catalogue catalogue = run.catalogue(periode.tahun());
        Path dir = QuarterFolders.receipts(properties.outputDir(), periode);
        ReceiptWriter writer = new ReceiptWriter(catalogue, clock.getZone(), properties.contoh().aktif());
        // A locked quarter's receipts tell what the forms would change; its counts stay as the lock kept them.
        RegisterFigures.Applied counted = figures.covering(periode).isPresent() ? null
                : registers.ofRun(run, catalogue, periode);
        Recap recap = maker.make(run, periode).recap();
        // The history is asked on this thread (it holds the step's connection); each workbook is written on another
        // core as soon as its receipt is made, while this thread asks for the next unit's.
        List<CompletableFuture<Path>> written = new ArrayList<>();
        try {
            for (Unit unit : catalogue.units()) {
                receipt(unit, catalogue, counted, recap).ifPresent(r -> written.add(
                        CompletableFuture.supplyAsync(() -> writer.write(r, dir), writers)));
            }
        } catch (RuntimeException | Error e) {
            awaitAll(written); // none is left being written when the step fails
            throw e;
        }
        // Every receipt is waited for, so none is still being written when the step ends; the first that could not
        // be written (a full disk) fails the step, after the others were written or had failed too.
        RuntimeException first = null;
        for (var file : written) {
            try {
                log.info("Tanda terima ditulis: {}", file.join().toAbsolutePath());
                contribution.incrementWriteCount(1);
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                first = first == null ? cause : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return RepeatStatus.FINISHED;
    }

    /** The receipt of one unit, asked of the history on this thread; empty when the unit sent nothing. */
    private Optional<Receipt> receipt(Unit unit, Catalogue catalogue, RegisterFigures.Applied counted,
            Recap recap) {
        List<SentFile> files = history.filesOf(unit.code(), periode);
        List<CountedElsewhere.File> named = elsewhere.of(unit.code(), periode);
        if (files.isEmpty() && named.isEmpty()) {
            return Optional.empty();
        }
        List<StoredRow> accepted = figures.ofUnit(unit.code(), periode);
        Set<String> withValue = accepted.stream().filter(StoredRow::hasValue).map(StoredRow::indicatorCode)
                .collect(Collectors.toSet());
        List<Problem> problems = problems(unit.code());
        List<Indicator> missing = new ArrayList<>();
        for (Indicator i : catalogue.indicatorsReportableBy(unit.code())) {
            List<CountedFigure> count = counted == null ? List.of() : counted.figures().stream()
                    .filter(f -> f.rule().indicatorCode().equals(i.code()) && f.triwulan() == periode.triwulan())
                    .toList();
            if (!withValue.contains(i.code()) && givenByRegisters(i, count)) {
                problems.add(fromRegisters(i, count));
            } else if (!withValue.contains(i.code())) {
                missing.add(i);
            }
        }
        if (counted != null) {
            Set<String> sentPaths = files.stream().map(f -> f.file().path()).collect(Collectors.toSet());
            counted.problems().stream().filter(p -> sentPaths.contains(p.file())).forEach(problems::add);
        }
        List<IndicatorResult> measured = catalogue.indicatorsReportableBy(unit.code()).stream()
                .map(i -> recap.indicator(i.code())).flatMap(Optional::stream).toList();
        List<Receipt.Sent> sent = new ArrayList<>(FileUse.sent(files, accepted,
                history.replacedOf(unit.code(), periode)));
        sent.addAll(FileUse.countedElsewhere(named, catalogue, periode));
        return Optional.of(new Receipt(unit, periode, sent, accepted, problems, missing,
                LocalDateTime.now(clock), new Receipt.Capaian(measured, recap.targets().example())));
    }

    /** Waits for every receipt already handed to a writer, whatever became of it. */
    private static void awaitAll(List<CompletableFuture<Path>> written) {
        for (var file : written) {
            try {
                file.join();
            } catch (CompletionException | CancellationException e) {
                // the step fails for the first error already; this one is in the writer's own failure
            }
        }
    }

    /** The unit's problems, with what files read while the quarter is locked would change. */
    private List<Problem> problems(String unitCode) {
        List<Problem> out = new ArrayList<>(history.problemsOf(unitCode,
                periode));
        out.addAll(figures.notes(periode, unitCode));
        return out;
    }

    /** Whether the registers give the indicator whole for the quarter: its value, or both parts of a ratio. */
    private static boolean givenByRegisters(Indicator i, List<CountedFigure> count) {
        Set<RegisterRule.Slot> slots = count.stream().map(f -> f.rule().slot()).collect(Collectors.toSet());
        return slots.contains(RegisterRule.Slot.NILAI) || i.isRatio() && slots.contains(RegisterRule.Slot.PEMBILANG)
                && slots.contains(RegisterRule.Slot.PENYEBUT);
    }

    /**
     * The line that tells a unit an indicator it did not fill is counted from a register, so the receipt does not
     * list it as not reported: which parts, from which register, and the figures.
     */
    private Problem fromRegisters(Indicator i, List<CountedFigure> count) {
        List<CountedFigure> sorted = count.stream().sorted(Comparator.comparing(f -> f.rule().slot()))
                .toList();
        String parts = sorted.stream().map(f -> f.rule().slot().word()).distinct()
                .collect(Collectors.joining(" dan "));
        String figuresText = sorted.stream().map(f -> IndonesianNumbers.format(f.value()))
                .collect(Collectors.joining(" / "));
        String kinds = sorted.stream().map(f -> f.rule().kind().label()).distinct()
                .collect(Collectors.joining(" dan "));
        String sources = sorted.stream().map(CountedFigure::source).distinct().collect(Collectors.joining(", "));
        return Problem.warning(sources, sorted.get(0).sheet(), null, figuresText,
                i.code() + " " + periode.label() + ": " + parts + " dihitung dari " + kinds + " (" + figuresText
                        + "), tidak dari formulir; indikator ini tidak perlu diisi. Baris yang dihitung ada di lembar"
                        + " Rincian Register pada rekap");
    }

}
