package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;

/** The parts of an indicator a stored row can carry, each read from the row by the part's own field. */
enum RowPart {
    VALUE, NUMERATOR, DENOMINATOR;

    /** The figure of this part in {@code row}, as reported; null when not reported. */
    Double of(StoredRow row) {
        return switch (this) {
            case VALUE -> row.value();
            case NUMERATOR -> row.numerator();
            case DENOMINATOR -> row.denominator();
        };
    }
}
