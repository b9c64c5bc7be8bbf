package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.catalogue.Indicator;

/**
 * Last quarter's figure as a short text for the "TW lalu" column: "25,5", "A", "40% (8 / 20)". Text rather than a
 * number cell, because for ratios the parts matter more than the percentage and the column is only for the eye.
 */
final class PreviousText {

    private PreviousText() {
    }

    static String of(Indicator indicator, PreviousValue v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.predikat() != null && !v.predikat().isBlank()) {
            return v.predikat().strip();
        }
        if (indicator.isRatio() && (v.numerator() != null || v.denominator() != null)) {
            String parts = part(v.numerator()) + " / " + part(v.denominator());
            Double pct = v.value() != null ? v.value()
                    : v.numerator() != null && v.denominator() != null && v.denominator() != 0
                            ? v.numerator() / v.denominator() * 100 : null;
            return pct == null ? parts : IndonesianNumbers.format(pct) + "%\n(" + parts + ")";
        }
        return v.value() == null ? null : IndonesianNumbers.format(v.value());
    }

    private static String part(Double d) {
        return d == null ? "-" : IndonesianNumbers.format(d);
    }
}
