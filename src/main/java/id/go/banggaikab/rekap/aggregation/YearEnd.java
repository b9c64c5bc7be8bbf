package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The year-end realisation of every indicator in an earlier year, by the same rules as the recap (flows add up,
 * stocks take the latest quarter, ratios from their accumulated parts), and the last quarter that brought a figure:
 * a history that starts in TW III of a year gives no year-end figure of that year, only one "s.d. TW" of it, and the
 * LKjIP must say so rather than show it as the year's.
 */
public final class YearEnd {

    /** An indicator's figure at the end of the year and the last quarter reported (0 when none). */
    public record Figures(Figure figure, int lastQuarter) {

        public static final Figures NONE = new Figures(Figure.NONE, 0);

        /** Whether TW IV itself was reported: the figure is the year's. */
        public boolean complete() {
            return lastQuarter == 4 && !figure.isEmpty();
        }
    }

    private YearEnd() {
    }

    /**
     * Figures of {@code tahun} by indicator code, from {@code rows} of that year (and of the year before, which
     * growth ratios divide by).
     */
    public static Map<String, Figures> of(Catalogue catalogue, java.util.List<StoredRow> rows, int tahun) {
        Map<String, IndicatorValues> values = Derivations.apply(catalogue,
                new ValueCalculator(catalogue).compute(rows, new Periode(tahun, 4), new ArrayList<>()));
        Map<String, Figures> out = new LinkedHashMap<>();
        values.forEach((code, v) -> {
            int last = 0;
            for (int tw = 4; tw >= 1 && last == 0; tw--) {
                if (v.reportedIn(tw)) {
                    last = tw;
                }
            }
            out.put(code, v.ytd().isEmpty() ? Figures.NONE : new Figures(v.ytd(), last));
        });
        return out;
    }
}
