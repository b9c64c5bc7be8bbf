package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Recap;
import java.util.List;

/**
 * The computed Bab III of the LKjIP (or, before TW IV, the quarterly performance report "s.d. Triwulan …"):
 * everything the writers need and nothing they must compute. {@code groups} are the sasaran of Capaian Kinerja and
 * Capaian Sasaran in table order; {@code budget} the rows of Realisasi Anggaran ending with the total; {@code trends}
 * one per sasaran strategis; {@code notes} what the planner should know about the inputs; {@code staff} the units
 * with their positions and holders (Bab I of the whole LKjIP).
 */
public record Lkjip(Recap recap, List<Group> groups, List<BudgetRow> budget, List<Trend> trends, Renstra renstra,
        List<String> notes, List<UnitStaff> staff) {

    public Lkjip {
        groups = List.copyOf(groups);
        budget = List.copyOf(budget);
        trends = List.copyOf(trends);
        notes = List.copyOf(notes);
        staff = List.copyOf(staff);
    }

    public int tahun() {
        return recap.periode().tahun();
    }

    public List<IndicatorLine> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    /** Whether some indicator has last year's figure: the columns of {@code tahun-1} are shown. */
    public boolean knowsLastYear() {
        return lines().stream().anyMatch(l -> !l.lastYear().isEmpty());
    }

    public boolean knowsTwoYearsAgo() {
        return lines().stream().anyMatch(l -> !l.twoYearsAgo().isEmpty());
    }

    public boolean knowsLastYearCapaian() {
        return lines().stream().anyMatch(l -> l.lastYearCapaian() != null);
    }
}
