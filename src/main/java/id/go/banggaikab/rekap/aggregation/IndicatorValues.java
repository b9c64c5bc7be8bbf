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
}
