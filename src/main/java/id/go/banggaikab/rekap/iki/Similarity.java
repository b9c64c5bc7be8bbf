package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.shared.TextKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When two texts of an IKI document and the catalogue are the same text, and how alike they are when not. The
 * same: equal but for case, punctuation, Σ for Jumlah and the staff's abbreviations, or a typo away ("Dokumne",
 * "di Kelolah", a word written twice). How alike: the share of meaningful words both have (a word a typo away counts),
 * so "Jumlah Peserta Sosialisasi Perundang-undangan Tentang Usaha Mikro" and "… Sosialisasi Peraturan
 * Perundang-undangan bagi Pelaku Usaha Mikro" are alike and a different measure is not.
 */
final class Similarity {

    /** Words that say little about which measure a text is. */
    private static final Set<String> COMMON = Set.of("jumlah", "persentase", "yang", "dan", "di", "ke", "dari",
            "untuk", "bagi", "pada", "dengan", "atau", "serta", "tentang", "dalam", "oleh", "per");

    /**
     * How alike, at most, two texts can be whose numbers differ: below the share at which a text counts as reworded,
     * so such a pair is only ever listed for the staff to decide.
     */
    static final double NUMBERED_APART = 0.7;
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile(
            "^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$");

    private final Map<String, String> abbreviations;

    Similarity(Map<String, String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The comparison key with the abbreviations spelled out. */
    String key(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : TextKey.key(text == null ? "" : text.replace("&", " dan ")).split(" ")) {
            if (!word.isEmpty()) {
                out.append(' ').append(abbreviations.getOrDefault(word, word));
            }
        }
        return out.toString().strip();
    }

    /** The same text but for typography, abbreviations and small typos. */
    boolean same(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return ka.equals(kb);
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (!numbers(ka).equals(numbers(kb))) {
            return false; // Wilayah I and Wilayah II, tahap 1 and tahap 2: a figure is no typo
        }
        String na = ka.replace(" ", "");
        String nb = kb.replace(" ", "");
        int budget = Math.max(1, Math.min(4, na.length() / 12));
        return distance(na, nb, budget) <= budget || wordDistance(ka.split(" "), kb.split(" ")) <= 1
                && Math.min(ka.split(" ").length, kb.split(" ").length) >= 4;
    }

    /** How alike, 0 to 1: the Dice share of meaningful words both have, a typo away counting as the same word. */
    double alike(String a, String b) {
        List<String> wa = meaningful(key(a));
        List<String> wb = meaningful(key(b));
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(wb);
        int shared = 0;
        for (String w : wa) {
            for (int i = 0; i < rest.size(); i++) {
                if (near(w, rest.get(i))) {
                    rest.remove(i);
                    shared++;
                    break;
                }
            }
        }
        double share = 2.0 * shared / (wa.size() + wb.size());
        return numbers(key(a)).equals(numbers(key(b))) ? share : Math.min(share, NUMBERED_APART);
    }

    /** The numbers of a key, Arabic or Roman, in order: what tells Seksi Wilayah I from Seksi Wilayah II. */
    private static List<String> numbers(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (w.matches("\\d+") || ROMAN.matcher(w).matches()) {
                out.add(w);
            }
        }
        out.sort(null);
        return out;
    }

    /** How many distinct words two texts share (for telling which signature belongs to a title). */
    static int sharedWords(String a, String b) {
        Set<String> wa = new HashSet<>(List.of(TextKey.key(a).split(" ")));
        wa.retainAll(new HashSet<>(List.of(TextKey.key(b).split(" "))));
        wa.remove("");
        return wa.size();
    }

    private static List<String> meaningful(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (!w.isEmpty() && !COMMON.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean near(String a, String b) {
        return a.equals(b) || a.length() >= 5 && b.length() >= 5 && distance(a, b, 1) <= 1;
    }

    /** Words added or left out between two word lists (a word a typo away is no edit, a word replaced is two). */
    private static int wordDistance(String[] a, String[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (near(a[i - 1], b[j - 1]) ? 0
                        : 2)); // a word for another is no small slip: it may be another measure
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to be more. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1]
                        + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
