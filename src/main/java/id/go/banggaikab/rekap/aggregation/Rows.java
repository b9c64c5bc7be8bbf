package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import java.time.Instant;

/** Small rules about stored rows shared by the value classes. */
final class Rows {

    private Rows() {
    }

    /** Whether {@code a} comes from a file saved later than {@code b}; unknown times count as oldest. */
    static boolean newer(StoredRow a, StoredRow b) {
        return isAfter(a.fileModified(), b.fileModified());
    }

    static boolean isAfter(Instant a, Instant b) {
        if (a == null) {
            return false;
        }
        return b == null || a.isAfter(b);
    }
}
