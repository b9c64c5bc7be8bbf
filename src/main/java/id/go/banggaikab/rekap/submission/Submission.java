package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.List;

/**
 * What one form yielded: the unit and quarter it reports on, the accepted rows and every problem found. A file that
 * could not be used at all has {@code unitCode} or {@code periode} null, no rows, and a BERKAS_DITOLAK problem.
 */
public record Submission(SourceFile file, String unitCode, Periode periode, List<ReadRow> rows,
        List<Problem> problems) {

    public Submission {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return unitCode != null && periode != null;
    }

    public static Submission rejected(SourceFile file, Problem problem) {
        return new Submission(file, null, null, List.of(), List.of(problem));
    }
}
