package id.go.banggaikab.rekap.job;

import java.io.IOException;
import id.go.banggaikab.rekap.shared.DiskCause;
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
    private final DatabaseTrouble trouble;

    LockedMigration(Path lockFile, boolean sqlite, DatabaseTrouble trouble) {
        this(lockFile, sqlite, Flyway::migrate, trouble);
    }

    LockedMigration(Path lockFile, boolean sqlite, Consumer<Flyway> migration, DatabaseTrouble trouble) {
        this.lockFile = lockFile;
        this.sqlite = sqlite;
        this.migration = migration;
        this.trouble = trouble;
    }

    /** Migrates; a database that is read-only, locked, full or out of reach is said so in plain words. */
    @Override
    public void migrate(Flyway flyway) {
        try {
            lockedMigrate(flyway);
        } catch (RuntimeException e) {
            throw trouble.explain(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    private void lockedMigrate(Flyway flyway) {
        if (!sqlite) {
            migration.accept(flyway); // on a database server Flyway takes the server's own lock while it migrates
            return;
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(lockFile);
        } catch (IOException e) {
            DiskCause cause = DiskCause.of(e, lockFile.getParent());
            throw new MachineFailure(ExitCodes.DATABASE_UNUSABLE, "Berkas kunci proses " + lockFile.toAbsolutePath()
                    + " tidak dapat dibuat: " + cause.words() + ". Yang perlu dilakukan: " + cause.action()
                    + " (folder rekap.data-dir), lalu jalankan rekap lagi.", e);
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
