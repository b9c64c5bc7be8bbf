package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Word document saved over config/renstra.xlsx stops the run as any broken config workbook does (exit code 2, the
 * run abandoned, nothing read), with the spreadsheet package's reason in Indonesian naming the file instead of POI's
 * English exception; once the workbook is back the next run completes.
 */
class UnreadableRenstraJobTest extends JobTestSupport {

    private static final Periode TW1 = new Periode(2026, 1);

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;

    @Test
    void aWordDocumentSavedAsRenstraXlsxStopsTheRunWithTheReasonInIndonesian() throws Exception {
        Path renstra = WORK.resolve("config/renstra.xlsx");
        byte[] good = Files.readAllBytes(renstra);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Renstra Dinas Koperasi dan UKM 2021-2026");
            doc.write(out);
            Files.write(renstra, out.toByteArray());
        }
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        lines.start();
        root.addAppender(lines);
        int refused;
        try {
            refused = run();
        } finally {
            root.detachAppender(lines);
            Files.write(renstra, good);
        }

        assertThat(refused).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("renstra.xlsx: Berkas ini dokumen Word, bukan buku kerja"
                        + " Excel."))
                .noneSatisfy(m -> assertThat(m).contains("wordprocessingml"));
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(statuses()).containsExactly("ABANDONED", "COMPLETED");
    }

    private int run() throws Exception {
        return new QuarterRun(jobs, "rekap", launcher, properties, runLocks).run(TW1);
    }

    private List<String> statuses() {
        return jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class);
    }
}
