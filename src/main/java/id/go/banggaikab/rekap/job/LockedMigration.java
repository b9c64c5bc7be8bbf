package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the database only under the run lock. Two first runs started together on a new database would otherwise
 * both try to create the tables. When another run holds the lock it has already brought the schema up to date (it
 * took the lock to do so), so this process skips the migration and its runner then stops with "already running".
 * What migrating means is given ({@link OfficeMigration}: the office's schema, Flyway, the office's claim).
 */
class LockedMigration implements FlywayMigrationStrategy {

    private final Path lockFile;
    private final boolean sqlite;
    private final Consumer<Flyway> migration;

    LockedMigration(Path lockFile, boolean sqlite) {
        this(lockFile, sqlite, Flyway::migrate);
    }

    LockedMigration(Path lockFile, boolean sqlite, Consumer<Flyway> migration) {
        this.lockFile = lockFile;
        this.sqlite = sqlite;
        this.migration = migration;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (!sqlite) {
            migration.accept(flyway); // on a database server Flyway takes the server's own lock while it migrates
            return;
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(lockFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas kunci " + lockFile + " tidak dapat dibuat", e);
        }
        if (lock.isEmpty()) {
            return;
        }
        try (RunLock held = lock.get()) {
            migration.accept(flyway);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
