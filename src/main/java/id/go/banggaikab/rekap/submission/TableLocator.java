package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.SheetView;
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
 * whether it is year to date. The Evaluasi Renja layout, with K and Rp under each quarter, is read by
 * {@link QuarterPairs}, in two rows or three.
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
        int width = Math.max(sheet.lastColumn(r), Math.max(sheet.lastColumn(r + 1), sheet.lastColumn(r + 2)));
        for (int c = 0; c <= width; c++) {
            if (QuarterPairs.threeRows(sheet, r, c)) {
                return threeRowLayout(sheet, r, width);
            }
        }
        if (QuarterPairs.startAt(sheet, r + 1, width)) {
            return new TableLayout(r, r + 1, List.of()); // a title above a K/Rp header is not its upper half
        }
        boolean twoRows = false;
        for (int c = 0; c <= width; c++) {
            if (subHeader(sheet, r, c).isPresent() && !sheet.label(r, c).isBlank() || groupPart(sheet, r, c)
                    || QuarterPairs.part(sheet, r, c, "").isPresent()) {
                twoRows = true;
            }
        }
        List<HeaderCell> cells = new ArrayList<>();
        for (int c = 0; c <= width; c++) {
            String top = sheet.label(r, c);
            Optional<Column> pair = twoRows ? QuarterPairs.part(sheet, r, c, "") : Optional.empty();
            Optional<Column> sub = twoRows && pair.isEmpty() ? subHeader(sheet, r, c) : Optional.empty();
            String below = twoRows && !sheet.mergedWithBelow(r, c) ? sheet.label(r + 1, c) : "";
            String header = (top + " " + below).strip();
            Optional<Column> role = pair.isPresent() ? pair : sub.isPresent() ? sub
                    : twoRows && groupPart(sheet, r, c) ? Column.recognise(header) : Column.recognise(top);
            if (role.isPresent()) {
                cells.add(new HeaderCell(c, role.get(), Column.saysCumulative(header), header));
            }
        }
        return new TableLayout(r, r + (twoRows ? 2 : 1), cells);
    }

    /**
     * The full Evaluasi Renja header: a heading row ("Realisasi Kinerja Pada Triwulan" over the quarters, "Target
     * Kinerja dan Anggaran Renja" over K/Rp), the quarters, then K and Rp. A column is named by its three rows
     * together, each merged block counted once.
     */
    private static TableLayout threeRowLayout(SheetView sheet, int r, int width) {
        List<HeaderCell> cells = new ArrayList<>();
        for (int c = 0; c <= width; c++) {
            Optional<Column> pair = QuarterPairs.part(sheet, r + 1, c, sheet.label(r, c));
            List<String> parts = new ArrayList<>();
            for (int row = r; row <= r + 2; row++) {
                if (row == r || !sheet.sameMergedBlock(row - 1, row, c)) {
                    parts.add(sheet.label(row, c));
                }
            }
            String header = String.join(" ", parts).strip();
            Optional<Column> role = pair.isPresent() ? pair : Column.recognise(header);
            if (role.isPresent()) {
                cells.add(new HeaderCell(c, role.get(), Column.saysCumulative(header), header));
            }
        }
        return new TableLayout(r, r + 3, cells);
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
