package id.go.banggaikab.rekap.jadwal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TriggerTask;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * With {@code rekap.jadwal.aktif=true} the application starts, registers the cron run and the input watch, and
 * runs nothing: the one-shot runner stands aside (no job execution), no output, and no switch to sample data for an
 * empty input.
 */
@SpringBootTest(properties = {"rekap.jadwal.aktif=true", "rekap.jadwal.pantau-input=true"})
class ScheduledModeTest {

    static final Path WORK = scratch();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("rekap.input-dir", () -> WORK.resolve("input").toString());
        registry.add("rekap.output-dir", () -> WORK.resolve("output").toString());
        registry.add("rekap.data-dir", () -> WORK.resolve("data").toString());
        registry.add("logging.file.name", () -> WORK.resolve("logs/test.log").toString());
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + WORK.resolve("rekap.db")
                + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScheduledTaskHolder tasks;

    @Test
    void shouldRegisterTheScheduleAndRunNothingAtStartup() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
        assertThat(WORK.resolve("output")).doesNotExist();
        assertThat(context.getEnvironment().getProperty("rekap.contoh.aktif", Boolean.class, false)).isFalse();
        assertThat(tasks.getScheduledTasks()).extracting(ScheduledTask::getTask)
                .anySatisfy(t -> assertThat(t).isInstanceOfSatisfying(TriggerTask.class,
                        c -> assertThat(c.getTrigger()).isInstanceOfSatisfying(CronTrigger.class,
                                trigger -> assertThat(trigger.getExpression()).isEqualTo("0 0 7 10 1,4,7,10 *"))))
                .anySatisfy(t -> assertThat(t).isInstanceOf(FixedDelayTask.class));
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("rekap-jadwal");
            Files.createDirectories(dir.resolve("input"));
            // The context is cached until the test JVM ends, holding the database open: remove the folder then.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FileSystemUtils.deleteRecursively(dir);
                } catch (IOException ignored) {
                    // best effort: a folder left in the system temp folder does no harm
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
