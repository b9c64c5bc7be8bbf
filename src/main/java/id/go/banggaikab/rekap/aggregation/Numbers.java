package id.go.banggaikab.rekap.aggregation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written into messages the way an Indonesian reader writes them: 1.234,5. */
public final class Numbers {

    private static final Locale ID = Locale.forLanguageTag("id-ID");

    private Numbers() {
    }

    /** Thousands with a period, up to two decimals with a comma: 1234.5 → "1.234,5". */
    public static String plain(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(ID));
        return f.format(value);
    }

    /** One decimal, for percentages: 87.25 → "87,3". */
    public static String percent(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(ID));
        return f.format(value);
    }

    /** Whether two figures are the same up to rounding noise. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
