package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.RegisterKind;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a reading tallied into figures, the rows behind them and the notes that explain a figure not counted:
 * no register of the kind, an incomplete one, a column missing, last year's figures not kept.
 */
final class RegisterResults {

    /** Where notes about the registers as a whole are filed on the Masalah sheet. */
    static final String FOLDER = "register";

    private final CountPlan plan;
    private final List<RuleGroup> groups;
    private final Map<RegisterKind, List<String>> blocked;
    private final ProblemLog problems;

    RegisterResults(CountPlan plan, List<RuleGroup> groups, Map<RegisterKind, List<String>> blocked,
            ProblemLog problems) {
        this.plan = plan;
        this.groups = groups;
        this.blocked = blocked;
        this.problems = problems;
    }

    RegisterCounter.Counts counts() {
        List<CountedFigure> figures = new ArrayList<>();
        List<RegisterDetail.Group> details = new ArrayList<>();
        Map<RegisterKind, List<String>> missing = new LinkedHashMap<>();
        Map<RegisterKind, List<String>> unreadable = new LinkedHashMap<>();
        for (RuleGroup g : groups) {
            RuleGroup.Tally t = chosen(g);
            List<String> parts = g.rules.stream().map(RegisterResults::part).toList();
            if (blocked.containsKey(g.kind())) {
                unreadable.computeIfAbsent(g.kind(), k -> new ArrayList<>()).addAll(parts);
                continue;
            }
            if (t == null && g.first().lastYear()) {
                noFigure(g, parts);
                continue;
            }
            if (t == null) {
                missing.computeIfAbsent(g.kind(), k -> new ArrayList<>()).addAll(parts);
                continue;
            }
            if (!t.incomplete.isEmpty()) {
                problems.add(Problem.warning(FOLDER, null, null, null, String.join(", ", parts) + " tidak dihitung"
                        + " dari register: " + String.join("; ", t.incomplete) + ". Angka formulir dipakai bila ada."));
                continue;
            }
            RegisterRule first = g.first();
            if (first.sums() && t.withFigure == 0) {
                noFigure(g, parts);
                continue;
            }
            notes(g, parts);
            for (RegisterRule r : g.rules) {
                for (int tw : plan.quarters(r)) {
                    double[] f = t.figure(tw);
                    figures.add(new CountedFigure(r, tw, f == null ? 0 : f[0], r.sums() && !r.lastYear(),
                            List.copyOf(t.files), t.sheet, t.modified, f == null ? 0 : (int) f[1]));
                }
            }
            if (plan.quarters(first).contains(plan.recap().triwulan()) || plan.flow(first)) {
                details.add(group(g, t, parts));
            }
        }
        missing.forEach((kind, parts) -> problems.add(Problem.warning(FOLDER, null, null, null, "Tidak ada "
                + kind.label() + " untuk tahun " + plan.recap().tahun() + " di folder register; " + String.join(", ",
                        parts) + " memakai angka formulir bila ada.")));
        unreadable.forEach((kind, parts) -> problems.add(Problem.warning(FOLDER, null, null, null, kind.label()
                + " tidak lengkap (" + String.join("; ", blocked.get(kind)) + "); " + String.join(", ", parts)
                + " tidak dihitung dari register dan memakai angka formulir bila ada.")));
        return new RegisterCounter.Counts(figures, fairShare(details), problems.all());
    }

    /** A yearly figure the registers do not hold (yet), such as this year's volume usaha before its RAT. */
    private void noFigure(RuleGroup g, List<String> parts) {
        RegisterRule first = g.first();
        int tahun = plan.recap().tahun() - (first.lastYear() ? 1 : 0);
        problems.add(Problem.warning(FOLDER, null, null, null, String.join(", ", parts) + ": " + g.kind().label()
                + " belum berisi " + first.sumColumn() + " tahun " + tahun + " (kolom \"" + first.sumColumn() + " "
                + tahun + "\" atau register bertahun " + tahun + "). Angka formulir dipakai bila ada."));
    }

