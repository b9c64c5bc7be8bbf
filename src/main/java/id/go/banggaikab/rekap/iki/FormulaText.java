package id.go.banggaikab.rekap.iki;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula as one plain line, however the office wrote it: "∑" as "Σ", "×", "X" or "*" before 100 as "x", and the
 * LaTeX some converters leave ({@code $\frac{\sum \text{A}}{\sum \text{B}} \times 100 \%$}) as "Σ A / Σ B x 100 %".
 */
final class FormulaText {

    private static final Pattern FRAC = Pattern.compile("\\\\d?frac\\s*\\{");
    private static final Pattern TEXT = Pattern.compile("\\\\(?:text|mathrm|textit|textbf|mbox)\\s*\\{([^{}]*)}");

    private FormulaText() {
    }

    static String plain(String formula) {
        if (formula == null) {
            return "";
        }
        String t = formula.replace("$", " ");
        t = TEXT.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = fractions(t);
        t = t.replace("\\sum", "Σ").replace("\\times", "×").replace("\\cdot", "×").replace("\\%", "%")
                .replace("\\left", "").replace("\\right", "").replace("\\,", " ").replace("\\ ", " ");
        t = t.replace('∑', 'Σ').replace('\u2212', '-');
        t = t.replaceAll("(?:\\s+[xX]|\\s*[×*])\\s*100\\s*%", " x 100%")
                .replaceAll("(?:\\s+[xX]|\\s*[×*])\\s*100\\b", " x 100");
        return t.replaceAll("\\s+", " ").replaceAll("\\s*/\\s*", " / ").strip();
    }

    /** Every {@code \frac{a}{b}} as "a / b", nested ones too, braces counted. */
    private static String fractions(String text) {
        String t = text;
        Matcher m = FRAC.matcher(t);
        while (m.find()) {
            int numEnd = closing(t, m.end() - 1);
            if (numEnd < 0 || numEnd + 1 >= t.length() || t.charAt(numEnd + 1) != '{') {
                return t;
            }
            int denEnd = closing(t, numEnd + 1);
            if (denEnd < 0) {
                return t;
            }
            String num = t.substring(m.end(), numEnd);
            String den = t.substring(numEnd + 2, denEnd);
            t = t.substring(0, m.start()) + " " + num + " / " + den + " " + t.substring(denEnd + 1);
            m = FRAC.matcher(t);
        }
        return t.replace("{", "").replace("}", "");
    }

    private static int closing(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            if (t.charAt(i) == '{') {
                depth++;
            } else if (t.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
