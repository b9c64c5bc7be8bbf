package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.List;

/**
 * One part of one indicator through a year (quarters 1 to 4): the figure of each quarter and the year to date at the
 * end of each quarter, plus the row behind each quarter so that {@link Combiner} can pick
 * the newest. Empty quarters are null, never 0.
 */
final class Series {

    private final Double[] quarter = new Double[4];
    private final Double[] ytd = new Double[4];
    private final StoredRow[] source = new StoredRow[4];

    Double quarter(int tw) {
        return quarter[tw - 1];
    }

    Double ytd(int tw) {
        return ytd[tw - 1];
    }

    /** The row behind a quarter's figure, or null when the quarter was not reported. */
    StoredRow source(int tw) {
        return source[tw - 1];
    }

    boolean reported(int tw) {
        return quarter[tw - 1] != null;
    }

    void set(int tw, Double quarterFigure, Double ytdFigure, StoredRow row) {
        quarter[tw - 1] = quarterFigure;
        ytd[tw - 1] = ytdFigure;
        source[tw - 1] = row;
    }

    /**
     * Builds one unit's series of one part from its rows of one year, up to quarter {@code upTo}. A row marked
     * cumulative holds the year to date: for a flow (JUMLAH) the quarter figure is that minus the year to date of the
     * quarter reported before; for a stock (TERAKHIR) both are the same figure. A year to date that went down is kept
     * as the form says, and reported.
     */
    static Series of(List<StoredRow> unitRows, RowPart part, Accumulation accumulation, int upTo,
            List<Problem> problems) {
        Series s = new Series();
        Double running = null;
        for (int tw = 1; tw <= upTo; tw++) {
            StoredRow row = newestIn(unitRows, tw, part);
            if (row != null) {
                double figure = part.of(row);
                double quarterFigure = figure;
                if (accumulation == Accumulation.JUMLAH) {
                    double before = running == null ? 0 : running;
                    quarterFigure = row.cumulative() ? figure - before : figure;
                    running = row.cumulative() ? figure : before + figure;
                    if (row.cumulative() && quarterFigure < 0) {
                        problems.add(Problem.warning(row.fileName(), row.sheet(), row.cell(), IndonesianNumbers.format(figure),
                                "Nilai s.d. triwulan " + row.indicatorCode() + " lebih kecil dari s.d. triwulan"
                                        + " sebelumnya (" + IndonesianNumbers.format(before) + "); angka triwulan menjadi negatif"));
                    }
                } else {
                    running = figure;
                }
                s.set(tw, quarterFigure, running, row);
            } else {
                s.set(tw, null, running, null);
            }
        }
        return s;
    }

    private static StoredRow newestIn(List<StoredRow> rows, int tw, RowPart part) {
        StoredRow best = null;
        for (StoredRow r : rows) {
            if (r.periode().triwulan() == tw && part.of(r) != null
                    && (best == null || Rows.newer(r, best))) {
                best = r;
            }
        }
        return best;
    }

    /** A part's figure at the end of a year and the row it was last reported in. */
    record YearEnd(Double figure, StoredRow source) {
    }
}
