package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One run at a time per history: a double-click, the scheduler firing during a manual run, or a second PC's
 * scheduler on a shared database server must stop at once rather than import the same forms twice. On SQLite the
 * lock is a file next to the database; on PostgreSQL it is an advisory lock of the database (and schema), held on a
 * connection of its own for the whole run. Either way the holder's death releases it, so a killed run never leaves a
 * stale lock behind.
 */
final class RunLock implements AutoCloseable {

    private final AutoCloseable held;

    private RunLock(AutoCloseable held) {
        this.held = held;
    }

    /** The file lock of an SQLite installation. */
    static Optional<RunLock> tryAcquire(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new RunLock(() -> {
                    lock.release();
                    channel.close();
                }));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process: treat as taken
        }
        channel.close();
        return Optional.empty();
    }

    /** The advisory lock of a PostgreSQL installation, keyed by its schema so several dinas can share a database. */
    static Optional<RunLock> tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_lock(hashtext('rekap-kinerja:' || COALESCE(current_schema(), '')))");
                ResultSet rs = lock.executeQuery()) {
            if (rs.next() && rs.getBoolean(1)) {
                return Optional.of(new RunLock(connection)); // closing the session releases the lock
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    @Override
    public void close() throws Exception {
        held.close();
    }
}
