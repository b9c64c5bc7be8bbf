package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/** Problems of this run that are not kept in the history, such as a form still being copied. */
class RunProblems {

    private final List<Problem> problems = new ArrayList<>();

    synchronized void add(Problem problem) {
        problems.add(problem);
    }

    synchronized List<Problem> all() {
        return List.copyOf(problems);
    }
}
