package id.go.banggaikab.rekap.formulir;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a text such as a unit name into a safe file name. Unit names may come from forms that users typed, and a
 * name like {@code ../../config/katalog} or {@code CON} must never pick where a file lands or make Windows choke on
 * the shared folder. The result keeps the name recognisable ("KSP/USP" becomes "KSP-USP", so the reader still finds
 * the unit in the file name), is never empty and stays short enough for a folder path on an office PC.
 */
public final class SafeFileNames {

    /** Code points kept; the form writer adds " - 2026 TW III.xlsx" and the folder adds more. */
    static final int MAX_LENGTH = 80;
    /** Linux allows 255 bytes per name; multi-byte letters must not push the suffixed name past it. */
    static final int MAX_UTF8_BYTES = 200;
    static final String FALLBACK = "Tanpa Nama";

    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern RESERVED = Pattern.compile("(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])",
            Pattern.CASE_INSENSITIVE);

    private SafeFileNames() {
    }

    /** A name safe on Windows and Linux alike, without extension handling: the caller appends its own. */
    public static String of(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String t = Normalizer.normalize(name, Normalizer.Form.NFKC);
        t = withoutInvisibles(t);
        t = FORBIDDEN.matcher(t).replaceAll("-");
        t = t.replaceAll("\\s+", " ").replaceAll("\\.{2,}", ".");
        t = trimEnds(t);
        t = shorten(t);
        if (t.isEmpty()) {
            return FALLBACK;
        }
        return isReserved(t) ? "_" + t : t;
    }

    /** Control characters and format characters (e.g. right-to-left overrides that disguise an extension). */
    private static String withoutInvisibles(String t) {
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            out.appendCodePoint(invisible ? ' ' : cp);
        });
        return out.toString();
    }

    /**
     * No leading dots or "~" (hidden files and Office lock files are skipped by the reader), no trailing dots or
     * spaces (Windows drops them silently, so two names would collide).
     */
    private static String trimEnds(String t) {
        return t.replaceAll("^[\\s.~]+", "").replaceAll("[\\s.]+$", "");
    }

    private static String shorten(String t) {
        String s = t;
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH));
        }
        while (s.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            s = s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1));
        }
        return trimEnds(s);
    }

    /** Windows reserves these device names whatever the extension ("nul.txt") and ignores trailing spaces. */
    private static boolean isReserved(String t) {
        int dot = t.indexOf('.');
        String base = (dot < 0 ? t : t.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        return RESERVED.matcher(base).matches();
    }
}
