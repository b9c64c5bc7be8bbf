package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.history.LockedFigures;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.register.CountApplier;
import id.go.banggaikab.rekap.register.CountPlan;
import id.go.banggaikab.rekap.register.CountedFigure;
import id.go.banggaikab.rekap.register.RegisterCounter;
import id.go.banggaikab.rekap.register.RegisterDetail;
import id.go.banggaikab.rekap.register.RegisterFile;
import id.go.banggaikab.rekap.register.RegisterFolder;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The figures a recap counts from the registers, and where the registers are read from: the register folder for the
 * quarters no lock covers, and the registers a lock kept for the quarters it covers, so that a locked quarter's
 * counts stay as they were locked whatever has become of the folder since. A count without dates (koperasi aktif
 * now) is a snapshot: it is taken for the quarter recapped and for each locked quarter from its own lock, never for
 * an earlier quarter from today's list.
 */
@Component
class RegisterFigures {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegisterFigures.class);

    /** The name prefix registers are kept under with a lock. */
    static final String KEPT = "register/";

    /**
     * The rows the recap computes from, what the registers' reading found, the rows behind the counts, and the
     * counted figures themselves (which indicator part of which quarter a register gave).
     */
    record Applied(List<StoredRow> rows, List<Problem> problems, RegisterDetail detail, List<CountedFigure> figures) {

        static Applied typed(List<StoredRow> rows, List<Problem> problems) {
            return new Applied(rows, problems, RegisterDetail.NONE, List.of());
        }
    }

    private final RekapProperties properties;
    private final QuarterLocks locks;
    private final LockedFigures figures;

    RegisterFigures(RekapProperties properties, QuarterLocks locks, LockedFigures figures) {
        this.properties = properties;
        this.locks = locks;
        this.figures = figures;
    }

    /**
     * The counts for the run's recap or receipts of {@code periode}. With the run's own catalogue they are counted
     * once in a run ({@link RunInputs#registerCounts}), so that the receipts and the recap tell the same counts and a
     * register of a million rows is read once; with a lock's catalogue they are counted as asked.
     */
    Applied ofRun(RunInputs run, Catalogue catalogue, Periode periode) {
        return catalogue == run.catalogue(periode.tahun())
                ? run.registerCounts(periode, () -> apply(catalogue, periode, figures.forRecap(periode)))
                : apply(catalogue, periode, figures.forRecap(periode));
    }

    /**
     * The rows with the counts in place. A fault in the counting itself (a bug, not a bad register: those are
     * problems already) leaves the typed figures as they are and says so, so that no register can stop a recap.
     */
    Applied apply(Catalogue catalogue, Periode periode, List<StoredRow> typed) {
        if (catalogue.registerRules().isEmpty()) {
            return Applied.typed(typed, List.of());
        }
        try {
            return counted(catalogue, periode, typed);
        } catch (RuntimeException e) {
            log.error("Register tidak dapat dihitung", e);
            return Applied.typed(typed, List.of(Problem.warning("register", null, null, null, "Register tidak dapat"
                    + " dihitung karena kesalahan program (" + e.getClass().getSimpleName() + "); angka formulir"
                    + " dipakai. Laporkan ke pengembang dengan berkas log.")));
        }
    }

    private Applied counted(Catalogue catalogue, Periode periode, List<StoredRow> typed) {
        Map<Long, Set<Integer>> byLock = new LinkedHashMap<>();
        Map<Long, QuarterLock> lockById = new LinkedHashMap<>();
        Set<Integer> live = new LinkedHashSet<>();
        for (int tw = 1; tw <= periode.triwulan(); tw++) {
            Optional<QuarterLock> covering = figures.covering(new Periode(periode.tahun(), tw));
            if (covering.isPresent()) {
                byLock.computeIfAbsent(covering.get().id(), k -> new LinkedHashSet<>()).add(tw);
                lockById.put(covering.get().id(), covering.get());
            } else {
                live.add(tw);
            }
        }
        List<CountedFigure> counted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<RegisterDetail.Group> groups = new ArrayList<>();
        if (!live.isEmpty()) {
            Set<Integer> snapshot = live.contains(periode.triwulan()) ? Set.of(periode.triwulan()) : Set.of();
            RegisterCounter.Counts c = new RegisterCounter(new CountPlan(catalogue, periode, live, snapshot))
                    .count(RegisterFolder.list(properties.registers()));
            counted.addAll(c.figures());
            problems.addAll(c.problems());
            groups.addAll(c.detail().groups());
        }
        for (Map.Entry<Long, Set<Integer>> e : byLock.entrySet()) {
            QuarterLock lock = lockById.get(e.getKey());
            int own = lock.periode().triwulan();
            boolean recapped = lock.periode().equals(periode);
            Set<Integer> snapshot = lock.periode().tahun() == periode.tahun() && own <= periode.triwulan()
                    ? Set.of(own) : Set.of();
            RegisterCounter.Counts c = new RegisterCounter(new CountPlan(catalogue, periode, e.getValue(), snapshot))
                    .count(kept(lock));
            counted.addAll(c.figures());
            if (recapped) {
                problems.addAll(c.problems());
            }
            groups.addAll(c.detail().groups());
        }
        CountApplier.Applied applied = new CountApplier(catalogue, periode, counted).apply(typed);
        problems.addAll(applied.problems());
        return new Applied(applied.rows(), problems, RegisterCounter.listed(merged(groups, periode)), counted);
    }

    /** The registers a lock kept, as they were when it was taken. */
    private List<RegisterFile> kept(QuarterLock lock) {
        List<RegisterFile> out = new ArrayList<>();
        locks.inputs(lock).forEach((name, bytes) -> {
            if (name.startsWith(KEPT)) {
                out.add(RegisterFile.kept(name, bytes, lock.when()));
            }
        });
        return out;
    }

    /** Registers to keep with a lock, by the names they are kept under. */
    Map<String, byte[]> toKeep() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (RegisterFile f : RegisterFolder.list(properties.registers())) {
            if (f.refusal() != null) {
                continue; // a link out of the folder: nothing of it is kept
            }
            try {
                out.put(KEPT + f.name().substring(f.name().indexOf('/') + 1), f.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Register " + f.name() + " tidak dapat disimpan bersama kunci: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** One group per figure: a flow's quarters read from a lock and from the folder are one list. */
    private static List<RegisterDetail.Group> merged(List<RegisterDetail.Group> groups, Periode periode) {
        Map<List<String>, RegisterDetail.Group> out = new LinkedHashMap<>();
        for (RegisterDetail.Group g : groups) {
            RegisterDetail.Group before = out.get(g.parts());
            if (before == null) {
                out.put(g.parts(), g);
                continue;
            }
            List<RegisterDetail.Row> rows = new ArrayList<>(before.rows());
            rows.addAll(g.rows());
            rows.sort(java.util.Comparator.comparingInt(RegisterDetail.Row::triwulan));
            out.put(g.parts(), new RegisterDetail.Group(g.parts(), g.what(), g.rule(), "TW I s.d. "
                    + periode.label(), before.total() + g.total(), g.unit(), g.sums(), rows,
                    before.unlisted() + g.unlisted()));
        }
        return new ArrayList<>(out.values());
    }
}
