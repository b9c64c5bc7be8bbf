package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueWorkbookWriter.Marks;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposal while it is put together: the catalogue's entries as they become (starting from the catalogue in
 * force, in its order, new ones after), the changes found, and what the staff must check per entry ("jabatan:KODE",
 * "indikator:KODE", "unit:KODE") with the fields guessed.
 */
final class ProposalDraft {

    final Catalogue inForce;
    final int year;
    final Map<String, Position> positions = new LinkedHashMap<>();
    final Map<String, Indicator> indicators = new LinkedHashMap<>();
    final List<Change> changes = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Map<String, Set<String>> guessed = new LinkedHashMap<>();
    private final Set<String> taken = new LinkedHashSet<>();

    ProposalDraft(Catalogue inForce, int year) {
        this.inForce = inForce;
        this.year = year;
        inForce.positions().forEach(p -> positions.put(p.code(), p));
        inForce.indicators().forEach(i -> indicators.put(i.code(), i));
        inForce.units().forEach(u -> taken.add(u.code()));
        taken.addAll(positions.keySet());
        taken.addAll(indicators.keySet());
    }

    /** Every code in use, retired ones and those of this proposal included. */
    Set<String> taken() {
        return taken;
    }

    void position(Position p) {
        positions.put(p.code(), p);
        taken.add(p.code());
    }

    void indicator(Indicator i) {
        indicators.put(i.code(), i);
        taken.add(i.code());
    }

    void change(Change.Kind kind, String code, String position, String before, String after, String note) {
        changes.add(new Change(kind, code, position, before, after, note));
    }

    void note(String entry, String text) {
        List<String> list = notes.computeIfAbsent(entry, k -> new ArrayList<>());
        if (!list.contains(text)) {
            list.add(text);
        }
    }

    void guessed(String entry, String... keys) {
        guessed.computeIfAbsent(entry, k -> new LinkedHashSet<>()).addAll(List.of(keys));
    }

    /** The catalogue proposed, with the units the placement added after those in force. */
    Catalogue catalogue(List<Unit> addedUnits) {
        List<Unit> units = new ArrayList<>(inForce.units());
        units.addAll(addedUnits);
        addedUnits.forEach(u -> taken.add(u.code()));
        return new Catalogue(inForce.dinasName(), units, List.copyOf(positions.values()),
                List.copyOf(indicators.values()), List.of(), inForce.abbreviations(), inForce.registerRules());
    }

    Marks marks() {
        Map<String, String> joined = new LinkedHashMap<>();
        notes.forEach((k, v) -> joined.put(k, String.join("; ", v) + "."));
        return new Marks(joined, guessed);
    }
}
