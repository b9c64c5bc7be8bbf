package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which position in force each position of the document is: the same title (or an alias, or the signature's title),
 * else a close title once the words every title has (kepala, seksi, pengolah data) are set aside, else the holder's
 * NIP; best pairs first, each position once. A document position left without one is new.
 */
final class PositionMatching {

    /** How alike two titles must be, their common words set aside, to be one position renamed. */
    static final double CLOSE = 0.85;

    private static final Set<String> TITLE_WORDS = Set.of("kepala", "seksi", "bidang", "sub", "bagian", "pengolah",
            "pengelola", "pengelolah", "data", "pengadministrasi");

    private final Similarity titles;
    private final Predicate<Position> active;

    PositionMatching(Similarity titles, Predicate<Position> active) {
        this.titles = titles;
        this.active = active;
    }

    Map<DocPosition, Position> match(List<DocPosition> positions, List<Position> inForce) {
        record Pair(DocPosition doc, Position position, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (DocPosition d : positions) {
            for (Position p : inForce) {
                double s = active.test(p) ? score(d, p) : 0;
                if (s >= 0.6) {
                    pairs.add(new Pair(d, p, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Map<DocPosition, Position> out = new IdentityHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (Pair pair : pairs) {
            if (!out.containsKey(pair.doc()) && used.add(pair.position().code())) {
                out.put(pair.doc(), pair.position());
            }
        }
        return out;
    }

    private double score(DocPosition d, Position p) {
        List<String> names = new ArrayList<>(List.of(p.name()));
        names.addAll(p.aliases());
        if (names.stream().anyMatch(n -> titles.same(d.title(), n))) {
            return 1.0;
        }
        if (d.signatureTitle() != null && names.stream().anyMatch(n -> titles.same(d.signatureTitle(), n))) {
            return 0.95;
        }
        double alike = names.stream().mapToDouble(n -> titles.alike(bare(titles, d.title()), bare(titles, n))).max()
                .orElse(0);
        double byTitle = alike >= CLOSE ? 0.5 + alike * 0.4 : 0;
        boolean sameNip = d.nip() != null && p.holder().nip() != null && d.nip().replaceAll("\\D", "")
                .equals(p.holder().nip().replaceAll("\\D", ""));
        return Math.max(byTitle, sameNip ? 0.6 : 0);
    }

    /** A title without the words every title has. */
    static String bare(Similarity titles, String title) {
        List<String> out = new ArrayList<>();
        for (String w : titles.key(title).split(" ")) {
            if (!TITLE_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }
}
