package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.history.StoredRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The units' own words about an indicator, gathered from the rows behind its values over the year's quarters: per
 * unit and wording one note with the quarters it was written in, in the order first written. Rows that say nothing
 * give no note; the planner writes the causes from what is left.
 */
final class UnitNotes {

    private UnitNotes() {
    }

    static List<UnitNote> of(Catalogue catalogue, List<StoredRow> rows) {
        record Key(String unit, String keterangan, String kendala, String solusi) {
        }
        Map<Key, TreeSet<Integer>> quarters = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing(StoredRow::periode)).forEach(r -> {
            String k = blank(r.notes().keterangan());
            String p = blank(r.notes().kendala());
            String s = blank(r.notes().solusi());
            if (k != null || p != null || s != null) {
                quarters.computeIfAbsent(new Key(r.unitCode(), k, p, s), x -> new TreeSet<>())
                        .add(r.periode().triwulan());
            }
        });
        List<UnitNote> out = new ArrayList<>();
        quarters.forEach((key, tw) -> out.add(new UnitNote(catalogue.unit(key.unit()).map(Unit::name)
                .orElse(key.unit()), new ArrayList<>(tw), key.keterangan(), key.kendala(), key.solusi())));
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || Objects.equals(s.strip(), "-") ? null : s.strip();
    }
}
