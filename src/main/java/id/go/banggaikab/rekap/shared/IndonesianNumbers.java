package id.go.banggaikab.rekap.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as an Indonesian reader writes them, for texts that are not number cells (messages, the last-quarter
 * column, the receipt's sentences, the LAKIP document, sample forms typed as text): "1.250,5", "58,33", "87,3",
 * "20,0 MB". The one place that writes a number as text; number cells keep locale-neutral formats that Excel
 * localises itself.
 */
public final class IndonesianNumbers {

    private IndonesianNumbers() {
    }

    /** With up to two decimals. */
    public static String format(double v) {
        return format(v, 2);
    }

    /** With up to {@code maxDecimals} decimals, trailing zeros dropped. */
    public static String format(double v, int maxDecimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return grouped(d.scale() <= 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString());
    }

    /** A percentage with exactly one decimal, as the tables show it: 87.25 as "87,3", 90 as "90,0". */
    public static String percent(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        return grouped(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString());
    }

    /** A file size: "512 KB" below a megabyte, else "20,0 MB" with one decimal. */
    public static String fileSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return grouped(BigDecimal.valueOf(bytes / 1024.0 / 1024.0).setScale(1, RoundingMode.HALF_UP).toPlainString())
                + " MB";
    }

    /** A cell can hold what no person types: NaN or infinity are named, never formatted as a figure. */
    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "tak hingga" : "minus tak hingga";
    }

    /** "1234.5" as "1.234,5": periods between thousands, the comma for the decimals. */
    private static String grouped(String plain) {
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
}
