package id.go.banggaikab.rekap.formulir;

/**
 * What a unit reported for an indicator last quarter, shown beside the inputs so staff can check this quarter's
 * figure against it (a penyebut that is a stock rarely jumps). Any part may be null; {@code predikat} is the grade as
 * written (AA ... D) for predicate indicators.
 */
public record PreviousValue(Double value, Double numerator, Double denominator, String predikat) {

    /** True when there is nothing to show. */
    public boolean isEmpty() {
        return value == null && numerator == null && denominator == null && (predikat == null || predikat.isBlank());
    }
}
