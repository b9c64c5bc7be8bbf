package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.CategoryScale;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Means of capaian by the rules of the unit scores: each capaian capped at the score cap, and an indicator left out
 * (and named) when it has no value, has no figure for the quarter itself (a year to date carried from earlier
 * quarters is no report of this one), or has no target to be measured against.
 */
final class Means {

    private final double cap;
    private final CategoryScale scale;
    private final int triwulan;

    Means(double cap, CategoryScale scale, int triwulan) {
        this.cap = cap;
        this.scale = scale;
        this.triwulan = triwulan;
    }

    CapaianMean of(List<IndicatorResult> results, Function<IndicatorResult, Double> capaian) {
        List<CapaianMean.LeftOut> out = new ArrayList<>();
        double sum = 0;
        int used = 0;
        for (IndicatorResult r : results) {
            String why = null;
            Double c = null;
            if (!r.hasValue()) {
                why = "belum ada data";
            } else if (!r.values().reportedIn(triwulan)) {
                why = "belum lapor TW " + Periode.roman(triwulan);
            } else {
                c = capaian.apply(r);
                if (c == null) {
                    why = r.target().isEmpty() ? "target belum ditetapkan"
                            : "capaian tidak dapat dihitung";
                }
            }
            if (why != null) {
                out.add(new CapaianMean.LeftOut(r.indicator().code(), r.indicator().name(), why));
            } else {
                sum += Math.min(c, cap);
                used++;
            }
        }
        Double mean = used == 0 ? null : sum / used;
        return new CapaianMean(mean, scale.categorize(mean), used, results.size(), out);
    }

    double cap() {
        return cap;
    }
}
