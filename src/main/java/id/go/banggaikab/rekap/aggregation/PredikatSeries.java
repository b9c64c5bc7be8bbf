package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades over the year. A grade cannot be added up, so the year to date is always the latest grade reported, and
 * where several units report one, the newest file counts and a different grade elsewhere is reported.
 */
final class PredikatSeries {

    private PredikatSeries() {
    }

    static List<Figure> quarters(List<StoredRow> rows, int upTo, String code, List<Problem> problems) {
        List<Figure> out = new ArrayList<>(List.of(Figure.NONE, Figure.NONE, Figure.NONE, Figure.NONE));
        for (int tw = 1; tw <= upTo; tw++) {
            StoredRow chosen = null;
            for (StoredRow r : rows) {
                if (r.periode().triwulan() == tw && r.predikat() != null && (chosen == null || Rows.newer(r, chosen))) {
                    chosen = r;
                }
            }
            if (chosen != null) {
                out.set(tw - 1, Figure.of(chosen.predikat()));
                reportDisagreement(rows, chosen, tw, code, problems);
            }
        }
        return out;
    }

    static Figure latest(List<Figure> quarters) {
        Figure latest = Figure.NONE;
        for (Figure f : quarters) {
            latest = f.isEmpty() ? latest : f;
        }
        return latest;
    }

    private static void reportDisagreement(List<StoredRow> rows, StoredRow chosen, int tw, String code,
            List<Problem> problems) {
        for (StoredRow r : rows) {
            Predikat p = r.predikat();
            if (r != chosen && r.periode().triwulan() == tw && p != null && p != chosen.predikat()) {
                problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), p.name(), "Predikat " + code
                        + " berbeda antar berkas: " + p + " di sini, " + chosen.predikat() + " di "
                        + chosen.fileName() + "; dipakai berkas terbaru (" + chosen.fileName() + ")"));
            }
        }
    }
}
