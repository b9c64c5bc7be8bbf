package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rolls capaian up the tree. A position scores the mean of the (capped) capaian of its indicators that have a value
 * for the quarter and a target; a unit scores the weighted mean of its own positions (head first) and its child
 * units, skipping those without a score. So a seksi scores from its positions, a bidang or the sekretariat from its
 * head and its units, and the dinas from its head, the sekretariat and the bidang. Weights come from the catalogue
 * (default 1, i.e. equal). Each node also counts the reporting units beneath it and how many of them sent the
 * quarter's form ({@code submitted}), so a score resting on part of the units says so.
 */
final class ScoreCalculator {

    private final Catalogue catalogue;
    private final RecapSettings settings;
    private final Set<String> submitted;
    private final Set<String> reporting;

    ScoreCalculator(Catalogue catalogue, RecapSettings settings, Set<String> submitted) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.submitted = Set.copyOf(submitted);
        this.reporting = catalogue.reportingUnits().stream().map(Unit::code).collect(Collectors.toSet());
    }

    ScoreNode score(Map<String, IndicatorResult> results) {
        return unit(catalogue.root(), results);
    }

    private ScoreNode unit(Unit u, Map<String, IndicatorResult> results) {
        List<ScoreNode> children = new ArrayList<>();
        catalogue.positionsOf(u.code()).stream().sorted(Comparator.comparing(p -> !p.head()))
                .forEach(p -> children.add(position(p, results)));
        List<ScoreNode> units = new ArrayList<>();
        catalogue.children(u.code()).forEach(c -> units.add(unit(c, results)));
        children.addAll(units);
        double sum = 0;
        double weights = 0;
        int used = 0;
        int total = 0;
        for (ScoreNode c : children) {
            total += c.indicatorsTotal();
            if (c.score() != null) {
                sum += c.score() * c.weight();
                weights += c.weight();
                used += c.indicators();
            }
        }
        int expected = reporting.contains(u.code()) ? 1 : 0;
        int reported = expected == 1 && submitted.contains(u.code()) ? 1 : 0;
        for (ScoreNode c : units) {
            expected += c.unitsExpected();
            reported += c.unitsReported();
        }
        Double score = weights > 0 ? sum / weights : null;
        return new ScoreNode(u.code(), u.name(), false, catalogue.depth(u), u.weight(), score,
                settings.scale().categorize(score), used, total, reported, expected, children);
    }

    private ScoreNode position(Position p, Map<String, IndicatorResult> results) {
        List<Indicator> own = catalogue.indicatorsOf(p.code());
        List<Double> capaian = own.stream().map(i -> results.get(i.code())).filter(r -> r != null)
                .map(IndicatorResult::scoreCapaian).filter(c -> c != null).toList();
        Double score = capaian.isEmpty() ? null
                : capaian.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        int depth = catalogue.depth(catalogue.unit(p.unitCode()).orElseThrow()) + 1;
        int expected = reporting.contains(p.unitCode()) ? 1 : 0;
        int reported = expected == 1 && submitted.contains(p.unitCode()) ? 1 : 0;
        return new ScoreNode(p.code(), p.name(), true, depth, p.weight(), score, settings.scale().categorize(score),
                capaian.size(), own.size(), reported, expected, List.of());
    }
}
