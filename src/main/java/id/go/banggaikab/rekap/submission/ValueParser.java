package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what staff type into numbers or grades. Forms are filled on Indonesian and English Excel installations and by
 * hand, so "1.234,5", "1,234.5", "85 %" and "-" all occur. The rules are fixed here and nowhere else: a comma alone is
 * the Indonesian decimal mark; one period followed by exactly three digits is a thousands separator ("1.234" = 1234);
 * a percentage keeps its figure ("85%" = 85); "-" or empty is "not reported", which is not zero.
 *
 * <p>What offices add around a figure is read tolerantly and reported as a correction ({@link Parsed#correction()}):
 * <ul>
 * <li>a currency prefix "Rp" / "Rp." (and the trailing ",-" that goes with it): "Rp 2.150.000.000" = 2150000000;</li>
 * <li>a unit word after the figure, either the indicator's satuan or one of the common units and abbreviations in
 * {@link #UNIT_WORDS}: "45 orang", "12 org", "25 UM", "10 peserta";</li>
 * <li>words for zero: "nihil", "nol" and "tidak ada" are 0 — in these reports they mean nothing happened, which
 * is a value;</li>
 * <li>words for "not yet": "belum", "belum ada", "belum ada data" and "tidak ada data" are not reported, like "-":
 * they say the figure is not known, not that it is zero.</li>
 * </ul>
 * Any other text is refused with a hint how to write the figure. Multipliers such as "2,5 juta" are refused on
 * purpose: guessing a factor of a million is not a correction a user should have to spot.
 */
final class ValueParser {

    /**
     * A parsed cell: a number, or nothing (not reported), or the reason it is unusable. {@code correction}, when not
     * null, says how a value that was not a plain figure was read ("Teks \"nihil\" dibaca 0"); the row keeps the value
     * and the user should be told, as a {@link Severity#KOREKSI}.
     */
    record Parsed(Double number, Predikat predikat, String error, String correction) {
        static final Parsed NONE = new Parsed(null, null, null, null);

        static Parsed of(double v) {
            return new Parsed(v, null, null, null);
        }

        static Parsed fail(String reason) {
            return new Parsed(null, null, reason, null);
        }

        static Parsed corrected(Double v, String note) {
            return new Parsed(v, null, null, note);
        }

        boolean failed() {
            return error != null;
        }

        boolean present() {
            return number != null || predikat != null;
        }

        /** Whether the value was read tolerantly and the user should be told how. */
        boolean corrected() {
            return correction != null;
        }
    }

    /** Unit words and abbreviations staff type after a figure, as comparison keys ({@link TextKeys#key}). */
    static final Set<String> UNIT_WORDS = Set.of("orang", "org", "jiwa", "peserta", "pns", "asn", "pegawai",
            "dokumen", "dok", "berkas", "laporan", "lap", "surat", "data", "koperasi", "kop", "kemitraan", "mitra",
            "um", "usaha mikro", "usaha", "ukm", "unit", "buah", "bh", "kegiatan", "keg", "kali", "paket", "lembar",
            "eksemplar", "eks", "persen", "rupiah");

    private static final Map<String, Double> WORDS_FOR_ZERO = Map.of("nihil", 0.0, "nol", 0.0, "tidak ada", 0.0);
    private static final Set<String> WORDS_FOR_NOT_YET = Set.of("belum", "belum ada", "belum ada data",
            "tidak ada data", "belum dilaporkan");

    /** Longer than any figure with its unit word ("Rp 2.150.000.000,00 rupiah"): refused before any pattern runs. */
    private static final int LONGEST_FIGURE = 60;
    private static final Pattern DASH = Pattern.compile("[-\u2013\u2014\u2212]+");
    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    /** Currency prefix, the figure (digits, separators, spaces between digits), then whatever follows. */
    private static final Pattern DECORATED = Pattern.compile(
            "(?i)^(rp\\.?)?\\s*([-+\u2212]?\\d(?:[\\d.,]|\\s(?=\\d))*)\\s*(.*)$");

    private ValueParser() {
    }

    static Parsed number(CellValue cell) {
        return number(cell, null);
    }

    /** As {@link #number(CellValue)}, also accepting the indicator's {@code satuan} typed after the figure. */
    static Parsed number(CellValue cell, String satuan) {
        return switch (cell.kind()) {
            case EMPTY -> Parsed.NONE;
            case NUMBER -> !Double.isFinite(cell.number())
                    ? Parsed.fail("Nilai " + cell.display() + " bukan angka; tulis angka saja, mis. 12")
                    : Parsed.of(cell.percentFormat() ? cell.number() * 100 : cell.number());
            case TEXT -> number(cell.text(), satuan);
            case ERROR -> Parsed.fail("Sel berisi galat rumus " + cell.display() + "; perbaiki rumusnya");
            case FORMULA_WITHOUT_VALUE ->
                Parsed.fail("Rumus tanpa nilai tersimpan yang tidak dapat dihitung (mis. merujuk berkas lain atau"
                        + " memakai fungsi yang tidak dikenal); buka berkas di Excel lalu simpan ulang");
            case BOOLEAN -> Parsed.fail("Nilai " + cell.display() + " bukan angka; tulis angka saja, mis. 12");
        };
    }

    static Parsed number(String text) {
        return number(text, null);
    }

    static Parsed number(String text, String satuan) {
        String cleaned = TextKeys.clean(text);
        String t = cleaned.replace(" ", "");
        if (t.isEmpty() || DASH.matcher(t).matches()) {
            return Parsed.NONE;
        }
        if (cleaned.length() > LONGEST_FIGURE) {
            return Parsed.fail("Teks sepanjang " + cleaned.length() + " huruf bukan angka; tulis angka saja, mis. 12");
        }
        Double plain = figure(t);
        if (plain != null) {
            return Parsed.of(plain);
        }
        String words = TextKeys.key(cleaned);
        if (WORDS_FOR_ZERO.containsKey(words)) {
            return Parsed.corrected(WORDS_FOR_ZERO.get(words), "Teks \"" + CellValue.quote(cleaned) + "\" dibaca 0");
        }
        if (WORDS_FOR_NOT_YET.contains(words)) {
            return Parsed.corrected(null, "Teks \"" + CellValue.quote(cleaned) + "\" dibaca belum dilaporkan (sama"
                    + " dengan \"-\"), "
                    + "bukan 0");
        }
        Parsed decorated = decorated(cleaned, satuan);
        if (decorated != null) {
            return decorated;
        }
        return Parsed.fail("Teks \"" + CellValue.quote(cleaned) + "\" bukan angka; tulis angka saja, mis. 12");
    }

    /** A bare figure, spaces already removed: "1.234,5", "-3", "85%". Null when it is not one. */
    private static Double figure(String t) {
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("\u2212") || t.startsWith("+")) {
            negative = t.charAt(0) != '+';
            t = t.substring(1);
        }
        Double v = unsigned(t);
        if (v == null || v.isInfinite()) {
            return null; // digits no count or sum reaches are a slip, not a figure
        }
        return negative ? -v : v;
    }

    /** "Rp 2.150.000,-", "45 orang", "25 UM": a figure with a currency prefix and/or a known unit word. */
    private static Parsed decorated(String cleaned, String satuan) {
        Matcher m = DECORATED.matcher(cleaned);
        if (!m.matches()) {
            return null;
        }
        String prefix = m.group(1);
        String digits = m.group(2).replace(" ", "");
        String rest = m.group(3).strip();
        if (prefix != null && (digits.endsWith(",") || digits.endsWith(".")) && rest.startsWith("-")) {
            digits = digits.substring(0, digits.length() - 1); // "Rp 2.150.000,-"
            rest = rest.substring(1).strip();
        }
        if (rest.startsWith("%")) {
            return null; // "85% peserta": a share with words after it is not a figure we can vouch for
        }
        String unit = TextKeys.key(rest);
        if (prefix == null && unit.isEmpty() || !unit.isEmpty() && !isUnit(unit, satuan)) {
            return null;
        }
        Double v = figure(digits);
        if (v == null) {
            return null;
        }
        String ignored = prefix != null && !unit.isEmpty() ? "\"" + prefix + "\" dan \"" + CellValue.quote(rest) + "\""
                : prefix != null ? "\"" + prefix + "\""
                : "satuan \"" + CellValue.quote(rest.replaceAll("\\.$", "")) + "\"";
        return Parsed.corrected(v, "Dibaca " + IndonesianNumbers.format(v, 10) + "; " + ignored + " diabaikan, cukup tulis angkanya");
    }

    private static boolean isUnit(String unit, String satuan) {
        if (UNIT_WORDS.contains(unit)) {
            return true;
        }
        String own = TextKeys.key(satuan);
        return !own.isEmpty() && !own.equals("predikat") && own.equals(unit);
    }

    /** 2150000000 as "2.150.000.000", 12.5 as "12,5": how a figure reads to the users. */

    private static Double unsigned(String t) {
        String plain = plainDecimal(t);
        return plain == null ? null : Double.parseDouble(plain);
    }

    /** An unsigned figure by the office's rules as a plain decimal ("1.234,5" as "1234.5"); null when none. */
    private static String plainDecimal(String t) {
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
            return whole.replace(".", "").replace(",", "") + "." + fraction;
        }
        if (comma >= 0) {
            if (t.indexOf(',') != comma) {
                return GROUPED_COMMAS.matcher(t).matches() ? t.replace(",", "") : null;
            }
            return decimal(t.substring(0, comma), t.substring(comma + 1));
        }
        if (dot >= 0) {
            if (t.indexOf('.') != dot || isThousands(t, dot)) {
                return GROUPED_DOTS.matcher(t).matches() ? t.replace(".", "") : null;
            }
            return decimal(t.substring(0, dot), t.substring(dot + 1));
        }
        return PLAIN.matcher(t).matches() ? t : null;
    }

    /** "1.234" is 1234 by the office's rule; "0.500" is not, no one groups thousands after a zero. */
    private static boolean isThousands(String t, int dot) {
        return t.length() - dot - 1 == 3 && dot > 0 && !t.substring(0, dot).equals("0");
    }

    private static String decimal(String whole, String fraction) {
        if (!(whole.isEmpty() || PLAIN.matcher(whole).matches()) || !PLAIN.matcher(fraction).matches()) {
            return null;
        }
        return (whole.isEmpty() ? "0" : whole) + "." + fraction;
    }

    /** A rupiah amount of an {@code Rp} column: a figure, or nothing, or why it is not an amount. */
    record Money(BigDecimal amount, String error) {
        static final Money NONE = new Money(null, null);

        static Money fail(String reason) {
            return new Money(null, reason);
        }

        boolean failed() {
            return error != null;
        }
    }

    private static final Pattern RUPIAH_PREFIX = Pattern.compile("(?i)^rp\\.?");

    /**
     * An amount in rupiah by the same rules as any figure ("Rp 2.150.000,-", "2.150.000", 2150000), exact as
     * {@link BigDecimal}. A percentage, a negative amount or any other text is refused.
     */
    static Money money(CellValue cell) {
        return switch (cell.kind()) {
            case EMPTY -> Money.NONE;
            case NUMBER -> cell.percentFormat() || !Double.isFinite(cell.number())
                    ? Money.fail(notMoney(cell.display())) : amount(BigDecimal.valueOf(cell.number()));
            case TEXT -> money(cell.text());
            case ERROR -> Money.fail("Sel berisi galat rumus " + cell.display() + "; perbaiki rumusnya");
            case FORMULA_WITHOUT_VALUE, BOOLEAN -> Money.fail(notMoney(cell.display()));
        };
    }

    private static Money money(String text) {
        String cleaned = TextKeys.clean(text);
        String t = RUPIAH_PREFIX.matcher(cleaned.replace(" ", "")).replaceFirst("");
        if (t.endsWith(",-") || t.endsWith(".-")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.isEmpty() || DASH.matcher(t).matches() || WORDS_FOR_NOT_YET.contains(TextKeys.key(cleaned))) {
            return Money.NONE;
        }
        if (WORDS_FOR_ZERO.containsKey(TextKeys.key(cleaned))) {
            return new Money(BigDecimal.ZERO, null);
        }
        boolean negative = t.startsWith("-") || t.startsWith("\u2212");
        String plain = plainDecimal(negative ? t.substring(1) : t);
        if (plain == null) {
            return Money.fail(notMoney(cleaned));
        }
        BigDecimal v = new BigDecimal(plain);
        return amount(negative ? v.negate() : v);
    }

    private static Money amount(BigDecimal v) {
        if (v.signum() < 0) {
            return Money.fail("Anggaran tidak boleh negatif");
        }
        BigDecimal d = v.stripTrailingZeros();
        return new Money(d.scale() < 0 ? d.setScale(0) : d, null);
    }

    private static String notMoney(String shown) {
        return "Anggaran \"" + CellValue.quote(shown) + "\" bukan jumlah rupiah; tulis angka saja, mis. 2.150.000";
    }

    /** A grade of the SAKIP scale, accepting "Predikat A" and quotes; a number or other text is an error. */
    static Parsed predikat(CellValue cell) {
        if (cell.isEmpty()) {
            return Parsed.NONE;
        }
        String t = TextKeys.clean(cell.asText());
        if (DASH.matcher(t).matches()) {
            return Parsed.NONE;
        }
        String bare = t.toUpperCase(Locale.ROOT).replaceFirst("^PREDIKAT\\s*:?\\s*", "");
        return Predikat.parse(bare)
                .map(p -> new Parsed(null, p, null, null))
                .orElseGet(() -> Parsed.fail("Nilai \"" + CellValue.quote(t)
                        + "\" bukan predikat (AA, A, BB, B, CC, C, D)"));
    }
}
