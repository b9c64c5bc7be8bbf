package id.go.banggaikab.rekap.iki;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arithmetic of a formula as offices type it, brought to the one form the reader measures by, "A / B x 100%": a
 * division written "÷", " : " or "dibagi (dengan)", "dikali 100 persen", a label or a named left side in front
 * ("Rumus :", "Persentase = …"), and a fraction typed on lines (the numerator, a bar of dashes or underscores, the
 * denominator; or two lines, the second ending in "x 100%"). Only for reading how an indicator is measured: the
 * formula the catalogue keeps is the document's own ({@link FormulaText#plain}).
 */
final class FormulaArithmetic {

    private static final String HUNDRED = "(?:[xX×*]|dikali(?:kan)?|kali)\\s*100\\s*(?:%|persen)?";
    private static final Pattern BAR = Pattern.compile("^[-_—–=.‒―]{3,}\\s*(" + HUNDRED + ")?\\s*$");
    private static final Pattern BAR_AFTER = Pattern.compile("^(.*?\\S)\\s*[-_—–=]{3,}\\s*(" + HUNDRED + ")?\\s*$");
    private static final Pattern ENDS_HUNDRED = Pattern.compile("^(.*?\\S)\\s*" + HUNDRED + "\\s*$");
    private static final Pattern DIVISION = Pattern.compile("[/÷]|\\s:\\s|(?i)\\bdibagi\\b");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:rumus|formula(?:si)?|perhitungan|penghitungan"
            + "|cara\\s+(?:menghitung|perhitungan|penghitungan|pengukuran))\\s*[:=]\\s*");

    private FormulaArithmetic() {
    }

    /** The formula (its lines as written, "\n" between them) as one line in the form "A / B x 100%". */
    static String canonical(String formula) {
        if (formula == null) {
            return "";
        }
        String stacked = stacked(formula);
        String t = FormulaText.plain(stacked != null ? stacked : formula);
        t = LABEL.matcher(t).replaceFirst("");
        t = t.replace("÷", " / ").replaceAll("(?i)\\bdibagi(?:\\s+dengan)?\\b", " / ")
                .replaceAll("(?i)\\b(?:dikali(?:kan)?|kali)(?:\\s+dengan)?\\s+100\\b", " x 100")
                .replaceAll("(?i)\\b100\\s*persen\\b", "100%");
        if (!t.contains("/")) {
            t = t.replaceAll("(?<=\\S)\\s+:\\s+(?=\\S)", " / ");
        }
        int equals = t.indexOf('=');
        if (equals > 0 && equals == t.lastIndexOf('=') && t.substring(equals + 1).contains("/")
                && !t.substring(0, equals).contains("/")) {
            t = t.substring(equals + 1); // "Persentase = A / B x 100%": the left side names the result
        }
        return FormulaText.plain(t);
    }

    /** A fraction typed on lines as "A / B [x 100%]", or null when the lines are no such fraction. */
    private static String stacked(String formula) {
        if (DIVISION.matcher(formula).find()) {
            return null;
        }
        List<String> lines = formula.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String numerator = null;
        String denominator = null;
        boolean hundred = false;
        if (lines.size() == 3 && BAR.matcher(lines.get(1)).matches()) {
            Matcher bar = BAR.matcher(lines.get(1));
            bar.matches();
            numerator = lines.get(0);
            denominator = lines.get(2);
            hundred = bar.group(1) != null;
        } else if (lines.size() == 2 && BAR_AFTER.matcher(lines.get(0)).matches()) {
            Matcher bar = BAR_AFTER.matcher(lines.get(0));
            bar.matches();
            numerator = bar.group(1);
            denominator = lines.get(1);
            hundred = bar.group(2) != null;
        } else if (lines.size() == 2 && ENDS_HUNDRED.matcher(lines.get(1)).matches()
                && !ENDS_HUNDRED.matcher(lines.get(0)).matches()) {
            numerator = lines.get(0);
            denominator = lines.get(1);
        }
        if (numerator == null) {
            return null;
        }
        Matcher end = ENDS_HUNDRED.matcher(denominator);
        if (end.matches()) {
            denominator = end.group(1);
            hundred = true;
        }
        return numerator + " / " + denominator + (hundred ? " x 100%" : "");
    }
}
