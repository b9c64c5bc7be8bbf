package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.register.RegisterDetail;
import id.go.banggaikab.rekap.shared.Problem;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a recap is computed from, handed over by storage: the catalogue, the quarter asked for, the targets of
 * its year (with whether they are still the example and what their check found), the accepted rows of the active submissions of that year and the year before, the
 * problems found while reading, which units sent a form per quarter, whether the run is on sample data, and when it
 * ran, and whether the quarter is locked; {@code registers} lists the register rows behind the figures counted from
 * registers (those figures are already among {@code rows}); {@code absenceNotes} says, by unit code, what the history
 * knows of a unit without a usable report for the quarter (a file counted for another period, a file of which nothing
 * could be used). The aggregation never reads files or the database itself, so it can be tested with {@code new}.
 */
public record RecapInput(Catalogue catalogue, Periode periode, Targets targets, List<StoredRow> rows,
        List<Problem> problems, Map<Periode, Set<String>> submittedUnits, boolean sample, LocalDateTime runTime,
        Verification verification, RegisterDetail registers, Map<String, String> absenceNotes) {

    /** Input with nothing known of why a unit did not report. */
    public RecapInput(Catalogue catalogue, Periode periode, Targets targets, List<StoredRow> rows,
            List<Problem> problems, Map<Periode, Set<String>> submittedUnits, boolean sample, LocalDateTime runTime,
            Verification verification, RegisterDetail registers) {
        this(catalogue, periode, targets, rows, problems, submittedUnits, sample, runTime, verification, registers,
                Map.of());
    }

    /** Input with nothing counted from registers. */
    public RecapInput(Catalogue catalogue, Periode periode, Map<String, Target> targets, List<StoredRow> rows,
            List<Problem> problems, Map<Periode, Set<String>> submittedUnits, boolean sample, LocalDateTime runTime,
            Verification verification) {
        this(catalogue, periode, Targets.of(targets), rows, problems, submittedUnits, sample, runTime, verification,
                RegisterDetail.NONE);
    }

    /** Input for a quarter that has never been locked. */
    public RecapInput(Catalogue catalogue, Periode periode, Map<String, Target> targets, List<StoredRow> rows,
            List<Problem> problems, Map<Periode, Set<String>> submittedUnits, boolean sample, LocalDateTime runTime) {
        this(catalogue, periode, targets, rows, problems, submittedUnits, sample, runTime, Verification.NONE);
    }

    /** Input for a quarter that has never been locked, with targets read from their workbook. */
    public RecapInput(Catalogue catalogue, Periode periode, Targets targets, List<StoredRow> rows,
            List<Problem> problems, Map<Periode, Set<String>> submittedUnits, boolean sample, LocalDateTime runTime) {
        this(catalogue, periode, targets, rows, problems, submittedUnits, sample, runTime, Verification.NONE,
                RegisterDetail.NONE);
    }

    public RecapInput {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        submittedUnits = Map.copyOf(submittedUnits);
        registers = registers == null ? RegisterDetail.NONE : registers;
        absenceNotes = Map.copyOf(absenceNotes);
    }

    public Set<String> submittedIn(Periode p) {
        return submittedUnits.getOrDefault(p, Set.of());
    }
}
