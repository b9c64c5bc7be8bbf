package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Repository;

/**
 * The figures a recap, a receipt or a blank form uses once locks are applied. A locked quarter's own recap uses
 * exactly what its lock kept; any other recap uses what is in force now, except that each quarter covered by a lock
 * (a lock of TW II covers TW I and TW II of its year: the year to date it reported) takes the figures of the lock
 * covering it, the lock of the earliest locked quarter from it on. Files read while a quarter is locked are kept in
 * the history as usual; what they would change is said ("ditahan"), and once the quarter is reopened they apply and
 * what changed since the lock is said.
 */
@Repository
public class LockedFigures {

    private final SubmissionHistory history;
    private final QuarterLocks locks;
    private final Clock clock;

    public LockedFigures(SubmissionHistory history, QuarterLocks locks, Clock clock) {
        this.history = history;
        this.locks = locks;
        this.clock = clock;
    }

    /** The rows the recap of {@code periode} rests on: its year to date and the year before. */
    public List<StoredRow> forRecap(Periode periode) {
        Optional<QuarterLock> own = locks.active(periode);
        if (own.isPresent()) {
            return locks.figures(own.get());
        }
        List<StoredRow> out = new ArrayList<>();
        for (int tahun = periode.tahun() - 1; tahun <= periode.tahun(); tahun++) {
            out.addAll(applied(tahun, history.activeRows(tahun, tahun), r -> true));
        }
        return out;
    }

    /**
     * The rows of whole earlier years, each quarter a lock covers taking the lock's figures, as a recap of that year
     * would use them: the LKjIP compares with years before the one {@link #forRecap} gives.
     */
    public List<StoredRow> ofYears(int fromTahun, int toTahun) {
        List<StoredRow> out = new ArrayList<>();
        for (int tahun = fromTahun; tahun <= toTahun; tahun++) {
            out.addAll(applied(tahun, history.activeRows(tahun, tahun), r -> true));
        }
        return out;
    }

    /**
     * The rows of the year up to {@code periode} with words or rupiah but no figure (the LKjIP's units' notes and
     * budget). A lock keeps figures only, so a quarter a lock covers gives none: what it locked does not move.
     */
    public List<StoredRow> unfigured(Periode periode) {
        java.util.Set<Periode> open = new java.util.HashSet<>();
        for (int tw = 1; tw <= periode.triwulan(); tw++) {
            Periode p = new Periode(periode.tahun(), tw);
            if (covering(p).isEmpty()) {
                open.add(p);
            }
        }
        return history.unfiguredRows(periode.tahun(), periode.tahun()).stream()
                .filter(r -> open.contains(r.periode())).toList();
    }

    /** The rows of one unit for one quarter: the lock's when the quarter is covered by one. */
    public List<StoredRow> ofUnit(String unitCode, Periode periode) {
        Optional<QuarterLock> covering = covering(periode);
        if (covering.isEmpty()) {
            return history.inForceRowsOf(unitCode, periode);
        }
        return locks.figures(covering.get()).stream().filter(r -> r.unitCode().equals(unitCode)
                && r.periode().equals(periode)).toList();
    }

    /** The lock covering a quarter, if one does: its own, or that of the next locked quarter of its year. */
    public Optional<QuarterLock> covering(Periode periode) {
        for (int tw = periode.triwulan(); tw <= 4; tw++) {
            Optional<QuarterLock> lock = locks.active(new Periode(periode.tahun(), tw));
            if (lock.isPresent()) {
                return lock;
            }
        }
        return Optional.empty();
    }

    /**
     * For the recap of {@code periode}: the values files read since a lock would change in the quarters of its year
     * up to it that a lock covers ("ditahan"), and for a reopened quarter what changed since its last lock.
     */
    public List<Problem> notes(Periode periode) {
        return notes(periode, null);
    }

    /** As {@link #notes(Periode)}, for one unit's receipt (all units when {@code unitCode} is null). */
    public List<Problem> notes(Periode periode, String unitCode) {
        List<Problem> out = new ArrayList<>();
        // The year's rows in force are asked only when a lock needs them: they are every row of the year, asked once
        // per receipt, and most quarters have no lock at all.
        Map<String, List<StoredRow>> live = null;
        for (int tw = 1; tw <= periode.triwulan(); tw++) {
            Periode q = new Periode(periode.tahun(), tw);
            Optional<QuarterLock> lock = covering(q);
            if (lock.isPresent()) {
                live = live != null ? live : live(periode, unitCode);
                out.addAll(held(lock.get(), q, live, unitCode));
            }
        }
        Optional<QuarterLock> latest = locks.latest(periode);
        Optional<QuarterLock> last = latest.isPresent() && !latest.get().isLock() ? locks.lastLock(periode)
                : Optional.empty();
        if (last.isPresent()) {
            live = live != null ? live : live(periode, unitCode);
            out.addAll(changedSince(last.get(), latest.get(), periode, live, unitCode));
        }
        return out;
    }

    /** The year's rows in force, of one unit or of all ({@code unitCode} null), by indicator and unit. */
    private Map<String, List<StoredRow>> live(Periode periode, String unitCode) {
        return byKey(history.activeRows(periode.tahun(), periode.tahun()).stream()
                .filter(r -> unitCode == null || r.unitCode().equals(unitCode)).toList());
    }

