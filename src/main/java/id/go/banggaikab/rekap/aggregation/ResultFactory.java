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
 * Turns an indicator's values into a recap line: targets, capaian against the annual target and against the
 * cumulative target of the quarter, categories, and the capaian used in scores. Scores judge progress within the
 * year, so they use the quarter's Rencana Aksi target when one is set and the annual target otherwise, capped at
 * {@link RecapSettings#scoreCap()}; the tables show capaian uncapped. An indicator with no figure for the quarter
 * itself has no score capaian: a year to date left over from earlier quarters would score a quarter not sent as a
 * low one.
 */
final class ResultFactory {

    private final Catalogue catalogue;
    private final RecapSettings settings;

    ResultFactory(Catalogue catalogue, RecapSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    IndicatorResult result(Indicator i, IndicatorValues values, Target target, int triwulan, Figure lastYear) {
        Figure annual = target == null ? Figure.NONE : annualOf(target);
        Figure quarterly = target == null ? Figure.NONE : quarterOf(target, triwulan);
        Double capaian = Capaian.of(values.ytd(), annual, i.polarity());
        Double capaianQuarter = Capaian.of(values.ytd(), quarterly, i.polarity());
        Double forScore = !values.reportedIn(triwulan) ? null : capaianQuarter != null ? capaianQuarter : capaian;
        Double capped = forScore == null ? null : Math.min(forScore, settings.scoreCap());
        return new IndicatorResult(i, catalogue.unitOf(i), catalogue.positionOf(i), values, annual, quarterly,
                capaian, settings.scale().categorize(capaian), capaianQuarter,
                settings.scale().categorize(capaianQuarter), capped, lastYear,
                sources(values.rows()));
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

    private static Figure annualOf(Target t) {
        return t.annualPredikat() != null ? Figure.of(t.annualPredikat()) : Figure.of(t.annual());
    }

    private static Figure quarterOf(Target t, int triwulan) {
        return t.predikatUpTo(triwulan) != null ? Figure.of(t.predikatUpTo(triwulan)) : Figure.of(t.upTo(triwulan));
    }
}
