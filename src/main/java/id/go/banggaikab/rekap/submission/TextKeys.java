package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.TextKey;
import java.util.Map;

/**
 * The one place that decides when two texts typed by different people mean the same thing: forms arrive with
 * non-breaking spaces, line breaks inside cells, "Σ", "∑" or "\sum" for "Jumlah", stray punctuation and any case.
 * Matching units, positions, indicators and headers all go through {@link #key(String)} so that they agree.
 */
final class TextKeys {

    private TextKeys() {
    }

    /** Trimmed, whitespace collapsed (incl. non-breaking and line breaks); null becomes "". Keeps case and marks. */
    static String clean(String text) {
        return TextKey.clean(text);
    }

    /** Case and whitespace-insensitive form (see {@link TextKey#loose}). */
    static String loose(String text) {
        return TextKey.loose(text);
    }

    /** Comparison key (see {@link TextKey#key}): two texts with the same key differ only in typography. */
    static String key(String text) {
        return TextKey.key(text);
    }

    /**
     * {@link #key(String)} with "&amp;" read as "dan" and every word that {@code abbreviations} knows replaced by its
     * full spelling ("jml" → "jumlah"). Each matcher brings its own list, because an abbreviation that is safe in one
     * kind of text may not be in another.
     */
    static String key(String text, Map<String, String> abbreviations) {
        StringBuilder out = new StringBuilder();
        for (String word : key(clean(text).replace("&", " dan ")).split(" ")) {
            if (!word.isEmpty()) {
                out.append(' ').append(abbreviations.getOrDefault(word, word));
            }
        }
        return out.toString().strip();
    }

    /**
     * Optimal string alignment distance (Levenshtein plus adjacent transpositions), so "Dokumne" is one edit from
     * "Dokumen". Stops early and returns {@code limit + 1} once the distance is known to exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit + 1);
    }

    /** How many edits a key of this length may carry and still count as a small typo. */
    static int typoBudget(String key) {
        return Math.max(1, Math.min(4, key.length() / 12));
    }
}
