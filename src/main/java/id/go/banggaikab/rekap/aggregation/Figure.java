package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Predikat;

/**
 * A realisation or a target: a number, or a grade for predicate indicators, or nothing. "Nothing" is kept apart from
 * zero throughout, because a form left empty is not a report of 0.
 */
public record Figure(Double number, Predikat predikat) {

    public static final Figure NONE = new Figure(null, null);

    public static Figure of(Double number) {
        return number == null ? NONE : new Figure(number, null);
    }

    public static Figure of(Predikat predikat) {
        return predikat == null ? NONE : new Figure(null, predikat);
    }

    public boolean isEmpty() {
        return number == null && predikat == null;
    }
}
