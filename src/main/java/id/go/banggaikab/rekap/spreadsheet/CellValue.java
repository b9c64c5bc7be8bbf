package id.go.banggaikab.rekap.spreadsheet;

import id.go.banggaikab.rekap.shared.TextKey;

/**
 * What a cell holds once formulas are replaced by their result, whatever the file format: the format adapters
 * ({@link PoiSheets}, {@link XlsxSheets}, {@link OdsSheets}) build these, the readers of forms, targets and registers
 * only ever see these. Text is cleaned of stray spacing ({@link TextKey#clean}); a blank text is an empty cell.
 * A formula gives its saved result; one without a saved result is computed by {@link PoiSheets}, and only a formula
 * that cannot be computed stays {@link Kind#FORMULA_WITHOUT_VALUE}. Macros never run and nothing is written back.
 * {@code display} is what the user would recognise in the Masalah sheet, cut short for very long texts.
 */
public record CellValue(Kind kind, Double number, String text, boolean percentFormat, String display) {

    public enum Kind {
        EMPTY, NUMBER, TEXT, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE
    }

    public static final CellValue EMPTY = new CellValue(Kind.EMPTY, null, null, false, "");

    /** Longest value quoted back to a user; a cell can hold 32,767 characters, a message should not. */
    public static final int QUOTE_LENGTH = 100;

    /** A number cell; {@code percent} when its format shows it as a percentage (0.85 shown as 85%). */
    public static CellValue number(double v, boolean percent) {
        return new CellValue(Kind.NUMBER, v, null, percent, percent && Double.isFinite(v) ? plain(v * 100) + "%"
                : plain(v));
    }

    /** A text cell; blank text is an empty cell. */
    public static CellValue text(String s) {
        String cleaned = TextKey.clean(s);
        return cleaned.isEmpty() ? EMPTY : new CellValue(Kind.TEXT, null, cleaned, false, quote(cleaned));
    }

    public static CellValue bool(boolean b) {
        return new CellValue(Kind.BOOLEAN, null, null, false, b ? "TRUE" : "FALSE");
    }

    /** An error value such as {@code #DIV/0!}, as Excel shows it. */
    public static CellValue error(String code) {
        return new CellValue(Kind.ERROR, null, null, false, code == null || code.isBlank() ? "#ERROR" : quote(code));
    }

    /** A formula whose result was neither saved nor could be computed. */
    public static CellValue formulaWithoutValue(String formula) {
        return new CellValue(Kind.FORMULA_WITHOUT_VALUE, null, null, false, quote("=" + formula));
    }

    /** 12.0 as "12", 12.5 as "12.5": how a number reads in a message. NaN and infinity are named, never thrown on. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The text as quoted in a message: at most {@link #QUOTE_LENGTH} characters, a cut marked with "…". */
    public static String quote(String s) {
        if (s == null || s.length() <= QUOTE_LENGTH) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(QUOTE_LENGTH - 1)) ? QUOTE_LENGTH - 1 : QUOTE_LENGTH;
        return s.substring(0, end) + "…";
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    /** The cell as text for labels and indicator names: numbers without ".0", errors as their code. */
    public String asText() {
        return kind == Kind.TEXT ? text : display;
    }
}
