package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Memo;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year and a quarter from what people write for them: "2026", "TA 2026", "2", "II", "TW II", "Triwulan III",
 * "triwulan ke-2", "TW2" in a file name, or a range of months: "April - Juni 2026", "Januari s.d. Maret", "Okt-Des".
 * Used for label cells, titles and paths alike so they agree.
 *
 * <p>A range of months names the quarter whose months it covers: it must begin and end within one quarter and end
 * in that quarter's last month. Any other range ("Januari - Juni", "Juli - Agustus") names no quarter, and a text
 * holding one is not read for a bare quarter number either ("1 Januari - 30 Juni" is not TW I).
 */
final class PeriodText {

    private static final Memo<Optional<Integer>> QUARTER_IN = new Memo<>(PeriodText::quarterInText);

    private static final String QUARTER = "(iv|iii|ii|i|[1-4]|satu|dua|tiga|empat|pertama|kedua|ketiga|keempat)";
    private static final Pattern QUARTER_IN_TEXT =
            Pattern.compile("(?:^|[^a-z0-9])(?:triwulan|tw|trw|q)\\s*(?:ke\\s*)?" + QUARTER + "(?![a-z0-9])");
    private static final Pattern QUARTER_ALONE = Pattern.compile("^(?:ke\\s*)?" + QUARTER + "\\b.*");
    private static final String MONTH = "(januari|jan|februari|pebruari|feb|peb|maret|mar|april|apr|mei|juni|jun"
            + "|juli|jul|agustus|agt|agu|ags|aug|september|sept|sep|oktober|okt|oct|november|nopember|nov|nop"
            + "|desember|des|dec)";
    /** Two months joined by "-", "s.d.", "s/d", "sampai (dengan)" or "hingga", days and a year allowed in between. */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?<![a-z0-9])(?:\\d{1,2} )?" + MONTH
            + "(?: (?:19|20)\\d{2})? (?:(?:s d|sd|sampai dengan|sampai|hingga) )?(?:\\d{1,2} )?" + MONTH
            + "(?![a-z])");
    private static final Pattern ANY_MONTH = Pattern.compile("(?<![a-z0-9])" + MONTH + "(?![a-z])");
    private static final Pattern WHOLE_NUMBER_TYPED = Pattern.compile("\\d+ 0+");
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

    /**
     * A quarter introduced by "Triwulan"/"TW" anywhere in the text ("2026-TW-II-x", "Laporan Triwulan 3"), or else
     * named by a range of months ("Periode April - Juni 2026"); null when the text names none.
     */
    static Integer quarterIn(String text) {
        return QUARTER_IN.apply(text).orElse(null);
    }

    private static Optional<Integer> quarterInText(String text) {
        return Optional.ofNullable(quarterOf(text));
    }

    private static Integer quarterOf(String text) {
        String k = TextKeys.key(text);
        Matcher m = QUARTER_IN_TEXT.matcher(k);
        return m.find() ? QUARTERS.get(m.group(1)) : quarterOfMonths(k);
    }

    /** The quarter a range of months in {@code key} covers exactly to its last month, or null. */
    private static Integer quarterOfMonths(String key) {
        Matcher m = MONTH_RANGE.matcher(key);
        while (m.find()) {
            int from = month(m.group(1));
            int to = month(m.group(2));
            int quarter = (to + 2) / 3;
            if (to % 3 == 0 && from <= to && (from + 2) / 3 == quarter) {
                return quarter;
            }
        }
        return null;
    }

    private static int month(String word) {
        return switch (word.substring(0, 3)) {
            case "jan" -> 1;
            case "feb", "peb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "mei" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "agt", "agu", "ags", "aug" -> 8;
            case "sep" -> 9;
            case "okt", "oct" -> 10;
            case "nov", "nop" -> 11;
            default -> 12;
        };
    }

    /** The value of a "Triwulan" label: a bare "2" or "II" as well as "TW II"; null when it says no quarter. */
    static Integer quarterValue(String value) {
        Integer inText = quarterIn(value);
        if (inText != null) {
            return inText;
        }
        String k = TextKeys.key(value);
        if (ANY_MONTH.matcher(k).find()) {
            return null; // months that make no quarter; "1 Januari - 30 Juni" is not TW I
        }
        if (WHOLE_NUMBER_TYPED.matcher(k).matches()) {
            k = k.substring(0, k.indexOf(' ')); // "2.0" from a number cell typed as text
        }
        Matcher m = QUARTER_ALONE.matcher(k);
        return m.matches() ? QUARTERS.get(m.group(1)) : null;
    }
}
