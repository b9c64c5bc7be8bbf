package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.output.QuarterFolders;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.formulir.Receipt;
import id.go.banggaikab.rekap.formulir.ReceiptWriter;
import id.go.banggaikab.rekap.history.SubmissionHistory;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * A receipt (tanda terima) for every unit that sent a form for the quarter: what was received, what was accepted,
 * what was refused or corrected and why, and which indicators still have no value. The staff of a seksi read it
 * instead of the whole recap.
 */
@Component
class ReceiptsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReceiptsTasklet.class);

    private final Catalogue catalogue;
    private final SubmissionHistory history;
    private final RekapProperties properties;
    private final Clock clock;

    ReceiptsTasklet(Catalogue catalogue, SubmissionHistory history, RekapProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Periode periode = JobPeriode.of(context);
        Path dir = QuarterFolders.receipts(properties.outputDir(), periode);
        ReceiptWriter writer = new ReceiptWriter(catalogue, clock.getZone(), properties.contoh().aktif());
        for (Unit unit : catalogue.units()) {
            List<SourceFile> files = history.filesOf(unit.code(), periode);
            if (files.isEmpty()) {
                continue;
            }
            List<ReadRow> accepted = history.acceptedRowsOf(unit.code(), periode);
            Set<String> withValue = accepted.stream().filter(ReadRow::hasValue).map(ReadRow::indicatorCode)
                    .collect(Collectors.toSet());
            List<Indicator> missing = catalogue.indicatorsReportableBy(unit.code()).stream()
                    .filter(i -> !withValue.contains(i.code())).toList();
            Path file = writer.write(new Receipt(unit, periode, files, accepted, history.problemsOf(unit.code(), periode),
                    missing, LocalDateTime.now(clock)), dir);
            contribution.incrementWriteCount(1);
            log.info("Tanda terima ditulis: {}", file.toAbsolutePath());
        }
        return RepeatStatus.FINISHED;
    }
}
