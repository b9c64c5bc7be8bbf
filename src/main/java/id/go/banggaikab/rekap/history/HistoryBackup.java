package id.go.banggaikab.rekap.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A consistent copy of an SQLite history: {@code VACUUM INTO} writes one snapshot of the database as a single file
 * (what a plain copy of {@code rekap.db} beside its {@code -wal} journal is not), then the copy is opened on its own
 * and checked: SQLite's integrity check, and every history table holding as many rows as the database it was taken
 * from (the caller holds the run lock, so nothing writes the history meanwhile). The job execution that takes the
 * backup is recorded in the copy as finished, so a history restored from it has no run "left running".
 */
public final class HistoryBackup {

    /** What the copy holds: the rows of each history table, and its size in bytes. */
    public record Copy(Path file, Map<String, Long> rows, long bytes) {
    }

    private final DataSource source;

    public HistoryBackup(DataSource source) {
        this.source = source;
    }

    /**
     * Writes the snapshot to {@code target} (which must not exist) and checks it; {@code jobExecutionId} is the run
     * taking it. On any failure the partial file is removed and the exception goes up.
     */
    public Copy writeTo(Path target, long jobExecutionId) throws SQLException, IOException {
        try {
            try (Connection c = source.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(true); // VACUUM cannot run inside a transaction
                try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, target.toAbsolutePath().toString());
                    vacuum.execute();
                } finally {
                    c.setAutoCommit(auto);
                }
            }
            Map<String, Long> expected = HistoryMove.counts(new JdbcTemplate(source));
            SingleConnectionDataSource copy = new SingleConnectionDataSource("jdbc:sqlite:" + target.toAbsolutePath(),
                    true);
            try {
                JdbcTemplate jdbc = new JdbcTemplate(copy);
                String integrity = jdbc.queryForObject("PRAGMA integrity_check", String.class);
                if (!"ok".equalsIgnoreCase(integrity)) {
                    throw new SQLException("pemeriksaan keutuhan salinan: " + integrity);
                }
                Map<String, Long> rows = HistoryMove.counts(jdbc);
                if (!rows.equals(expected)) {
                    throw new SQLException("jumlah baris salinan " + rows + " berbeda dengan riwayat " + expected);
                }
                jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'COMPLETED', EXIT_CODE = 'COMPLETED',"
                        + " END_TIME = START_TIME WHERE JOB_EXECUTION_ID = ?", jobExecutionId);
                jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'COMPLETED', EXIT_CODE = 'COMPLETED',"
                        + " END_TIME = START_TIME WHERE JOB_EXECUTION_ID = ?", jobExecutionId);
                return new Copy(target, rows, Files.size(target));
            } finally {
                copy.destroy();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-journal"));
            throw e;
        }
    }
}
