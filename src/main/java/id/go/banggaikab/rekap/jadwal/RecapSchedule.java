package id.go.banggaikab.rekap.jadwal;

import id.go.banggaikab.rekap.shared.BadSetting;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The cron schedule in the dinas's time zone. Built once at startup so a mistyped expression stops the process with
 * a message that says what was expected, instead of a scheduler that silently never fires.
 */
final class RecapSchedule {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm z",
            Locale.forLanguageTag("id-ID"));

    private final String cron;
    private final ZoneId zone;
    private final CronExpression expression;

    RecapSchedule(String cron, ZoneId zone) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new BadSetting("rekap.jadwal.cron=\"" + cron + "\" tidak dikenal; tulis enam bagian "
                    + "(detik menit jam tanggal bulan hari), mis. \"0 0 7 10 1,4,7,10 *\"");
        }
        this.cron = cron;
        this.zone = zone;
        this.expression = CronExpression.parse(cron);
    }

    /** The trigger the scheduler uses: the same expression and zone as {@link #nextAfter}. */
    Trigger trigger() {
        return new CronTrigger(cron, zone);
    }

    ZonedDateTime nextAfter(Instant instant) {
        return expression.next(instant.atZone(zone));
    }

    /** "Minggu, 10 Januari 2027 07.00 WITA", for the log lines people read. */
    static String shown(ZonedDateTime time) {
        return SHOWN.format(time);
    }

    String cron() {
        return cron;
    }

    ZoneId zone() {
        return zone;
    }
}
