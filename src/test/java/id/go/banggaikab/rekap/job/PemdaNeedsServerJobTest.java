package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.shared.Periode;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The Pemda's recap reads the offices' recaps from the server they share; an SQLite installation holds one office's
 * history only, so the Pemda's recap is refused there with what to set, as a configuration error (exit 2).
 */
class PemdaNeedsServerJobTest extends JobTestSupport {

    @Autowired
    @Qualifier("rekapPemdaJob")
    Job rekapPemdaJob;

    @Test
    void shouldRefuseThePemdaRecapOnSqliteSayingItNeedsTheSharedServer() throws Exception {
        assumeTrue(!TestDatabase.postgres(), "SQLite: dijalankan pada putaran SQLite");
        JobExecution run = launcher.launch(rekapPemdaJob, new Periode(2026, 3));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        Throwable failure = run.getAllFailureExceptions().get(0);
        assertThat(ExitCodes.of(failure)).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(failure.getMessage()).startsWith("Rekap Pemda membaca rekap setiap perangkat daerah dari server"
                + " PostgreSQL").contains("config/application.yml");
    }
}
