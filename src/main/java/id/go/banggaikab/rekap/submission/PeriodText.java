package id.go.banggaikab.rekap.submission;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year and a quarter from what people write for them: "2026", "TA 2026", "2", "II", "TW II", "Triwulan III",
 * "triwulan ke-2", "TW2" in a file name. Used for label cells, titles and paths alike so they agree.
 */
final class PeriodText {

    private static final String QUARTER = "(iv|iii|ii|i|[1-4]|satu|dua|tiga|empat|pertama|kedua|ketiga|keempat)";
    private static final Pattern QUARTER_IN_TEXT =
            Pattern.compile("(?:^|[^a-z0-9])(?:triwulan|tw|trw|q)\\s*(?:ke\\s*)?" + QUARTER + "(?![a-z0-9])");
    private static final Pattern QUARTER_ALONE = Pattern.compile("^(?:ke\\s*)?" + QUARTER + "\\b.*");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Map<String, Integer> QUARTERS = Map.ofEntries(
            Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4),
            Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4),
            Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("pertama", 1), Map.entry("kedua", 2), Map.entry("ketiga", 3), Map.entry("keempat", 4));

    private PeriodText() {
    }

    /** A year written anywhere in the text, or null. */
    static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A quarter introduced by "Triwulan"/"TW" anywhere in the text ("2026-TW-II-x", "Laporan Triwulan 3"), or null. */
    static Integer quarterIn(String text) {
        Matcher m = QUARTER_IN_TEXT.matcher(Texts.key(text));
        return m.find() ? QUARTERS.get(m.group(1)) : null;
    }

    /** The value of a "Triwulan" label: a bare "2" or "II" as well as "TW II"; null when it says no quarter. */
    static Integer quarterValue(String value) {
        Integer inText = quarterIn(value);
        if (inText != null) {
            return inText;
        }
        String k = Texts.key(value);
        if (k.matches("\\d+ 0+")) {
            k = k.substring(0, k.indexOf(' ')); // "2.0" from a number cell typed as text
        }
        Matcher m = QUARTER_ALONE.matcher(k);
        return m.matches() ? QUARTERS.get(m.group(1)) : null;
    }
}
