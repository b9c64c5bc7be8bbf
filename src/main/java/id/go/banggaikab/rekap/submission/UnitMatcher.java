package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import id.go.banggaikab.rekap.shared.Memo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which unit a piece of text names. Staff write "Seksi Fasilitasi Usaha Mikro", "Fasilitasi UM", "Subbag
 * Umum", "KSP/USP", "Fasilitasi Usaha Kop.", the catalogue code or the code without its kind ("Seksi FUK", "KWU");
 * the kind word ("Seksi", "Sub Bagian", "Bidang") narrows the choice but may be
 * left out. A text that could name two units names none: guessing would file a report under the wrong unit.
 */
final class UnitMatcher {

    private static final Map<String, UnitKind> KIND_WORDS = Map.of(
            "seksi", UnitKind.SEKSI, "sub bagian", UnitKind.SUB_BAGIAN, "bidang", UnitKind.BIDANG);

    /** A way of writing a unit: the full key as written and, when it began with a kind word, the rest of it. */
    private record Name(Unit unit, String full, UnitKind kind, String bare, String spacedFull, String spacedBare) {
        Name(Unit unit, String full, UnitKind kind, String bare) {
            this(unit, full, kind, bare, " " + full + " ", " " + bare + " ");
        }
    }

    private static final Pattern SUB_BAG = Pattern.compile("\\bsub bag\\b");

    private final List<Name> names = new ArrayList<>();
    private final Map<String, String> abbreviations;
    private final Memo<Optional<Unit>> found = new Memo<>(this::inside);

    UnitMatcher(Catalogue catalogue) {
        this.abbreviations = catalogue.abbreviations().units();
        for (Unit unit : catalogue.units()) {
            Set<String> texts = new LinkedHashSet<>();
            texts.add(unit.name());
            texts.add(unit.code());
            texts.addAll(unit.aliases());
            for (String text : texts) {
                String full = normalise(text);
                UnitKind kind = kindOf(full);
                names.add(new Name(unit, full, kind, kind == null ? full : stripKind(full)));
            }
        }
    }

    /** The unit a label value names exactly or with a small typo ("Unit Kerja: Seksi Kewirausahan"). */
    Optional<Unit> match(String text) {
        String full = normalise(text);
        if (full.isEmpty()) {
            return Optional.empty();
        }
        UnitKind kind = kindOf(full);
        String bare = kind == null ? full : stripKind(full);
        Optional<Unit> exact = unique(names.stream().filter(n -> n.full.equals(full)).map(Name::unit).toList());
        if (exact.isPresent()) {
            return exact;
        }
        List<Name> sameKind = names.stream().filter(n -> kind == null || n.kind == null || n.kind == kind).toList();
        Optional<Unit> byBare = unique(sameKind.stream().filter(n -> n.bare.equals(bare)).map(Name::unit).toList());
        return byBare.isPresent() ? byBare : closest(sameKind, bare);
    }

    /**
     * The unit named somewhere inside a longer text (a file name, a title). Titles name the bidang above the seksi,
     * so a unit found together with one of its own sub-units gives way to it; otherwise the longest name wins. The
     * dinas itself is not looked for: its name heads every form.
     */
    Optional<Unit> find(String text) {
        return found.apply(text);
    }

    private Optional<Unit> inside(String text) {
        String padded = " " + normalise(text) + " ";
        Optional<Unit> byFull = mostSpecific(names.stream().filter(n -> !n.unit.isRoot())
                .filter(n -> padded.contains(n.spacedFull)).toList(), true);
        return byFull.isPresent() ? byFull : mostSpecific(names.stream().filter(n -> !n.unit.isRoot())
                .filter(n -> padded.contains(n.spacedBare)).toList(), false);
    }

    private static Optional<Unit> mostSpecific(List<Name> found, boolean full) {
        Set<String> parents = new LinkedHashSet<>();
        found.forEach(n -> parents.add(n.unit.parentCode()));
        List<Name> leaves = found.stream().filter(n -> !parents.contains(n.unit.code())).toList();
        int best = leaves.stream().mapToInt(n -> (full ? n.full : n.bare).length()).max().orElse(0);
        return unique(leaves.stream().filter(n -> (full ? n.full : n.bare).length() == best).map(Name::unit).toList());
    }

    private static Optional<Unit> closest(List<Name> candidates, String bare) {
        return unique(Closest.nearest(bare, candidates, n -> List.of(n.bare)).stream().map(Name::unit).toList());
    }

    private static Optional<Unit> unique(List<Unit> units) {
        List<Unit> distinct = units.stream().distinct().toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    String normalise(String text) {
        return SUB_BAG.matcher(TextKeys.key(text, abbreviations)).replaceAll("sub bagian");
    }

    private static UnitKind kindOf(String full) {
        return KIND_WORDS.entrySet().stream()
                .filter(e -> full.startsWith(e.getKey() + " "))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String stripKind(String full) {
        return KIND_WORDS.keySet().stream().filter(w -> full.startsWith(w + " "))
                .map(w -> full.substring(w.length() + 1)).findFirst().orElse(full);
    }
}
