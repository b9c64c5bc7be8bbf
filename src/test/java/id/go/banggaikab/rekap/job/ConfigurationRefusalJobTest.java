package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run refused for its configuration (a broken katalog.yml) stopped at the door: once the file is mended the next
 * run starts afresh, as a run of its own, instead of "continuing" the refused one as if it had crashed.
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
        Path katalog = WORK.resolve("config/katalog.yml");
        String good = Files.readString(katalog);
        Files.writeString(katalog, good.replaceFirst("satuan: \"%\"", "satuan: %"));
        assertThat(run()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(statuses()).as("nothing to carry on: abandoned").containsExactly("ABANDONED");

        Files.writeString(katalog, good);
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(statuses()).containsExactly("ABANDONED", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class))
                .as("a run of its own, not a restart of the refused one").isEqualTo(2);
    }

    private int run() throws Exception {
        return new QuarterRun(jobs, "rekap", launcher, properties, runLocks).run(TW1);
    }

    private List<String> statuses() {
        return jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class);
    }
}
