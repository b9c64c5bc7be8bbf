package id.go.banggaikab.rekap.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * "Which of these does the text mean, allowing for a small typo": the rule every matcher (units, positions,
 * indicators) applies the same way. A candidate's distance is the smallest edit distance from the text's key to any
 * of its keys; candidates beyond the typo budget of the text's key ({@link TextKeys#typoBudget}) are left out.
 */
final class Closest {

    private Closest() {
    }

    /** The distance to each candidate within the budget, in the candidates' order. */
    static <T> Map<T, Integer> within(String key, Collection<T> candidates, Function<T, Collection<String>> keysOf) {
        int budget = TextKeys.typoBudget(key);
        Map<T, Integer> out = new LinkedHashMap<>();
        for (T candidate : candidates) {
            int d = keysOf.apply(candidate).stream().mapToInt(k -> TextKeys.distance(key, k, budget)).min()
                    .orElse(budget + 1);
            if (d <= budget) {
                out.put(candidate, d);
            }
        }
        return out;
    }

    /** The candidates at the smallest distance: one means a match, several a tie that must not be guessed. */
    static <T> List<T> nearest(Map<T, Integer> distances) {
        int best = distances.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        List<T> out = new ArrayList<>();
        distances.forEach((candidate, d) -> {
            if (d == best) {
                out.add(candidate);
            }
        });
        return out;
    }

    /** As {@link #within} then {@link #nearest}. */
    static <T> List<T> nearest(String key, Collection<T> candidates, Function<T, Collection<String>> keysOf) {
        return nearest(within(key, candidates, keysOf));
    }
}
