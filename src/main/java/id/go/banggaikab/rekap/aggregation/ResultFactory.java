package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Target;

/**
 * Turns an indicator's values into a recap line: its measure by {@link CapaianRule} (the one rule every output
 * shows), the category, and the capaian used in scores, capped at {@link RecapSettings#scoreCap()}; the tables show
 * capaian uncapped.
 */
final class ResultFactory {

    private final Catalogue catalogue;
    private final RecapSettings settings;

    ResultFactory(Catalogue catalogue, RecapSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    IndicatorResult result(Indicator i, IndicatorValues values, Target target, int triwulan, Figure lastYear) {
        CapaianRule.Measure m = CapaianRule.of(values, target, triwulan, i.polarity());
        Double capped = m.capaian() == null ? null : Math.min(m.capaian(), settings.scoreCap());
        return new IndicatorResult(i, catalogue.unitOf(i), catalogue.positionOf(i), values, m.target(), m.basis(),
                m.annualTarget(), m.capaian(), settings.scale().categorize(m.capaian()), m.capaianAnnual(), capped,
                lastYear, sources(values.rows()));
    }

    /**
     * One line per file name with the quarters it fed, e.g. "Seksi X.xlsx (TW I, II, III)": a unit's forms of
     * several quarters usually share a name in different folders, and the full paths are on the Jejak Data sheet.
     */
    static List<String> sources(List<StoredRow> rows) {
        Map<String, SortedSet<Integer>> byName = new TreeMap<>();
        for (StoredRow r : rows) {
            String name = r.fileName().substring(r.fileName().lastIndexOf('/') + 1);
            byName.computeIfAbsent(name, k -> new TreeSet<>()).add(r.periode().triwulan());
        }
        List<String> out = new ArrayList<>();
        byName.forEach((name, quarters) -> out.add(name + " (TW " + quarters.stream().map(Periode::roman)
                .collect(Collectors.joining(", ")) + ")"));
        return out;
    }
}
