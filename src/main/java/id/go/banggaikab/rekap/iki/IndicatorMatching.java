package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which indicator in force each indicator of the document is: within its position, the same text (or an alias) first,
 * then the most alike, each indicator once, none less alike than {@link #ALIKE}; an indicator left over that has the
 * very text of one of another position's is that one, moved.
 */
final class IndicatorMatching {

    /** Below this share of meaningful words in common two texts are two indicators. */
    static final double ALIKE = 0.45;

    private final Similarity words;
    private final Predicate<Indicator> active;
    private final Map<DocRow, Indicator> matched = new IdentityHashMap<>();
    private final Map<DocRow, Double> scores = new IdentityHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    IndicatorMatching(Similarity words, Predicate<Indicator> active) {
        this.words = words;
        this.active = active;
    }

    Map<DocRow, Indicator> matched() {
        return matched;
    }

    /** How alike each matched row is to its indicator: 1 for the same text. */
    Map<DocRow, Double> scores() {
        return scores;
    }

    /** The codes of the indicators in force that the document has. */
    Set<String> used() {
        return used;
    }

    void match(List<DocPosition> positions, Map<Integer, String> positionCodes, Catalogue inForce) {
        for (DocPosition p : positions) {
            assign(p.rows(), inForce.indicatorsOf(positionCodes.get(p.number())).stream().filter(active).toList());
        }
        for (DocPosition p : positions) {
            for (DocRow row : p.rows()) {
                if (!matched.containsKey(row)) {
                    inForce.indicators().stream().filter(i -> active.test(i) && !used.contains(i.code())
                            && exact(row, i)).findFirst().ifPresent(i -> pair(row, i, 1.0));
                }
            }
        }
    }

    private void pair(DocRow row, Indicator i, double score) {
        matched.put(row, i);
        scores.put(row, score);
        used.add(i.code());
    }

    private boolean exact(DocRow row, Indicator i) {
        return words.same(row.indicator(), i.name()) || i.aliases().stream().anyMatch(a -> words.same(row.indicator(),
                a));
    }

    private double score(DocRow row, Indicator i) {
        if (exact(row, i)) {
            return 1.0;
        }
        double best = words.alike(row.indicator(), i.name());
        for (String a : i.aliases()) {
            best = Math.max(best, words.alike(row.indicator(), a));
        }
        return Math.min(best, 0.99);
    }

    /** Best pairs first, each row and indicator used once. */
    private void assign(List<DocRow> rows, List<Indicator> candidates) {
        record Pair(DocRow row, Indicator indicator, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (DocRow r : rows) {
            for (Indicator i : candidates) {
                double s = score(r, i);
                if (s >= ALIKE) {
                    pairs.add(new Pair(r, i, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        for (Pair p : pairs) {
            if (!matched.containsKey(p.row()) && !used.contains(p.indicator().code())) {
                pair(p.row(), p.indicator(), p.score());
            }
        }
    }
}
