package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.history.InForce.Candidate;
import id.go.banggaikab.rekap.history.InForce.Decision;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of the values newer files of the same unit and quarter gave again: replaced by another value (a line on
 * Masalah and the receipt, on the older file), withdrawn, or only repeated (no line: nothing changed).
 */
final class ReplacedValues {

    private final Clock clock;

    ReplacedValues(Clock clock) {
        this.clock = clock;
    }

    /**
     * One line per value replaced: on the replaced file, naming the file now in force and both save times. A newer
     * file that repeats the same value replaced nothing and gives no line: "Nilai diganti" for an equal value would
     * send someone looking for a change that is not there.
     */
    List<Problem> lines(List<Decision> decisions) {
        List<Problem> out = new ArrayList<>();
        for (Decision d : decisions) {
            Candidate winner = d.winner();
            for (Candidate old : d.replaced()) {
                StoredRow r = old.row();
                if (repeated(winner, old)) {
                    continue; // the newer file says the same: nothing was replaced, nothing to look into
                }
                String what = d.key().indicatorCode() + " " + d.key().periode().label();
                String newer = "berkas \"" + winner.row().fileName() + "\"";
                String times = " (" + when(winner) + ", sedangkan berkas ini " + when(old) + ")";
                String by = winner.withdrawn() ? "dibatalkan oleh " + newer + " yang disimpan lebih baru" + times
                        : "diganti oleh " + newer + " (nilai " + shown(winner.row()) + ") yang disimpan lebih baru"
                                + times;
                out.add(new Problem(Severity.DIGANTI, r.fileName(), r.sheet(), r.cell(), shown(r), what + ": nilai "
                        + shown(r) + " di berkas ini " + by + "; keduanya tetap tersimpan di riwayat"));
            }
        }
        return out;
    }

    /** Per file, how many of its figures newer files replaced with another value ([0]) and how many they repeated ([1]). */
    Map<String, int[]> countsByFile(List<Decision> decisions) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (Decision d : decisions) {
            for (Candidate old : d.replaced()) {
                out.computeIfAbsent(old.row().fileName(), f -> new int[2])[repeated(d.winner(), old) ? 1 : 0]++;
            }
        }
        return out;
    }

    private static boolean repeated(Candidate winner, Candidate old) {
        return !winner.withdrawn() && !old.withdrawn() && shown(winner.row()).equals(shown(old.row()));
    }

    private String when(Candidate c) {
        return IndonesianTime.format(Instant.ofEpochMilli(c.fileModifiedMs()), clock.getZone());
    }

    /** A reported figure as the user wrote it: "12", "30 / 60" for a ratio's parts, "A" for a grade. */
    private static String shown(StoredRow r) {
        if (r.predikat() != null) {
            return r.predikat().name();
        }
        if (r.numerator() != null || r.denominator() != null) {
            return figure(r.numerator()) + " / " + figure(r.denominator());
        }
        return figure(r.value());
    }

    private static String figure(Double v) {
        return v == null ? "-" : IndonesianNumbers.format(v);
    }
}