    private List<StoredRow> applied(int tahun, List<StoredRow> liveRows, Predicate<StoredRow> keep) {
        List<StoredRow> out = new ArrayList<>();
        Map<Integer, Optional<QuarterLock>> cover = new LinkedHashMap<>();
        for (int tw = 1; tw <= 4; tw++) {
            cover.put(tw, covering(new Periode(tahun, tw)));
        }
        for (StoredRow r : liveRows) {
            if (cover.get(r.periode().triwulan()).isEmpty() && keep.test(r)) {
                out.add(r);
            }
        }
        Set<Long> used = new LinkedHashSet<>();
        cover.forEach((tw, lock) -> lock.filter(l -> used.add(l.id())).ifPresent(l -> {
            for (StoredRow r : locks.figures(l)) {
                if (r.periode().tahun() == tahun && cover.get(r.periode().triwulan()).map(c -> c.id() == l.id())
                        .orElse(false) && keep.test(r)) {
                    out.add(r);
                }
            }
        }));
        return out;
    }

    /** A value of a quarter as its lock keeps it ({@code then}) and as the files say now ({@code now}). */
    private record Change(StoredRow then, StoredRow now) {
        StoredRow where() {
            return now != null ? now : then;
        }
    }

    /** Every value of quarter {@code q} (of one unit, or all) that differs between the lock and the files now. */
    private List<Change> changes(QuarterLock lock, Periode q, Map<String, List<StoredRow>> live, String unitCode) {
        Map<String, List<StoredRow>> locked = byKey(locks.figures(lock).stream().filter(r -> r.periode().equals(q))
                .filter(r -> unitCode == null || r.unitCode().equals(unitCode)).toList());
        List<Change> out = new ArrayList<>();
        for (String key : keys(locked, live, q)) {
            StoredRow then = first(locked.get(key));
            StoredRow now = first(live.get(key));
            if (!sameFigures(then, now)) {
                out.add(new Change(then, now));
            }
        }
        return out;
    }

    private List<Problem> held(QuarterLock lock, Periode q, Map<String, List<StoredRow>> live, String unitCode) {
        return changes(lock, q, live, unitCode).stream().map(c -> problem(Severity.DITAHAN, c, q.longLabel()
                + " sudah dikunci (" + when(lock) + " oleh " + lock.user() + "); perubahan ditahan: "
                + c.where().indicatorCode() + " " + unitOf(c.where()) + " akan menjadi " + shown(c.now())
                + " (terkunci " + shown(c.then()) + difference(c.then(), c.now())
                + "). Berlaku setelah kunci dibuka (buka-kunci)")).toList();
    }

    private List<Problem> changedSince(QuarterLock lock, QuarterLock reopen, Periode q,
            Map<String, List<StoredRow>> live, String unitCode) {
        return changes(lock, q, live, unitCode).stream().map(c -> problem(Severity.BERUBAH, c,
                c.where().indicatorCode() + " " + unitOf(c.where()) + " " + q.label() + ": " + shown(c.then())
                        + " saat dikunci (" + when(lock) + "), sekarang " + shown(c.now()) + difference(c.then(),
                                c.now()) + "; kunci dibuka " + when(reopen) + " oleh " + reopen.user() + " karena: "
                        + reopen.reason())).toList();
    }

    private static Problem problem(Severity severity, Change c, String reason) {
        StoredRow where = c.where();
        return new Problem(severity, where.fileName(), where.sheet(), where.cell(), shown(c.now()), reason);
    }

    private String when(QuarterLock lock) {
        return IndonesianTime.format(lock.when(), clock.getZone());
    }

    private static Set<String> keys(Map<String, List<StoredRow>> a, Map<String, List<StoredRow>> b, Periode q) {
        Set<String> out = new LinkedHashSet<>(a.keySet());
        b.keySet().stream().filter(k -> k.startsWith(q.triwulan() + "|")).forEach(out::add);
        return out;
    }

    private static Map<String, List<StoredRow>> byKey(List<StoredRow> rows) {
        Map<String, List<StoredRow>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.periode().triwulan() + "|" + r.unitCode() + "|" + r.indicatorCode(),
                k -> new ArrayList<>()).add(r));
        return out;
    }

    private static StoredRow first(List<StoredRow> rows) {
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }

    private static boolean sameFigures(StoredRow a, StoredRow b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.value(), b.value()) && Objects.equals(a.numerator(), b.numerator())
                && Objects.equals(a.denominator(), b.denominator()) && a.predikat() == b.predikat();
    }

    private static String unitOf(StoredRow r) {
        return "(" + r.unitCode() + ")";
    }

    private static String shown(StoredRow r) {
        if (r == null) {
            return "kosong";
        }
        if (r.predikat() != null) {
            return r.predikat().name();
        }
        if (r.numerator() != null || r.denominator() != null) {
            return figure(r.numerator()) + " / " + figure(r.denominator());
        }
        return figure(r.value());
    }

    /** ", selisih +1" between two plain figures; nothing when either is missing or they are grades. */
    private static String difference(StoredRow then, StoredRow now) {
        if (then == null || now == null || then.value() == null || now.value() == null) {
            return "";
        }
        double d = now.value() - then.value();
        return ", selisih " + (d > 0 ? "+" : "") + IndonesianNumbers.format(d);
    }

    private static String figure(Double v) {
        return v == null ? "-" : IndonesianNumbers.format(v);
    }
}
