package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order of Bab III: each sasaran strategis with its indicators, then the sasaran program whose indicators
 * support them (by the catalogue's {@code induk}), numbered 1, 1.1, 1.2, 2 …; programs supporting no sasaran
 * strategis come last. Kegiatan-level indicators are the units' own and stay out.
 */
final class Grouping {

    /** A sasaran's number, text, level and lines, before its mean is taken. */
    record Draft(String number, String sasaran, Level level, List<IndicatorLine> lines) {
    }

    private Grouping() {
    }

    static List<Draft> of(List<IndicatorLine> lines) {
        List<Draft> out = new ArrayList<>();
        List<IndicatorLine> programs = lines.stream().filter(l -> l.indicator().level() == Level.PROGRAM)
                .collect(Collectors.toCollection(ArrayList::new));
        int n = 0;
        for (Map.Entry<String, List<IndicatorLine>> e : bySasaran(lines.stream()
                .filter(l -> l.indicator().level() == Level.STRATEGIS).toList()).entrySet()) {
            n++;
            out.add(new Draft(Integer.toString(n), e.getKey(), Level.STRATEGIS, e.getValue()));
            Set<String> codes = e.getValue().stream().map(IndicatorLine::code).collect(Collectors.toSet());
            List<IndicatorLine> supporting = programs.stream()
                    .filter(l -> codes.contains(l.indicator().parentCode())).toList();
            programs.removeAll(supporting);
            int m = 0;
            for (Map.Entry<String, List<IndicatorLine>> p : bySasaran(supporting).entrySet()) {
                out.add(new Draft(n + "." + ++m, p.getKey(), Level.PROGRAM, p.getValue()));
            }
        }
        for (Map.Entry<String, List<IndicatorLine>> p : bySasaran(programs).entrySet()) {
            out.add(new Draft(Integer.toString(++n), p.getKey(), Level.PROGRAM, p.getValue()));
        }
        return out;
    }

    private static Map<String, List<IndicatorLine>> bySasaran(List<IndicatorLine> lines) {
        return lines.stream().collect(Collectors.groupingBy(l -> l.indicator().sasaran(), LinkedHashMap::new,
                Collectors.toList()));
    }
}
