package id.go.banggaikab.rekap.register;

import java.util.List;

/**
 * The rows behind the counted figures of a recap, for its "Rincian Register" sheet: one group per figure (figures of
 * several indicators counted by the same rule share one group, e.g. the usaha mikro binaan of KABID-PUM-01 … 03),
 * each with its rows. {@code omitted} rows were counted but are not listed, beyond what one sheet holds.
 */
public record RegisterDetail(List<Group> groups, int omitted, int limit) {

    public static final RegisterDetail NONE = new RegisterDetail(List.of(), 0, 0);

    /**
     * One counted figure: the indicator parts it gives ("KADIS-01 pembilang"), what it counts (the part's name), the
     * rule in words, the quarters whose rows are listed, the figure and the word for what is counted, its rows, and
     * how many more rows it counted than are listed ({@code unlisted}).
     */
    public record Group(List<String> parts, String what, String rule, String quarters, double total, String unit,
            boolean sums, List<Row> rows, int unlisted) {
        public Group {
            parts = List.copyOf(parts);
            rows = List.copyOf(rows);
        }
    }

    /** One row of a register as counted: where it is, who it is, its figure when summed, and why it counts. */
    public record Row(int triwulan, String file, String sheet, int row, String id, String name, String kecamatan,
            Double value, String basis) {
    }

    public RegisterDetail {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
