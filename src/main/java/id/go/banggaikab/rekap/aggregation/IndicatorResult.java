package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.List;

/**
 * One line of the recap: an indicator with its unit and position, its realisation per quarter and year to date, and
 * its measure by {@link CapaianRule}: the target the capaian is measured against and what that target is
 * ({@code basis}), the annual target, the capaian and its category, the annual view, and the capaian its position's
 * score uses (capped); then last year's year-end realisation and the files that fed it. Every output takes the
 * capaian from here. Absent figures are {@link Figure#NONE} and absent capaian or categories null.
 */
public record IndicatorResult(Indicator indicator, Unit unit, Position position, IndicatorValues values,
        Figure target, CapaianRule.Basis basis, Figure annualTarget, Double capaian, String kategori,
        Double capaianAnnual, Double scoreCapaian, Figure lastYear, List<String> sources) {

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
