package id.go.banggaikab.rekap.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two texts typed by different people are the same text: forms and registers arrive with non-breaking spaces,
 * line breaks inside cells, "Σ", "∑" or "\\sum" for "Jumlah", stray punctuation and any case. The form reader, the
 * register reader and the check of the register rules in katalog.yml all compare through {@link #key(String)}, so a
 * header the check accepts is one the readers find.
 */
public final class TextKey {

    private static final Memo<String> CLEAN = new Memo<>(TextKey::cleaned);
    private static final Memo<String> KEY = new Memo<>(TextKey::keyed);

    private TextKey() {
    }

    /** Trimmed, whitespace collapsed (incl. non-breaking and line breaks); null becomes "". Keeps case and marks. */
    public static String clean(String text) {
        return text == null ? "" : alreadyClean(text) ? text : CLEAN.apply(text);
    }

    /**
     * True for ASCII text {@link #cleaned} would give back as it is: no whitespace other than single inner spaces,
     * nothing {@link String#strip} takes off its ends. Most cells of a form read so, and one look at their letters
     * is cheaper than finding them among the remembered texts.
     */
    static boolean alreadyClean(String text) {
        int last = text.length() - 1;
        if (last >= 0 && (text.charAt(0) <= ' ' || text.charAt(last) <= ' ')) {
            return false;
        }
        char before = 'x';
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && before == ' ') {
                return false;
            }
            before = c;
        }
        return true;
    }

    static String cleaned(String text) {
        String t = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // regex \\s
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString().strip();
    }

    /** Case and whitespace-insensitive form: two texts equal here differ only in ways nobody needs to be told. */
    public static String loose(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Comparison key: lower case, the sum signs ("Σ", "∑", "\\sum") spelled "jumlah", every run of punctuation a
     * single space. Two texts with the same key differ only in typography.
     */
    public static String key(String text) {
        return text == null ? "" : KEY.apply(text);
    }

    private static String keyed(String text) {
        String t = loose(text).replace("\\sum", " jumlah ");
        StringBuilder out = new StringBuilder(t.length() + 8);
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\u03A3' || c == '\u03C3' || c == '\u2211') {
                out.append(out.length() > 0 ? " jumlah" : "jumlah");
                gap = true;
            } else if (letterOrNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** What the regex classes \\p{L} and \\p{N} match: every run of anything else is one space in a key. */
    private static boolean letterOrNumber(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** ASCII text is its own NFKC form; most of what the reader compares is ASCII, and normalising costs. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

}
