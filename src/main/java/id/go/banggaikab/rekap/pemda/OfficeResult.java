package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.history.QuarterLock;
import java.util.Locale;

/**
 * One perangkat daerah in the Pemda's recap: how it stands for the quarter, its latest recap of the year (null when
 * none), and the quarter's latest lock or reopen (null when never locked). Its score, units and basis count only when
 * it {@link Standing#DIREKAP recapped the quarter itself}; an older quarter's are never shown as this one's.
 */
public record OfficeResult(PemdaConfig.Office office, Standing standing, PublishedRecap latest, QuarterLock lock) {

    /** Where an office stands for the Pemda's quarter. */
    public enum Standing {
        /** It recapped the quarter. */
        DIREKAP,
        /** Its latest recap of the year is of an earlier quarter. */
        REKAP_LAMA,
        /** It has made no recap of the year yet. */
        BELUM_MEREKAP,
        /** Its schema is not on the server: not installed yet. */
        BELUM_TERPASANG,
        /** Its schema has no published recaps yet (installed, but not run since it was upgraded). */
        BELUM_DIPERBARUI,
        /** The Pemda's role may not read its schema. */
        TIDAK_BOLEH
    }

    /** The recap of the quarter itself, or null. */
    public PublishedRecap current() {
        return standing == Standing.DIREKAP ? latest : null;
    }

    /**
     * Whether the office's catalogue names it so differently from pemda.yml (neither name holds the other) that the
     * code may point at another office's schema.
     */
    public boolean nameDiffers() {
        if (latest == null) {
            return false;
        }
        String own = latest.officeName().toLowerCase(Locale.ROOT);
        String listed = office.name().toLowerCase(Locale.ROOT);
        return !own.contains(listed) && !listed.contains(own);
    }

    /** Whether the quarter is locked at the office now. */
    public boolean locked() {
        return lock != null && lock.isLock();
    }
}
