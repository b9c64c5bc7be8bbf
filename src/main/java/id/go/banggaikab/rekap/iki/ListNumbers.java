package id.go.banggaikab.rekap.iki;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The letters and numbers Word draws in front of a paragraph of an automatic list ("a.", "b.", "1)"), which are not
 * in the paragraph's text: counted per list and level through the document, so an item reads as the page shows it
 * and the lettering of TUGAS and FUNGSI can be checked as written.
 */
final class ListNumbers {

    private final Map<String, Integer> counters = new HashMap<>();

    /** The label Word shows before the paragraph ("a. "), or "" when it is no numbered list item. */
    String label(XWPFParagraph p) {
        BigInteger numId;
        String format;
        String text;
        try {
            numId = p.getNumID();
            format = p.getNumFmt();
            text = p.getNumLevelText();
        } catch (RuntimeException e) {
            return ""; // a numbering part the library cannot follow: the text as it is
        }
        if (numId == null || format == null || text == null || format.equals("bullet") || format.equals("none")) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        String key = numId + ":" + level;
        BigInteger start = p.getNumStartOverride();
        int n = counters.merge(key, 1, Integer::sum) + (start == null ? 0 : start.intValue() - 1);
        counters.keySet().removeIf(k -> k.startsWith(numId + ":") && Integer.parseInt(k.substring(k.indexOf(':') + 1))
                > level);
        String shown = switch (format) {
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
        return text.replaceAll("%\\d", shown) + " ";
    }

    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int v = n; v > 0; v = (v - 1) / 26) {
            out.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return out.toString();
    }

    private static String roman(int n) {
        int[] values = {10, 9, 5, 4, 1};
        String[] marks = {"X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int v = n;
        for (int i = 0; i < values.length; i++) {
            while (v >= values[i]) {
                out.append(marks[i]);
                v -= values[i];
            }
        }
        return out.toString();
    }
}
