package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedMigrationTest {

    @TempDir
    Path data;

    @Test
    void shouldMigrateUnderTheRunLockAndReleaseItForTheRun() throws Exception {
        Flyway flyway = mock(Flyway.class);
        new LockedMigration(data.resolve("rekap.lock"), true, new DatabaseTrouble("jdbc:sqlite:x", "")).migrate(flyway);
        verify(flyway).migrate();
        Optional<RunLock> after = RunLock.tryAcquire(data.resolve("rekap.lock"));
        assertThat(after).as("the run can take the lock after the migration").isPresent();
        after.get().close();
    }

    @Test
    void shouldLeaveTheSchemaToTheRunThatHoldsTheLock() throws Exception {
        Flyway flyway = mock(Flyway.class);
        try (RunLock other = RunLock.tryAcquire(data.resolve("rekap.lock")).orElseThrow()) {
            new LockedMigration(data.resolve("rekap.lock"), true, new DatabaseTrouble("jdbc:sqlite:x", "")).migrate(flyway);
        }
        verify(flyway, never()).migrate();
    }
}
