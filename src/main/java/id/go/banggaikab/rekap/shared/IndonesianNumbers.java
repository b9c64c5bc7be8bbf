package id.go.banggaikab.rekap.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as an Indonesian reader writes them, for texts that are not number cells (messages, the last-quarter
 * column, the receipt's sentences, sample forms typed as text): "1.250,5", "58,33". Number cells keep
 * locale-neutral formats that Excel localises itself.
 */
public final class IndonesianNumbers {

    /** Whole numbers without decimals; others with up to two. */
    public static final String WHOLE_FORMAT = "#,##0";
    public static final String FRACTION_FORMAT = "#,##0.00";

    private IndonesianNumbers() {
    }

    /** With up to two decimals. */
    public static String format(double v) {
        return format(v, 2);
    }

    /** With up to {@code maxDecimals} decimals, trailing zeros dropped. */
    public static String format(double v, int maxDecimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = d.scale() <= 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    public static String formatOf(double v) {
        return v == Math.rint(v) ? WHOLE_FORMAT : FRACTION_FORMAT;
    }
}
