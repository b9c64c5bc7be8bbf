package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.banggaikab.rekap.output.OutputFailure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** A step that failed never says "selesai" (the console once said the receipts were written when 3 of 11 were). */
class StepProgressTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(StepProgress.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(lines);
    }

    private static StepExecution step(String name) {
        return new StepExecution(1L, name, new JobExecution(1L, new JobInstance(1L, "rekap"), new JobParameters()));
    }

    @Test
    void aFailedStepSaysItFailed() {
        StepExecution receipts = step("writeReceipts");
        receipts.setStatus(BatchStatus.FAILED);
        receipts.setExitStatus(ExitStatus.FAILED);
        receipts.addFailureException(OutputFailure.of(Path.of("/tmp/keluaran/a.xlsx"), new java.io.IOException(
                "No space left on device")));

        new StepProgress().afterStep(receipts);

        assertThat(messages()).containsExactly("Langkah menulis tanda terima gagal (0 detik)");
    }

    @Test
    void aCompletedStepSaysSelesai() {
        StepExecution recap = step("writeRecap");
        recap.setStatus(BatchStatus.COMPLETED);
        recap.setExitStatus(ExitStatus.COMPLETED);

        new StepProgress().afterStep(recap);

        assertThat(messages()).containsExactly("Langkah menulis rekap selesai (0 detik)");
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
