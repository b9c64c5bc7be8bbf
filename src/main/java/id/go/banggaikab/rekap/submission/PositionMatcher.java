package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Jabatan column. It is only used to narrow the indicators a row may be, so a jabatan that cannot be told
 * (a holder's name, a title not in the catalogue) simply narrows nothing; "Kasi" or "Kepala Seksi" alone mean the
 * head of the unit whose form it is.
 */
final class PositionMatcher {

    private static final Set<String> HEAD_ONLY = Set.of("kepala", "kepala seksi", "kepala sub bagian",
            "kepala bidang", "kepala unit");

    private final Catalogue catalogue;
    private final Map<String, String> abbreviations;

    PositionMatcher(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.abbreviations = catalogue.abbreviations().positions();
    }

    /** The position among {@code candidates} that the text names, if exactly one. */
    Optional<Position> match(String text, String unitCode, Collection<Position> candidates) {
        String key = normalise(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (HEAD_ONLY.contains(key)) {
            return catalogue.headOf(unitCode).filter(candidates::contains);
        }
        List<Position> exact = candidates.stream().filter(p -> keys(p).contains(key)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<Position> winners = Closest.nearest(key, candidates, this::keys);
        return winners.size() == 1 ? Optional.of(winners.get(0)) : Optional.empty();
    }

    private List<String> keys(Position p) {
        List<String> keys = new ArrayList<>();
        keys.add(normalise(p.name()));
        p.aliases().forEach(a -> keys.add(normalise(a)));
        return keys;
    }

    private String normalise(String text) {
        return TextKeys.key(text, abbreviations);
    }
}