    /**
     * At most {@link RegisterCounter#LISTED_ROWS} rows in all, the small figures listed whole first: the 61 koperasi
     * aktif matter more than the thousands of rows of a stock that would otherwise fill the sheet before them.
     */
    static RegisterDetail fairShare(List<RegisterDetail.Group> groups) {
        int total = groups.stream().mapToInt(g -> g.rows().size() + g.unlisted()).sum();
        List<RegisterDetail.Group> bySize = new ArrayList<>(groups);
        bySize.sort(Comparator.comparingInt(g -> g.rows().size()));
        Map<RegisterDetail.Group, Integer> room = new java.util.IdentityHashMap<>();
        int left = RegisterCounter.LISTED_ROWS;
        for (int i = 0; i < bySize.size(); i++) {
            int share = left / (bySize.size() - i);
            int take = Math.min(share, bySize.get(i).rows().size());
            room.put(bySize.get(i), take);
            left -= take;
        }
        List<RegisterDetail.Group> out = new ArrayList<>();
        int listed = 0;
        for (RegisterDetail.Group g : groups) {
            int take = room.get(g);
            listed += take;
            out.add(take == g.rows().size() ? g : new RegisterDetail.Group(g.parts(), g.what(), g.rule(), g.quarters(),
                    g.total(), g.unit(), g.sums(), g.rows().subList(0, take), g.rows().size() + g.unlisted() - take));
        }
        return new RegisterDetail(out, total - listed, RegisterCounter.LISTED_ROWS);
    }

    /** The source of rows a group's figure comes from; null when no register gives it. */
    private static RuleGroup.Tally chosen(RuleGroup g) {
        RuleGroup.Tally current = g.tallies.get(RuleGroup.Source.CURRENT);
        if (!g.first().lastYear()) {
            return current;
        }
        RuleGroup.Tally previous = g.tallies.get(RuleGroup.Source.PREVIOUS);
        if (previous != null && previous.incomplete.isEmpty() && previous.withFigure > 0) {
            return previous;
        }
        if (current != null && current.incomplete.isEmpty() && current.withFigure > 0) {
            return current;
        }
        return previous != null ? previous : current;
    }

    private void notes(RuleGroup g, List<String> parts) {
        for (String skipped : g.skippedConditions) {
            problems.add(Problem.warning(FOLDER, null, null, null, String.join(", ", parts) + ": " + skipped
                    + "; dihitung dengan syarat lainnya saja."));
        }
        if (g.excluded > 0) {
            List<RegisterRule.Condition> c = g.first().conditions();
            problems.add(Problem.warning(FOLDER, null, null, null, String.join(", ", parts) + " "
                    + plan.recap().label() + ": " + IndonesianNumbers.format(g.excluded) + " baris memenuhi \""
                    + c.get(0).describe() + "\" tetapi tidak memenuhi " + c.subList(1, c.size()).stream()
                            .map(x -> "\"" + x.describe() + "\"").collect(Collectors.joining(" atau "))
                    + ", maka tidak dihitung: " + String.join(", ", g.excludedNames) + (g.excluded > 5 ? ", …" : "")
                    + "."));
        }
    }

    private RegisterDetail.Group group(RuleGroup g, RuleGroup.Tally t, List<String> parts) {
        RegisterRule first = g.first();
        Indicator i = plan.catalogue().indicator(first.indicatorCode()).orElseThrow();
        Set<Integer> quarters = plan.quarters(first);
        Periode recap = plan.recap();
        double total = 0;
        List<Integer> listedQuarters = new ArrayList<>();
        for (int tw : quarters) {
            if (plan.listed(first, tw)) {
                double[] f = t.figure(tw);
                double v = f == null ? 0 : f[0];
                total = plan.flow(first) ? total + v : v;
                listedQuarters.add(tw);
            }
        }
        String when = listedQuarters.isEmpty() ? ""
                : listedQuarters.size() == 1 ? "TW " + Periode.roman(listedQuarters.get(0))
                : "TW " + Periode.roman(listedQuarters.get(0)) + " s.d. TW " + Periode.roman(recap.triwulan());
        String unit = first.sums() ? "Rp" : g.kind() == RegisterKind.KOPERASI ? "koperasi" : "usaha mikro";
        List<RegisterDetail.Row> rows = new ArrayList<>(t.rows);
        rows.sort(Comparator.comparingInt(RegisterDetail.Row::triwulan).thenComparing(RegisterDetail.Row::file)
                .thenComparing(RegisterDetail.Row::sheet).thenComparingInt(RegisterDetail.Row::row));
        return new RegisterDetail.Group(parts, RegisterCounter.partName(i, first.slot()), first.describe(), when,
                total, unit, first.sums(), rows, t.unlisted);
    }

    static String part(RegisterRule r) {
        return r.indicatorCode() + " " + r.slot().word();
    }
}
