package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.SheetView;

/**
 * The first rows of a sheet as {@link TableStream} hands them to a caller to find its header: the same
 * {@link SheetView} the form reader looks at, read through its labels (a merged block reads as its top-left cell).
 * Streamed .xlsx files carry no merge facts this early (Excel writes them after the rows); a header cell left empty
 * there reads as empty, and a caller that wants a two-row header takes the label on the left.
 */
public final class HeaderRows {

    /** How far down a header may sit: the form reader's own limit. */
    public static final int SEARCH_ROWS = TableLocator.SEARCH_ROWS;

    private final SheetView view;
    private final String file;

    HeaderRows(SheetView view, String file) {
        this.view = view;
        this.file = file;
    }

    public String sheet() {
        return view.name();
    }

    /** The file as the caller named it, for messages. */
    public String file() {
        return file;
    }

    /** The last row of these first rows; -1 for an empty sheet. */
    public int lastRow() {
        return Math.min(view.lastRow(), SEARCH_ROWS);
    }

    public int lastColumn(int row) {
        return view.lastColumn(row);
    }

    /** The cell's text, or the text of the merged block it lies in; "" when empty. */
    public String label(int row, int col) {
        String s = view.label(row, col);
        return s == null ? "" : s;
    }

    /** The comparison key of {@link #label}: case, spacing and punctuation ignored, as for a form's headers. */
    public String key(int row, int col) {
        return TextKeys.key(label(row, col));
    }
}
