package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.List;

/**
 * One line of the recap: an indicator with its unit and position, its realisation per quarter and year to date, the
 * annual target (Perjanjian Kinerja) and the cumulative target of the quarter (Rencana Aksi), capaian and category
 * against each, the capaian its position's score uses, last year's year-end realisation, and the files that fed it.
 * Absent figures are {@link Figure#NONE} and absent capaian or categories null.
 */
public record IndicatorResult(Indicator indicator, Unit unit, Position position, IndicatorValues values,
        Figure target, Figure quarterTarget, Double capaian, String kategori, Double capaianQuarter,
        String kategoriQuarter, Double scoreCapaian, Figure lastYear, List<String> sources) {

    public IndicatorResult {
        sources = List.copyOf(sources);
    }

    public Figure ytd() {
        return values.ytd();
    }

    public boolean hasValue() {
        return !values.ytd().isEmpty();
    }
}
