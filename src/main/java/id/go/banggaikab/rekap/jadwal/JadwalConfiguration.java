package id.go.banggaikab.rekap.jadwal;

import id.go.banggaikab.rekap.job.QuarterRun;
import id.go.banggaikab.rekap.job.RekapProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Wiring of scheduled mode ({@code rekap.jadwal.aktif=true}): the cron run and, when asked, the input folder watch.
 * Boot's scheduler has one thread, so the two never overlap; the run lock keeps them apart from a manual run.
 *
 * <p>Always part of the context, and registers its tasks only in scheduled mode: the packaged jar's beans are fixed
 * when it is built (launch.PreparedContext), so the mode is decided here at startup, not by a condition on the class.
 * In a one-shot run nothing of it is built beyond this class and an idle scheduler (no thread until a task).
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(JadwalProperties.class)
class JadwalConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(JadwalConfiguration.class);

    private final JadwalProperties properties;
    private final RekapProperties rekap;
    private final QuarterRun quarterRun;
    private final Clock clock;

    JadwalConfiguration(JadwalProperties properties, RekapProperties rekap, QuarterRun quarterRun, Clock clock) {
        this.properties = properties;
        this.rekap = rekap;
        this.quarterRun = quarterRun;
        this.clock = clock;
    }

    /** The cron as written, read only in scheduled mode (a one-shot run does not fail on a schedule it ignores). */
    private RecapSchedule recapSchedule() {
        return new RecapSchedule(properties.cron(), clock.getZone());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.aktif()) {
            return;
        }
        RecapSchedule schedule = recapSchedule();
        ScheduledRecap recap = new ScheduledRecap(quarterRun, schedule, clock);
        registrar.addTriggerTask(() -> recap.run("jadwal"), schedule.trigger());
        if (properties.pantauInput()) {
            registrar.addFixedDelayTask(new InputWatch(rekap.inputDir(), properties.jeda(), clock, recap),
                    properties.periksa());
        }
    }

    private static String shown(Duration d) {
        return d.toSecondsPart() == 0 && d.toMinutes() > 0 ? d.toMinutes() + " menit" : d.toSeconds() + " detik";
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!properties.aktif()) {
            return;
        }
        RecapSchedule schedule = recapSchedule();
        log.info("Mode terjadwal aktif: rekap berikutnya {} (rekap.jadwal.cron \"{}\", zona {}){}. Hentikan dengan "
                + "Ctrl+C.", RecapSchedule.shown(schedule.nextAfter(clock.instant())), schedule.cron(),
                schedule.zone(), properties.pantauInput() ? "; juga saat formulir baru di "
                        + rekap.inputDir().toAbsolutePath() + " tidak berubah lagi selama " + shown(properties.jeda()) : "");
    }
}
