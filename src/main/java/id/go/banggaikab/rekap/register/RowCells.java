package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.RegisterKind;
import id.go.banggaikab.rekap.submission.StreamedRow;
import java.util.Arrays;

/**
 * The cells of the row being counted, each read at most once however many rules and quarters look at it: a date
 * column tested for three quarters by three indicators is parsed once.
 */
final class RowCells {

    private StreamedRow row;
    private int stamp;
    private int[] seen = new int[32];
    /** First and last day of a date cell (days since 1970), {@link #NONE} when it holds none; why not, if not. */
    private long[] firsts = new long[32];
    private long[] lasts = new long[32];
    private String[] dateErrors = new String[32];
    private boolean[] dated = new boolean[32];
    private StreamedRow.Year[] years = new StreamedRow.Year[32];
    private StreamedRow.Number[] numbers = new StreamedRow.Number[32];
    private String[] keys = new String[32];
    /** Keys of shared strings seen lately, by index: the few words of a Status or Skala column, a million times. */
    private final int[] sharedIndex = new int[256];
    private final String[] sharedKeys = new String[256];

    void reset(StreamedRow r) {
        this.row = r;
        stamp++;
    }

    StreamedRow row() {
        return row;
    }

    static final long NONE = Long.MIN_VALUE;

    /** The first day the cell's date covers (days since 1970-01-01), or {@link #NONE}. */
    long first(int col) {
        readDate(col);
        return firsts[col];
    }

    /** The last day: the same as the first for a day, the month's last for "Maret 2026". */
    long last(int col) {
        readDate(col);
        return lasts[col];
    }

    /** Why the cell holds no date, or null. */
    String dateError(int col) {
        readDate(col);
        return dateErrors[col];
    }

    private void readDate(int col) {
        fresh(col);
        if (dated[col]) {
            return;
        }
        dated[col] = true;
        long day = row.day(col);
        if (day != StreamedRow.NOT_A_DAY) {
            firsts[col] = day;
            lasts[col] = day;
            dateErrors[col] = null;
            return;
        }
        StreamedRow.Date d = row.date(col);
        firsts[col] = d.present() ? d.first().toEpochDay() : NONE;
        lasts[col] = d.present() ? d.last().toEpochDay() : NONE;
        dateErrors[col] = d.error();
    }

    StreamedRow.Year year(int col) {
        fresh(col);
        if (years[col] == null) {
            years[col] = row.year(col);
        }
        return years[col];
    }

    StreamedRow.Number number(int col) {
        fresh(col);
        if (numbers[col] == null) {
            numbers[col] = row.numeric(col);
        }
        return numbers[col];
    }

    /** The cell's text as the catalogue's words are compared. */
    String key(int col) {
        fresh(col);
        if (keys[col] == null) {
            int shared = row.sharedIndex(col);
            if (shared >= 0) {
                int slot = shared & 255;
                if (sharedKeys[slot] == null || sharedIndex[slot] != shared) {
                    sharedKeys[slot] = RegisterKind.key(row.raw(col));
                    sharedIndex[slot] = shared;
                }
                keys[col] = sharedKeys[slot];
            } else {
                keys[col] = RegisterKind.key(row.raw(col));
            }
        }
        return keys[col];
    }

    private void fresh(int col) {
        if (col >= seen.length) {
            int n = Math.max(col + 1, seen.length * 2);
            seen = Arrays.copyOf(seen, n);
            firsts = Arrays.copyOf(firsts, n);
            lasts = Arrays.copyOf(lasts, n);
            dateErrors = Arrays.copyOf(dateErrors, n);
            dated = Arrays.copyOf(dated, n);
            years = Arrays.copyOf(years, n);
            numbers = Arrays.copyOf(numbers, n);
            keys = Arrays.copyOf(keys, n);
        }
        if (seen[col] != stamp) {
            seen[col] = stamp;
            dated[col] = false;
            years[col] = null;
            numbers[col] = null;
            keys[col] = null;
        }
    }
}
