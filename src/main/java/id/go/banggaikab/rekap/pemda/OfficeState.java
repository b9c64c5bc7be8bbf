package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.history.OfficeRecaps.Access;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.shared.Periode;

/**
 * What the server holds of one office for the Pemda's recap of a quarter: whether its schema could be read, the
 * latest recap it made of the year up to that quarter, the quarter's latest lock or reopen, and its recap of TW IV of
 * the year before (for the LKjIP's comparison). Absent parts are null.
 */
public record OfficeState(PemdaConfig.Office office, Access access, PublishedRecap recap, QuarterLock lock,
        PublishedRecap lastYear) {

    /** An office whose schema could not be read. */
    public static OfficeState unreadable(PemdaConfig.Office office, Access access) {
        return new OfficeState(office, access, null, null, null);
    }

    /** Whether the office has recapped the quarter itself (not only an earlier one). */
    public boolean recapped(Periode periode) {
        return recap != null && recap.periode().equals(periode);
    }

    /** Whether the quarter is locked at the office now: its figures are the ones it locked. */
    public boolean locked() {
        return lock != null && lock.isLock();
    }
}
