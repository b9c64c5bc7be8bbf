package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a ratio from its parts: each quarter from that quarter's numerator and denominator, the year to date
 * from the accumulated ones. For a growth ratio the denominator is last year's year-end figure of the numerator,
 * taken from the history when there is one (the penyebut written on the form is then only checked against it) and
 * from the form otherwise.
 */
final class RatioCalculator {

    private final Indicator indicator;
    private final int upTo;
    private final List<Problem> problems;

    RatioCalculator(Indicator indicator, int upTo, List<Problem> problems) {
        this.indicator = indicator;
        this.upTo = upTo;
        this.problems = problems;
    }

    IndicatorValues values(Series numerator, Series denominator, Series.YearEnd lastYear, List<StoredRow> rows) {
        Double base = lastYear == null ? null : lastYear.figure();
        if (base != null) {
            checkFormAgainstHistory(denominator, lastYear);
        }
        List<Figure> quarters = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            Double den = base != null ? base : denominator.quarter(tw);
            quarters.add(tw <= upTo ? Figure.of(ratio(numerator.quarter(tw), den)) : Figure.NONE);
        }
        Double num = numerator.ytd(upTo);
        Double den = base != null ? base : denominator.ytd(upTo);
        if (num != null && den != null && den == 0) {
            StoredRow r = lastRow(denominator, numerator);
            problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), "0", "Penyebut " + indicator.code()
                    + " s.d. triwulan ini 0; capaian tidak dapat dihitung"));
        }
        return new IndicatorValues(quarters, Figure.of(ratio(num, den)), num, den, rows);
    }

    private void checkFormAgainstHistory(Series denominator, Series.YearEnd lastYear) {
        for (int tw = upTo; tw >= 1; tw--) {
            if (denominator.reported(tw)) {
                Double onForm = denominator.quarter(tw);
                if (!Rounding.same(onForm, lastYear.figure())) {
                    StoredRow r = denominator.source(tw);
                    problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), IndonesianNumbers.format(onForm),
                            "Penyebut " + indicator.code() + " di formulir (" + IndonesianNumbers.format(onForm)
                                    + ") berbeda dari angka akhir tahun lalu menurut riwayat ("
                                    + IndonesianNumbers.format(lastYear.figure()) + ", " + lastYear.source().fileName()
                                    + "); dipakai angka riwayat"));
                }
                return;
            }
        }
    }

    private StoredRow lastRow(Series first, Series second) {
        for (int tw = upTo; tw >= 1; tw--) {
            if (first.source(tw) != null) {
                return first.source(tw);
            }
            if (second.source(tw) != null) {
                return second.source(tw);
            }
        }
        throw new IllegalStateException("Tidak ada baris untuk " + indicator.code());
    }

    /** numerator / denominator × 100, or null when either is missing or the denominator is 0. */
    static Double ratio(Double numerator, Double denominator) {
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return numerator / denominator * 100;
    }
}
