package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.List;

/** A unit expected to report that sent no form for the quarter, with the indicators left without a value by it. */
public record MissingReport(Unit unit, List<Indicator> withoutValue) {
    public MissingReport {
        withoutValue = List.copyOf(withoutValue);
    }
}
