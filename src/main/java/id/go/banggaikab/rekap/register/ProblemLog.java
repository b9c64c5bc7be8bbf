package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems a reading of the registers found, at most {@link #PER_FILE} named one by one for each file: a
 * register of a million rows with a column typed wrongly throughout would otherwise bury the Masalah sheet. What is
 * left out is counted and said once per file.
 */
final class ProblemLog {

    static final int PER_FILE = 50;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> perFile = new LinkedHashMap<>();

    void cell(String file, String sheet, String cell, String value, String reason) {
        add(file, Problem.cell(file, sheet, cell, value, reason));
    }

    void warning(String file, String sheet, String cell, String value, String reason) {
        add(file, Problem.warning(file, sheet, cell, value, reason));
    }

    /** A problem of a whole file or figure: never left out. */
    void add(Problem p) {
        problems.add(p);
    }

    private void add(String file, Problem p) {
        int n = perFile.merge(file, 1, Integer::sum);
        if (n <= PER_FILE) {
            problems.add(p);
        }
    }

    List<Problem> all() {
        List<Problem> out = new ArrayList<>(problems);
        perFile.forEach((file, n) -> {
            if (n > PER_FILE) {
                out.add(Problem.warning(file, null, null, null, "… dan " + IndonesianNumbers.format(n - PER_FILE)
                        + " masalah baris lain di register ini yang tidak dirinci satu per satu (" + PER_FILE
                        + " pertama ditampilkan); perbaiki pola yang sama di seluruh kolomnya"));
            }
        });
        return out;
    }
}
