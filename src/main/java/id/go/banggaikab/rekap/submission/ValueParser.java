package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Predikat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what staff type into numbers or grades. Forms are filled on Indonesian and English Excel installations and by
 * hand, so "1.234,5", "1,234.5", "85 %" and "-" all occur. The rules are fixed here and nowhere else: a comma alone is
 * the Indonesian decimal mark; one period followed by exactly three digits is a thousands separator ("1.234" = 1234);
 * a percentage keeps its figure ("85%" = 85); "-" or empty is "not reported", which is not zero.
 */
final class ValueParser {

    /** A parsed cell: a number, or nothing (not reported), or the reason it is unusable. */
    record Parsed(Double number, Predikat predikat, String error) {
        static final Parsed NONE = new Parsed(null, null, null);

        static Parsed of(double v) {
            return new Parsed(v, null, null);
        }

        static Parsed fail(String reason) {
            return new Parsed(null, null, reason);
        }

        boolean failed() {
            return error != null;
        }

        boolean present() {
            return number != null || predikat != null;
        }
    }

    private static final Pattern DASH = Pattern.compile("[-\u2013\u2014\u2212]+");
    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");

    private ValueParser() {
    }

    static Parsed number(CellValue cell) {
        return switch (cell.kind()) {
            case EMPTY -> Parsed.NONE;
            case NUMBER -> Parsed.of(cell.percentFormat() ? cell.number() * 100 : cell.number());
            case TEXT -> number(cell.text());
            case ERROR -> Parsed.fail("Sel berisi galat rumus " + cell.display() + "; perbaiki rumusnya");
            case FORMULA_WITHOUT_VALUE ->
                Parsed.fail("Rumus tanpa nilai tersimpan; buka berkas di Excel lalu simpan ulang");
            case BOOLEAN -> Parsed.fail("Nilai " + cell.display() + " bukan angka");
        };
    }

    static Parsed number(String text) {
        String t = Texts.clean(text).replace(" ", "");
        if (t.isEmpty() || DASH.matcher(t).matches()) {
            return Parsed.NONE;
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("\u2212") || t.startsWith("+")) {
            negative = t.charAt(0) != '+';
            t = t.substring(1);
        }
        Double v = unsigned(t);
        if (v == null) {
            return Parsed.fail("Teks \"" + Texts.clean(text) + "\" bukan angka");
        }
        return Parsed.of(negative ? -v : v);
    }

    private static Double unsigned(String t) {
        int dot = t.lastIndexOf('.');
        int comma = t.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            boolean indonesian = comma > dot;
            String whole = t.substring(0, Math.max(dot, comma));
            String fraction = t.substring(Math.max(dot, comma) + 1);
            Pattern grouping = indonesian ? GROUPED_DOTS : GROUPED_COMMAS;
            if (!grouping.matcher(whole).matches() && !PLAIN.matcher(whole).matches() || !PLAIN.matcher(fraction).matches()) {
                return null;
            }
            return Double.parseDouble(whole.replace(".", "").replace(",", "") + "." + fraction);
        }
        if (comma >= 0) {
            if (t.indexOf(',') != comma) {
                return GROUPED_COMMAS.matcher(t).matches() ? Double.parseDouble(t.replace(",", "")) : null;
            }
            return decimal(t.substring(0, comma), t.substring(comma + 1));
        }
        if (dot >= 0) {
            if (t.indexOf('.') != dot || isThousands(t, dot)) {
                return GROUPED_DOTS.matcher(t).matches() ? Double.parseDouble(t.replace(".", "")) : null;
            }
            return decimal(t.substring(0, dot), t.substring(dot + 1));
        }
        return PLAIN.matcher(t).matches() ? Double.parseDouble(t) : null;
    }

    /** "1.234" is 1234 by the office's rule; "0.500" is not, no one groups thousands after a zero. */
    private static boolean isThousands(String t, int dot) {
        return t.length() - dot - 1 == 3 && dot > 0 && !t.substring(0, dot).equals("0");
    }

    private static Double decimal(String whole, String fraction) {
        if (!(whole.isEmpty() || PLAIN.matcher(whole).matches()) || !PLAIN.matcher(fraction).matches()) {
            return null;
        }
        return Double.parseDouble((whole.isEmpty() ? "0" : whole) + "." + fraction);
    }

    /** A grade of the SAKIP scale, accepting "Predikat A" and quotes; a number or other text is an error. */
    static Parsed predikat(CellValue cell) {
        if (cell.isEmpty()) {
            return Parsed.NONE;
        }
        String t = Texts.clean(cell.asText());
        if (DASH.matcher(t).matches()) {
            return Parsed.NONE;
        }
        String bare = t.toUpperCase(Locale.ROOT).replaceFirst("^PREDIKAT\\s*:?\\s*", "");
        return Predikat.parse(bare)
                .map(p -> new Parsed(null, p, null))
                .orElseGet(() -> Parsed.fail("Nilai \"" + t + "\" bukan predikat (AA, A, BB, B, CC, C, D)"));
    }
}
