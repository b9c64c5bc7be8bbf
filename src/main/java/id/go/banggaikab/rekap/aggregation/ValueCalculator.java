package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes the realisation of every catalogue indicator at the end of a quarter from the stored rows: each unit's
 * rows become a series per part (quarter figures and year to date by the part's accumulation), the units' series are
 * combined by the indicator's rule, and a ratio is recomputed from its accumulated numerator and denominator — never
 * an average of percentages.
 */
final class ValueCalculator {

    private final Catalogue catalogue;

    ValueCalculator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Values of every indicator, by code in catalogue order; findings go to {@code problems}. */
    Map<String, IndicatorValues> compute(List<StoredRow> rows, Periode periode, List<Problem> problems) {
        Map<String, List<StoredRow>> thisYear = byIndicator(rows, periode.tahun(), periode.triwulan());
        Map<String, List<StoredRow>> lastYear = byIndicator(rows, periode.tahun() - 1, 4);
        Map<String, IndicatorValues> out = new LinkedHashMap<>();
        for (Indicator i : catalogue.indicators()) {
            List<StoredRow> own = thisYear.getOrDefault(i.code(), List.of());
            List<StoredRow> history = lastYear.getOrDefault(i.code(), List.of());
            out.put(i.code(), values(i, own, history, periode.triwulan(), problems));
        }
        return out;
    }

    private static Map<String, List<StoredRow>> byIndicator(List<StoredRow> rows, int tahun, int upTo) {
        return rows.stream().filter(r -> r.periode().tahun() == tahun && r.periode().triwulan() <= upTo)
                .collect(Collectors.groupingBy(StoredRow::indicatorCode, LinkedHashMap::new, Collectors.toList()));
    }

    private IndicatorValues values(Indicator i, List<StoredRow> rows, List<StoredRow> history, int upTo,
            List<Problem> problems) {
        if (i.kind() == IndicatorKind.PREDIKAT) {
            List<Figure> quarters = PredikatSeries.quarters(rows, upTo, i.code(), problems);
            return new IndicatorValues(quarters, PredikatSeries.latest(quarters), null, null, rows);
        }
        if (i.isRatio() && hasParts(rows)) {
            return new RatioCalculator(i, upTo, problems).values(
                    series(i, rows, RowPart.NUMERATOR, i.numerator().accumulation(), upTo, problems),
                    series(i, rows, RowPart.DENOMINATOR, i.denominator().accumulation(), upTo, problems),
                    i.kind() == IndicatorKind.RASIO_PERTUMBUHAN ? lastYearFigure(i, history, problems) : null,
                    rows);
        }
        if (i.isRatio() && !rows.isEmpty()) {
            StoredRow r = rows.get(rows.size() - 1);
            problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), null, "Rasio " + i.code()
                    + " dilaporkan tanpa pembilang dan penyebut; dipakai persentase triwulan terakhir apa adanya"));
        }
        Series s = series(i, rows, RowPart.VALUE, accumulationOf(i), upTo, problems);
        return new IndicatorValues(quarters(s, upTo), Figure.of(s.ytd(upTo)), null, null, rows);
    }

    /** Plain values add up when they are counts and take the latest otherwise, unless the catalogue says. */
    private static Accumulation accumulationOf(Indicator i) {
        if (i.accumulation() != null && !i.isRatio()) {
            return i.accumulation();
        }
        return i.kind() == IndicatorKind.JUMLAH ? Accumulation.JUMLAH : Accumulation.TERAKHIR;
    }

    private static boolean hasParts(List<StoredRow> rows) {
        return rows.stream().anyMatch(r -> r.numerator() != null || r.denominator() != null);
    }

    private Series series(Indicator i, List<StoredRow> rows, RowPart part, Accumulation accumulation,
            int upTo, List<Problem> problems) {
        Map<String, List<StoredRow>> byUnit = rows.stream()
                .collect(Collectors.groupingBy(StoredRow::unitCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, Series> series = new LinkedHashMap<>();
        byUnit.forEach((unit, unitRows) -> series.put(unit, Series.of(unitRows, part, accumulation, upTo, problems)));
        if (series.isEmpty()) {
            return new Series();
        }
        String what = (part == RowPart.DENOMINATOR ? "Penyebut " : part == RowPart.NUMERATOR
                ? "Pembilang " : "Realisasi ") + i.code();
        return Combiner.combine(series, i.combine(), accumulation, upTo, what, problems);
    }

    /**
     * Last year's year-end figure of a growth ratio's numerator, from the history, or null without history. When the
     * history stops before TW IV the latest year to date is used and the user is told.
     */
    private Series.YearEnd lastYearFigure(Indicator i, List<StoredRow> history, List<Problem> problems) {
        if (history.stream().noneMatch(r -> r.numerator() != null)) {
            return null;
        }
        Series s = series(i, history, RowPart.NUMERATOR, i.numerator().accumulation(), 4, new ArrayList<>());
        int last = 4;
        while (last > 1 && !s.reported(last)) {
            last--;
        }
        if (last < 4) {
            StoredRow r = s.source(last);
            problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), IndonesianNumbers.format(s.ytd(4)), "Riwayat "
                    + i.code() + " tahun " + r.periode().tahun() + " hanya sampai TW " + Periode.roman(last)
                    + "; angka s.d. TW " + Periode.roman(last) + " dipakai sebagai angka akhir tahun lalu"));
        }
        return new Series.YearEnd(s.ytd(4), s.source(last));
    }

    static List<Figure> quarters(Series s, int upTo) {
        List<Figure> out = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            out.add(tw <= upTo ? Figure.of(s.quarter(tw)) : Figure.NONE);
        }
        return out;
    }
}
