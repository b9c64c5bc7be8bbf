package id.go.banggaikab.rekap.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a sheet's table is: the header rows, the first data row and which column holds what. A role may appear in
 * several columns (a quarter's realisation and the year to date side by side); the per-quarter column comes first.
 */
record TableLayout(int headerRow, int firstDataRow, List<HeaderCell> columns) {

    /** One recognised header: its column index, role, whether it is year to date, and the header as written. */
    record HeaderCell(int col, Column role, boolean cumulative, String header) {
    }

    TableLayout {
        columns = columns.stream()
                .sorted(Comparator.comparing(HeaderCell::cumulative).thenComparing(HeaderCell::col))
                .toList();
    }

    boolean has(Column role) {
        return columns.stream().anyMatch(h -> h.role() == role);
    }

    /** The preferred column of a role: per quarter before year to date, then leftmost. */
    Optional<HeaderCell> first(Column role) {
        return columns.stream().filter(h -> h.role() == role).findFirst();
    }

    /** Column index of a role, or -1. */
    int col(Column role) {
        return first(role).map(HeaderCell::col).orElse(-1);
    }

    List<HeaderCell> all(Column role) {
        return columns.stream().filter(h -> h.role() == role).toList();
    }

    /** A usable table names its indicators and gives a realisation or its parts. */
    boolean usable() {
        return has(Column.INDIKATOR) && (has(Column.REALISASI) || has(Column.PEMBILANG) || has(Column.PENYEBUT));
    }

    /**
     * Keeps, among value and money columns that name a quarter in their header ("Realisasi TW I", "Realisasi TW
     * II", "Triwulan II Rp", ...), only those of the form's own quarter: a form laid out with a column per quarter
     * must not have another quarter's figure read as this one. Columns that name no quarter are kept as they are.
     */
    TableLayout forQuarter(int triwulan) {
        List<HeaderCell> kept = columns.stream().filter(h -> {
            if (!h.role().holdsValue() && h.role() != Column.ANGGARAN) {
                return true;
            }
            Integer named = PeriodText.quarterIn(h.header());
            return named == null || named == triwulan;
        }).toList();
        return new TableLayout(headerRow, firstDataRow, kept);
    }

    /** Value columns that name another quarter than the form's, as written: what {@link #forQuarter} drops. */
    List<String> otherQuarterColumns(int triwulan) {
        List<HeaderCell> kept = forQuarter(triwulan).columns();
        return columns.stream().filter(h -> h.role().holdsValue() && !kept.contains(h)).map(HeaderCell::header)
                .toList();
    }
}
