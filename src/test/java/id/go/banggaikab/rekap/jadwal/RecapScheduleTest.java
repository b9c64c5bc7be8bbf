package id.go.banggaikab.rekap.jadwal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The default schedule fires ten days after each quarter ends, at 07:00 WITA, whatever zone the server runs in. */
class RecapScheduleTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    final RecapSchedule schedule = new RecapSchedule("0 0 7 10 1,4,7,10 *", WITA);

    @Test
    void shouldRunNextOnTheTenthOfJanuaryAtSevenWitaFromLateNovember() {
        Instant now = OffsetDateTime.of(2026, 11, 27, 18, 0, 0, 0, ZoneOffset.UTC).toInstant();
        assertThat(schedule.nextAfter(now).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2027-01-10T07:00+08:00"));
    }

    @Test
    void shouldGiveTheSchedulerTheSameNextRunAsTheLogSays() {
        Instant now = OffsetDateTime.parse("2026-11-27T09:00+08:00").toInstant();
        SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(now, ZoneOffset.UTC));
        assertThat(schedule.trigger().nextExecution(context))
                .isEqualTo(OffsetDateTime.parse("2027-01-10T07:00+08:00").toInstant());
    }

    @Test
    void shouldRunLaterTheSameDayWhenStartedOnTheTenthBeforeSeven() {
        Instant now = OffsetDateTime.parse("2026-04-10T06:59+08:00").toInstant();
        assertThat(schedule.nextAfter(now).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-04-10T07:00+08:00"));
        assertThat(schedule.nextAfter(now.plusSeconds(60)).toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-07-10T07:00+08:00"));
    }

    @Test
    void shouldShowTheNextRunInIndonesian() {
        assertThat(RecapSchedule.shown(schedule.nextAfter(Instant.parse("2026-11-27T00:00:00Z"))))
                .startsWith("Minggu, 10 Januari 2027 07.00").contains("WITA");
    }

    @Test
    void shouldRefuseAMistypedCronSayingWhatIsExpected() {
        assertThatThrownBy(() -> new RecapSchedule("0 7 10 1,4,7,10 *", WITA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rekap.jadwal.cron").hasMessageContaining("enam bagian");
    }
}
