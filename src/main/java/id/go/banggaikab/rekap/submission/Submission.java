package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.List;

/**
 * What one form yielded: the unit and quarter it reports on, the accepted rows and every problem found, and the
 * readings of its unit and quarter that the rule set aside (another part of the file named another quarter or unit).
 * A file that could not be used at all has {@code unitCode} or {@code periode} null, no rows, and a BERKAS_DITOLAK
 * problem.
 */
public record Submission(SourceFile file, String unitCode, Periode periode, List<ReadRow> rows,
        List<Problem> problems, List<OtherReading> otherReadings) {

    /**
     * A unit and quarter that a part of the file ({@code source}: "isi berkas", "nama berkas", "folder") named, other
     * than those the file was counted for.
     */
    public record OtherReading(String unitCode, Periode periode, String source) {
    }

    public Submission {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        otherReadings = List.copyOf(otherReadings);
    }

    /** A report whose parts all agree on its unit and quarter. */
    public Submission(SourceFile file, String unitCode, Periode periode, List<ReadRow> rows, List<Problem> problems) {
        this(file, unitCode, periode, rows, problems, List.of());
    }

    public boolean accepted() {
        return unitCode != null && periode != null;
    }

    public static Submission rejected(SourceFile file, Problem problem) {
        return new Submission(file, null, null, List.of(), List.of(problem));
    }
}
