package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a {@link Recap} from what storage holds: values per indicator and quarter, capaian and categories, the
 * score tree, the dinas score of each earlier quarter for the trend chart, last year's year-end figures, and who did
 * not report. A plain class with no state and no Spring, so every rule is tested with {@code new}.
 */
public final class RecapCalculator {

    public Recap calculate(RecapInput input, RecapSettings settings) {
        Catalogue catalogue = input.catalogue();
        Periode periode = input.periode();
        List<Problem> problems = new ArrayList<>(input.problems());
        Map<String, IndicatorResult> results = results(input, settings, periode, problems);
        ScoreNode scores = new ScoreCalculator(catalogue, settings, input.submittedIn(periode)).score(results);
        List<Double> trend = new ArrayList<>();
        for (int tw = 1; tw < periode.triwulan(); tw++) {
            Periode earlier = new Periode(periode.tahun(), tw);
            Map<String, IndicatorResult> then = results(input, settings, earlier, new ArrayList<>());
            trend.add(new ScoreCalculator(catalogue, settings, input.submittedIn(earlier)).score(then).score());
        }
        trend.add(scores.score());
        List<MissingReport> missing = missing(catalogue, periode, input.submittedIn(periode), results,
                input.absenceNotes());
        int expected = catalogue.reportingUnits().size();
        return new Recap(catalogue, periode, settings, input.sample(), input.runTime(),
                List.copyOf(results.values()), scores, trend, missing, problems, expected, expected - missing.size(),
                input.verification(), input.registers(), input.targets());
    }

    private Map<String, IndicatorResult> results(RecapInput input, RecapSettings settings, Periode periode,
            List<Problem> problems) {
        ValueCalculator calculator = new ValueCalculator(input.catalogue());
        Map<String, IndicatorValues> values = Derivations.apply(input.catalogue(),
                calculator.compute(input.rows(), periode, problems));
        Map<String, IndicatorValues> lastYear = Derivations.apply(input.catalogue(),
                calculator.compute(input.rows(), new Periode(periode.tahun() - 1, 4), new ArrayList<>()));
        ResultFactory factory = new ResultFactory(input.catalogue(), settings);
        Map<String, IndicatorResult> out = new LinkedHashMap<>();
        for (Indicator i : input.catalogue().indicators()) {
            out.put(i.code(), factory.result(i, values.get(i.code()), input.targets().get(i.code()),
                    periode.triwulan(), lastYear.get(i.code()).ytd()));
        }
        return out;
    }

    /** Expected units without a form this quarter, each with the indicators it could have filled that stay empty. */
    private static List<MissingReport> missing(Catalogue catalogue, Periode periode, Set<String> submitted,
            Map<String, IndicatorResult> results, Map<String, String> notes) {
        List<MissingReport> out = new ArrayList<>();
        for (Unit u : catalogue.reportingUnits()) {
            if (!submitted.contains(u.code())) {
                List<Indicator> empty = catalogue.indicatorsReportableBy(u.code()).stream()
                        .filter(i -> results.get(i.code()).values().quarter(periode.triwulan()).isEmpty()).toList();
                out.add(new MissingReport(u, empty, notes.getOrDefault(u.code(), "")));
            }
        }
        return out;
    }
}
