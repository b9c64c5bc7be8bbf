package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Takes the run lock that fits the database the history is in: the file lock for SQLite, else the server's. */
class RunLocks {

    private final RekapProperties properties;
    private final DataSource dataSource;
    private final boolean sqlite;
    private final String url;

    RunLocks(RekapProperties properties, DataSource dataSource, String url) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.sqlite = DatabaseSettings.isSqlite(url);
        this.url = url;
    }

    /** The database the history is in, as configured. */
    String url() {
        return url;
    }

    Optional<RunLock> tryAcquire() throws IOException, SQLException {
        return sqlite ? RunLock.tryAcquire(properties.lockFile()) : RunLock.tryAcquire(dataSource);
    }
}
