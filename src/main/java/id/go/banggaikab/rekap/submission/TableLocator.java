package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.submission.TableLayout.HeaderCell;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the table's header in the first rows of a sheet. Forms carry title rows, the header block and blank rows
 * above the table, and often a two-row header where a merged "REALISASI" spans "Pembilang | Penyebut" or
 * "TW II | s.d. TW II"; both rows are read together so the lower one names the column and the upper one tells
 * whether it is year to date.
 */
final class TableLocator {

    /** How far down a header may sit; a form with more than this above its table is not one of ours. */
    static final int SEARCH_ROWS = 40;

    private static final Set<Column> GROUP_HEADINGS = EnumSet.of(Column.REALISASI, Column.TARGET);

    private TableLocator() {
    }

    static Optional<TableLayout> locate(SheetView sheet) {
        int last = Math.min(sheet.lastRow(), SEARCH_ROWS);
        for (int r = 0; r <= last; r++) {
            TableLayout layout = layoutAt(sheet, r);
            if (layout.usable()) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    private static TableLayout layoutAt(SheetView sheet, int r) {
        int width = Math.max(sheet.lastColumn(r), sheet.lastColumn(r + 1));
        boolean twoRows = false;
        for (int c = 0; c <= width; c++) {
            if (subHeader(sheet, r, c).isPresent() && !sheet.label(r, c).isBlank() || groupPart(sheet, r, c)) {
                twoRows = true;
            }
        }
        List<HeaderCell> cells = new ArrayList<>();
        for (int c = 0; c <= width; c++) {
            String top = sheet.label(r, c);
            Optional<Column> sub = twoRows ? subHeader(sheet, r, c) : Optional.empty();
            String below = twoRows && !sheet.mergedWithBelow(r, c) ? sheet.label(r + 1, c) : "";
            String header = (top + " " + below).strip();
            Optional<Column> role = sub.isPresent() ? sub
                    : twoRows && groupPart(sheet, r, c) ? Column.recognise(header) : Column.recognise(top);
            if (role.isPresent()) {
                cells.add(new HeaderCell(c, role.get(), Column.saysCumulative(header), header));
            }
        }
        return new TableLayout(r, r + (twoRows ? 2 : 1), cells);
    }

    /**
     * A column under a merged group heading whose lower cell only qualifies it: "REALISASI" over "TW I | TW II",
     * "Kinerja | Anggaran (Rp)" or "TW II | s.d. TW II". The column is then named by both rows together, so a
     * column per quarter is told apart and a budget column is not taken for the realisation.
     */
    private static boolean groupPart(SheetView sheet, int r, int c) {
        if (sheet.mergedWithBelow(r, c) || sheet.mergedWidth(r, c) <= 1 || sheet.label(r + 1, c).isBlank()) {
            return false;
        }
        Optional<Column> topRole = Column.recognise(sheet.label(r, c));
        return topRole.isPresent() && GROUP_HEADINGS.contains(topRole.get());
    }

    /**
     * The role named by the cell below, when the row is the upper half of a two-row header: the upper cell is empty,
     * a merged group heading, or "Realisasi"/"Target" above its parts. A row counts as an upper half only when one
     * of its non-empty cells heads a part below, so a label row of the header block above the table is never eaten.
     */
    private static Optional<Column> subHeader(SheetView sheet, int r, int c) {
        if (sheet.mergedWithBelow(r, c)) {
            return Optional.empty();
        }
        Optional<Column> sub = Column.recognise(sheet.label(r + 1, c));
        if (sub.isEmpty()) {
            return sub;
        }
        String top = sheet.label(r, c);
        Optional<Column> topRole = Column.recognise(top);
        boolean group = top.isBlank() || sheet.mergedWidth(r, c) > 1
                || topRole.isPresent() && GROUP_HEADINGS.contains(topRole.get()) && sub.get() != topRole.get();
        return group ? sub : Optional.empty();
    }
}
