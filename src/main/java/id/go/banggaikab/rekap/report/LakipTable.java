package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content of the Bab III performance table of a LKjIP, shared by the sheet and the Word table so both say the
 * same: each sasaran strategis with its indicators, then the sasaran program whose indicators support them (by the
 * catalogue's {@code induk}), numbered 1, 1.1, 1.2, 2 … Kegiatan-level indicators are internal and left out. The
 * last-year columns appear only when some figure of last year is known.
 */
record LakipTable(String title, boolean withLastYear, int lastYear, List<Group> groups) {

    static final String[] COLUMNS = {"No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
        "Capaian (%)", "Kategori"};

    /** One sasaran with its indicators; {@code number} is "1" for a sasaran strategis and "1.1" for a program. */
    record Group(String number, String sasaran, Level level, List<IndicatorResult> indicators) {
    }

    static LakipTable of(Recap recap) {
        List<Group> groups = new ArrayList<>();
        Map<String, List<IndicatorResult>> strategis = bySasaran(recap, Level.STRATEGIS);
        List<IndicatorResult> programs = recap.indicators().stream()
                .filter(r -> r.indicator().level() == Level.PROGRAM).collect(Collectors.toCollection(ArrayList::new));
        int n = 0;
        for (Map.Entry<String, List<IndicatorResult>> e : strategis.entrySet()) {
            n++;
            groups.add(new Group(Integer.toString(n), e.getKey(), Level.STRATEGIS, e.getValue()));
            Set<String> codes = e.getValue().stream().map(r -> r.indicator().code()).collect(Collectors.toSet());
            List<IndicatorResult> supporting = programs.stream()
                    .filter(r -> codes.contains(r.indicator().parentCode())).toList();
            programs.removeAll(supporting);
            int m = 0;
            for (Map.Entry<String, List<IndicatorResult>> p : group(supporting).entrySet()) {
                groups.add(new Group(n + "." + ++m, p.getKey(), Level.PROGRAM, p.getValue()));
            }
        }
        for (Map.Entry<String, List<IndicatorResult>> p : group(programs).entrySet()) {
            groups.add(new Group(Integer.toString(++n), p.getKey(), Level.PROGRAM, p.getValue()));
        }
        boolean withLastYear = groups.stream().flatMap(g -> g.indicators().stream())
                .anyMatch(r -> !r.lastYear().isEmpty());
        String title = "Capaian Kinerja " + recap.catalogue().dinasName() + " " + Wording.period(recap.periode());
        return new LakipTable(title, withLastYear, recap.periode().tahun() - 1, groups);
    }

    List<String> columns() {
        List<String> out = new ArrayList<>(List.of(COLUMNS));
        if (withLastYear) {
            out.add("Realisasi " + lastYear);
            out.add("Perubahan thd " + lastYear);
        }
        return out;
    }

    /** The change from last year: a difference for numbers, naik/tetap/turun for grades, empty when unknown. */
    static String change(IndicatorResult r) {
        if (r.ytd().predikat() != null && r.lastYear().predikat() != null) {
            int d = r.ytd().predikat().rank() - r.lastYear().predikat().rank();
            return d > 0 ? "Naik" : d < 0 ? "Turun" : "Tetap";
        }
        Double delta = difference(r);
        return delta == null ? "" : (delta > 0 ? "+" : "") + IndonesianNumbers.format(delta);
    }

    static Double difference(IndicatorResult r) {
        Double now = r.ytd().number();
        Double then = r.lastYear().number();
        return now == null || then == null ? null : now - then;
    }

    private static Map<String, List<IndicatorResult>> bySasaran(Recap recap, Level level) {
        return group(recap.indicators().stream().filter(r -> r.indicator().level() == level).toList());
    }

    private static Map<String, List<IndicatorResult>> group(List<IndicatorResult> results) {
        return results.stream().collect(Collectors.groupingBy(r -> r.indicator().sasaran(), LinkedHashMap::new,
                Collectors.toList()));
    }
}
