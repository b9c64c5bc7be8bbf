package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import java.util.List;

/**
 * The realisation of one indicator at the end of a quarter: the figure of each quarter (four entries, empty after
 * the quarter asked for), the year to date, and for ratios the accumulated numerator and denominator the year to date
 * was computed from. {@code rows} are the stored rows that fed it, for the Sumber column and the trace.
 */
public record IndicatorValues(List<Figure> quarters, Figure ytd, Double numerator, Double denominator,
        List<StoredRow> rows) {

    public IndicatorValues {
        quarters = List.copyOf(quarters);
        rows = List.copyOf(rows);
    }

    public Figure quarter(int tw) {
        return quarters.get(tw - 1);
    }

    /**
     * Whether quarter {@code tw} itself brought a figure: its own value, or a part of a ratio that came alone. A year to
     * date carried over from earlier quarters is not a report of this one.
     */
    public boolean reportedIn(int tw) {
        return !quarter(tw).isEmpty() || rows.stream().anyMatch(r -> r.periode().triwulan() == tw
                && (r.value() != null || r.numerator() != null || r.denominator() != null || r.predikat() != null));
    }
}
