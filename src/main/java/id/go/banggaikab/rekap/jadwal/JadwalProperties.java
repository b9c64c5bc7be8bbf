package id.go.banggaikab.rekap.jadwal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code rekap.jadwal.*}. The default cron is 07:00 on the 10th of January, April, July and
 * October: ten days after a quarter ends, when the units' forms are due.
 *
 * @param aktif       scheduled mode on: the process stays up instead of running once
 * @param cron        Spring cron (second minute hour day month weekday), in {@code rekap.zona-waktu}
 * @param pantauInput also run when new or changed forms arrive in the input folder
 * @param jeda        how long the input folder must stay unchanged before such a run, so no half-copied file is read
 * @param periksa     how often the input folder is looked at (sizes and times; works on network shares)
 */
@ConfigurationProperties("rekap.jadwal")
public record JadwalProperties(@DefaultValue("false") boolean aktif, @DefaultValue("0 0 7 10 1,4,7,10 *") String cron,
        @DefaultValue("false") boolean pantauInput, @DefaultValue("PT2M") Duration jeda,
        @DefaultValue("PT10S") Duration periksa) {
}
