package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which value is in force, indicator by indicator: among the rows that the files of one unit give for one quarter
 * and indicator, the row of the most recently saved file that gives a value wins; a file that leaves the indicator
 * out or empty ("-") changes nothing, and one that withdraws it ("batal") leaves it without value. The rule needs
 * no state: it is the same whatever order the files were read in.
 */
final class InForce {

    /** A stored row with what the rule looks at: the file it is from and whether its cell withdrew the value. */
    record Candidate(StoredRow row, long fileId, long fileModifiedMs, boolean withdrawn) {
        boolean counts() {
            return withdrawn || row.value() != null || row.numerator() != null || row.denominator() != null
                    || row.predikat() != null;
        }

        Key key() {
            return new Key(row.unitCode(), row.periode(), row.indicatorCode());
        }
    }

    /** One unit's indicator in one quarter. */
    record Key(String unitCode, Periode periode, String indicatorCode) {
    }

    /** The row in force for a key (null when the newest word was a withdrawal), and the values it replaced. */
    record Decision(Key key, Candidate winner, List<Candidate> replaced) {
        boolean hasValue() {
            return !winner.withdrawn();
        }
    }

    private InForce() {
    }

    /** The decisions for every key, from candidates in any order. */
    static List<Decision> decide(List<Candidate> candidates) {
        Map<Key, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.counts()) {
                byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Decision> out = new ArrayList<>();
        byKey.forEach((key, rows) -> {
            List<Candidate> ordered = new ArrayList<>(rows);
            ordered.sort(InForce::newerFirst);
            out.add(new Decision(key, ordered.get(0), List.copyOf(ordered.subList(1, ordered.size()))));
        });
        return out;
    }

    /**
     * For the keys no file gives a figure for (and none withdrew), the row of the most recently saved file that
     * still says something: a kendala, a keterangan, a solusi or a bukti, or the quarter's rupiah. A unit that could
     * not report a figure often writes why; the LKjIP carries those words and the rupiah spent.
     */
    static List<StoredRow> unfigured(List<Candidate> candidates) {
        Map<Key, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<StoredRow> out = new ArrayList<>();
        byKey.forEach((key, rows) -> {
            if (rows.stream().noneMatch(Candidate::counts)) {
                rows.stream().filter(c -> saysSomething(c.row())).sorted(InForce::newerFirst).findFirst()
                        .ifPresent(c -> out.add(c.row()));
            }
        });
        return out;
    }

    private static boolean saysSomething(StoredRow r) {
        return r.anggaran() != null || words(r.notes().keterangan()) || words(r.notes().kendala())
                || words(r.notes().solusi()) || words(r.notes().bukti());
    }

    private static boolean words(String s) {
        return s != null && !s.isBlank() && !s.strip().equals("-");
    }

    /** Saved later first; two files saved in the same millisecond are ordered by path, never by when we read them. */
    private static int newerFirst(Candidate a, Candidate b) {
        int byTime = Long.compare(b.fileModifiedMs(), a.fileModifiedMs());
        if (byTime != 0) {
            return byTime;
        }
        int byPath = Objects.compare(b.row().fileName(), a.row().fileName(), String::compareTo);
        return byPath != 0 ? byPath : Long.compare(b.fileId(), a.fileId());
    }
}
