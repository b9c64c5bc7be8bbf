package id.go.banggaikab.rekap.formulir;

import java.util.ArrayList;
import java.util.List;

/**
 * Which columns a form has and where. The last-quarter column is left out when there is nothing to show (the first
 * quarter a unit reports), so the printed form carries no empty column.
 */
record FormLayout(List<FormColumn> columns) {

    /** Rows above the table: title, dinas, period, blank, the three header block lines, hint, blank. */
    static final int HEADER_ROW = 9;

    static FormLayout of(boolean withLastQuarter) {
        List<FormColumn> cols = new ArrayList<>(List.of(FormColumn.values()));
        if (!withLastQuarter) {
            cols.remove(FormColumn.TW_LALU);
        }
        return new FormLayout(List.copyOf(cols));
    }

    /** Column index of {@code column}, or -1 when the form has none. */
    int col(FormColumn column) {
        return columns.indexOf(column);
    }

    int last() {
        return columns.size() - 1;
    }
}
