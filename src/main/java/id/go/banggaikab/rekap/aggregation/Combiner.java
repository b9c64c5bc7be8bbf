package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.List;
import java.util.Map;

/**
 * Puts together the series of the several units that report one indicator. With {@link Combine#JUMLAH} each unit
 * reports its part and the parts add up, quarter by quarter and year to date (so a stock is the sum of each unit's
 * latest). With {@link Combine#SAMA} every unit reports the same figure: the newest file of the quarter counts, and a
 * different figure from another unit is reported, naming both files.
 */
final class Combiner {

    private Combiner() {
    }

    static Series combine(Map<String, Series> byUnit, Combine rule, Accumulation accumulation, int upTo, String what,
            List<Problem> problems) {
        if (byUnit.size() == 1) {
            return byUnit.values().iterator().next();
        }
        return rule == Combine.JUMLAH ? sum(byUnit, upTo) : newest(byUnit, accumulation, upTo, what, problems);
    }

    private static Series sum(Map<String, Series> byUnit, int upTo) {
        Series out = new Series();
        for (int tw = 1; tw <= upTo; tw++) {
            Double quarter = null;
            Double ytd = null;
            StoredRow row = null;
            for (Series s : byUnit.values()) {
                quarter = add(quarter, s.quarter(tw));
                ytd = add(ytd, s.ytd(tw));
                row = s.source(tw) != null && (row == null || Rows.newer(s.source(tw), row)) ? s.source(tw) : row;
            }
            out.set(tw, quarter, ytd, row);
        }
        return out;
    }

    /**
     * The newest file's figure per quarter; the year to date is then built from the chosen quarters by the part's
     * own rule, not taken from the winning unit's running total, which would drop quarters another unit supplied.
     */
    private static Series newest(Map<String, Series> byUnit, Accumulation accumulation, int upTo, String what,
            List<Problem> problems) {
        Series out = new Series();
        for (int tw = 1; tw <= upTo; tw++) {
            Series chosen = null;
            for (Series s : byUnit.values()) {
                if (s.reported(tw) && (chosen == null || Rows.newer(s.source(tw), chosen.source(tw)))) {
                    chosen = s;
                }
            }
            if (chosen == null) {
                out.set(tw, null, tw == 1 ? null : out.ytd(tw - 1), null);
                continue;
            }
            Double previous = tw == 1 ? null : out.ytd(tw - 1);
            Double ytd = accumulation == Accumulation.JUMLAH ? add(previous, chosen.quarter(tw)) : chosen.quarter(tw);
            out.set(tw, chosen.quarter(tw), ytd, chosen.source(tw));
            reportDisagreement(byUnit, chosen, tw, what, problems);
        }
        return out;
    }

    private static void reportDisagreement(Map<String, Series> byUnit, Series chosen, int tw, String what,
            List<Problem> problems) {
        StoredRow used = chosen.source(tw);
        for (Series other : byUnit.values()) {
            if (other != chosen && other.reported(tw) && !Rounding.same(other.quarter(tw), chosen.quarter(tw))) {
                StoredRow r = other.source(tw);
                problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), IndonesianNumbers.format(other.quarter(tw)),
                        what + " TW " + Periode.roman(tw) + " berbeda antar unit: " + IndonesianNumbers.format(other.quarter(tw)) + " di sini, "
                                + IndonesianNumbers.format(chosen.quarter(tw)) + " di " + used.fileName()
                                + "; dipakai angka berkas terbaru (" + used.fileName() + ")"));
            }
        }
    }

    private static Double add(Double a, Double b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a + b;
    }
}
