package id.go.banggaikab.rekap.jadwal;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.job.ExitCodes;
import id.go.banggaikab.rekap.job.QuarterRun;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled recap of the last quarter that has ended, with one log line saying why it ran, how it ended and
 * when the next one is due. A failing run is logged and the process stays up for the next one: a scheduler that
 * dies on the first locked file or full disk would silently stop recapping.
 */
class ScheduledRecap {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRecap.class);

    private final QuarterRun quarterRun;
    private final RecapSchedule schedule;
    private final Clock clock;

    ScheduledRecap(QuarterRun quarterRun, RecapSchedule schedule, Clock clock) {
        this.quarterRun = quarterRun;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Runs the recap now; {@code reason} is for the log ("jadwal", "formulir baru di input"). */
    void run(String reason) {
        Periode periode = Periode.lastEnded(LocalDate.now(clock));
        int code;
        try {
            code = quarterRun.run(periode);
        } catch (Exception | Error e) {
            log.error("Rekap terjadwal gagal tak terduga", e);
            code = ExitCodes.UNEXPECTED;
        }
        String next = RecapSchedule.shown(schedule.nextAfter(clock.instant()));
        if (code == ExitCodes.OK) {
            log.info("Rekap terjadwal ({}) {}: berhasil. Jadwal berikutnya: {}.", reason, periode.longLabel(), next);
        } else {
            log.warn("Rekap terjadwal ({}) {}: gagal, kode {} (lihat baris sebelumnya). Jadwal tetap berjalan; "
                    + "berikutnya: {}.", reason, periode.longLabel(), code, next);
        }
    }
}
