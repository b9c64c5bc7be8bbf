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
 * A run refused for its configuration stopped at the door: once the file is mended the next run starts afresh, as a
 * run of its own, instead of "continuing" the refused one as if it had crashed. A broken katalog.yml, and a Word
 * document saved over config/renstra.xlsx, which says so in Indonesian with the spreadsheet package's reason, naming
 * the file, instead of POI's English exception. Each test looks only at the runs it started.
 */
class ConfigurationRefusalJobTest extends JobTestSupport {

    private static final Periode TW1 = new Periode(2026, 1);

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;

    @Test
    void aRunRefusedForItsCatalogueIsAbandonedAndTheNextStartsAfresh() throws Exception {
        int earlier = statuses().size();
        int instances = instances();
        Path katalog = WORK.resolve("config/katalog.yml");
        String good = Files.readString(katalog);
        Files.writeString(katalog, good.replaceFirst("satuan: \"%\"", "satuan: %"));
        assertThat(run()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(statuses().subList(earlier, statuses().size())).as("nothing to carry on: abandoned")
                .containsExactly("ABANDONED");

        Files.writeString(katalog, good);
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(statuses().subList(earlier, statuses().size())).containsExactly("ABANDONED", "COMPLETED");
        assertThat(instances()).as("a run of its own, not a restart of the refused one").isEqualTo(instances + 2);
    }

    @Test
    void aWordDocumentSavedAsRenstraXlsxStopsTheRunWithTheReasonInIndonesian() throws Exception {
        int earlier = statuses().size();
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
        assertThat(statuses().subList(earlier, statuses().size())).containsExactly("ABANDONED", "COMPLETED");
    }

    private int instances() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class);
    }

    private int run() throws Exception {
        return new QuarterRun(jobs, "rekap", launcher, properties, runLocks).run(TW1);
    }

    private List<String> statuses() {
        return jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class);
    }
}
