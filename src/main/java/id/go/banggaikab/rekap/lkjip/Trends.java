package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend of each sasaran strategis: from the Renstra's kondisi awal (or the earliest year known) to its end (or
 * this year), per numeric indicator the realisation of each year that is known for the whole year and the Renstra
 * path. A year the history holds only in part is no point of the line; this year, until it is whole (TW IV of a year
 * that has ended), is a point of its own.
 */
final class Trends {

    private final Renstra renstra;
    private final YearComparison years;
    private final Periode periode;
    private final boolean ended;

    /** {@code ended}: whether the quarter had ended when the recap was made (else this year's point is provisional). */
    Trends(Renstra renstra, YearComparison years, Periode periode, boolean ended) {
        this.renstra = renstra;
        this.years = years;
        this.periode = periode;
        this.ended = ended;
    }

    List<Trend> of(List<Group> groups) {
        List<Trend> out = new ArrayList<>();
        for (Group g : groups) {
            if (g.level() == Level.STRATEGIS) {
                out.add(trend(g));
            }
        }
        return out;
    }

    private Trend trend(Group g) {
        List<IndicatorLine> numeric = g.lines().stream().filter(l -> l.indicator().kind() != IndicatorKind.PREDIKAT)
                .toList();
        int tahun = periode.tahun();
        int from = renstra.known() ? Math.min(renstra.awal(), tahun - 2) : tahun - 2;
        for (IndicatorLine l : numeric) {
            for (Integer y : renstra.earlier().getOrDefault(l.code(), new java.util.TreeMap<>()).keySet()) {
                from = Math.min(from, y);
            }
        }
        int to = Math.max(renstra.akhir(), tahun);
        boolean whole = periode.triwulan() == 4 && ended;
        List<String> labels = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            labels.add(y != tahun || whole ? Integer.toString(y) : periode.triwulan() < 4 ? y + " (s.d. TW "
                    + Periode.roman(periode.triwulan()) + ")" : y + " (sementara)");
        }
        String partialLabel = whole ? null : periode.triwulan() < 4 ? "Realisasi s.d. TW "
                + Periode.roman(periode.triwulan()) + " " + tahun + " (sebagian tahun)"
                : "Realisasi " + tahun + " (sementara)";
        List<Trend.Series> series = new ArrayList<>();
        for (IndicatorLine l : numeric) {
            List<Double> real = new ArrayList<>();
            List<Double> part = new ArrayList<>();
            List<Double> path = new ArrayList<>();
            for (int y = from; y <= to; y++) {
                Double v = realisation(l, y);
                boolean partYear = y == tahun && !whole;
                real.add(partYear ? null : v);
                part.add(partYear ? v : null);
                Figure p = renstra.known() && y == renstra.awal() ? renstra.kondisiAwal(l.code())
                        : renstra.target(l.code(), y);
                path.add(p.number());
            }
            series.add(new Trend.Series(l.code(), l.indicator().name(), l.indicator().satuan(), real, part, path));
        }
        return new Trend(g.number(), g.sasaran(), labels, partialLabel, series);
    }

    private Double realisation(IndicatorLine l, int y) {
        if (y == periode.tahun()) {
            return l.result().values().reportedIn(periode.triwulan()) ? l.realisasi().number() : null;
        }
        if (y > periode.tahun()) {
            return null;
        }
        YearFigure f = years.figure(l.indicator(), y);
        return f.source() == YearFigure.Source.RIWAYAT_SEBAGIAN ? null : f.figure().number();
    }
}
