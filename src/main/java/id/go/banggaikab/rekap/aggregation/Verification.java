package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.shared.Periode;
import java.util.List;

/**
 * Whether the recap's quarter has been verified and locked (its figures are final: the ones the Kepala Dinas
 * signed), and every lock and reopen so far, for the recap's Ringkasan and its Riwayat Kunci sheet.
 */
public record Verification(Entry lock, List<Entry> history) {

    /**
     * One lock or reopen: the quarter, what was done, when (as the dinas reads it: "5 Juli 2026 pukul 10.00 WITA"),
     * by whom, why, and the recap a lock locked with its SHA-256.
     */
    public record Entry(Periode periode, boolean lock, String when, String user, String reason, String recap,
            String recapSha256) {
    }

    /** No lock: a provisional recap with no lock history. */
    public static final Verification NONE = new Verification(null, List.of());

    public Verification {
        history = List.copyOf(history);
    }

    /** Whether the quarter is locked: its recap is final. */
    public boolean isFinal() {
        return lock != null;
    }
}
