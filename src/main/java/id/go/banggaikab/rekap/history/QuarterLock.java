package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.Periode;
import java.time.Instant;

/**
 * One entry of a quarter's lock history: a lock ({@code KUNCI}, with the recap it locked and that file's SHA-256) or
 * a reopen ({@code BUKA}, with its reason), who did it and when.
 */
public record QuarterLock(long id, Periode periode, Action action, Instant when, String user, String reason,
        String recap, String recapSha256) {

    /** What was done. */
    public enum Action {
        KUNCI("Dikunci"), BUKA("Dibuka kembali");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isLock() {
        return action == Action.KUNCI;
    }
}
