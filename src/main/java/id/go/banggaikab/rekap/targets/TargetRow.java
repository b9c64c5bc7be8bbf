package id.go.banggaikab.rekap.targets;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;

/**
 * One indicator's row of the target workbook as read: where it is ({@code row}, zero-based) and its five cells,
 * annual first then TW I–IV cumulative, as numbers or grades (null where empty or unusable) and as typed.
 */
record TargetRow(Indicator indicator, int row, Double[] numbers, Predikat[] grades, String[] shown) {

    Target target(int tahun) {
        return new Target(indicator.code(), tahun, numbers[0], new Double[] {numbers[1], numbers[2], numbers[3],
            numbers[4]}, grades[0], new Predikat[] {grades[1], grades[2], grades[3], grades[4]});
    }

    /** The cell's figure as a rank to compare (a grade's rank, or the number); null where empty. */
    Double value(int i) {
        return grades[i] != null ? Double.valueOf(grades[i].rank()) : numbers[i];
    }
}
