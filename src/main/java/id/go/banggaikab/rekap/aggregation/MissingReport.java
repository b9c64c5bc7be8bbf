package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.List;

/**
 * A unit expected to report that sent no usable form for the quarter, with the indicators left without a value by it
 * and what the history knows of why ({@code note}, empty when nothing: e.g. a file of the unit that was counted for
 * another period).
 */
public record MissingReport(Unit unit, List<Indicator> withoutValue, String note) {
    public MissingReport {
        withoutValue = List.copyOf(withoutValue);
        note = note == null ? "" : note;
    }

    public MissingReport(Unit unit, List<Indicator> withoutValue) {
        this(unit, withoutValue, "");
    }
}
