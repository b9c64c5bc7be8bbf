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
    private StreamedRow.Date[] dates = new StreamedRow.Date[32];
    private StreamedRow.Year[] years = new StreamedRow.Year[32];
    private StreamedRow.Number[] numbers = new StreamedRow.Number[32];
    private String[] keys = new String[32];
    /** Keys of shared strings already seen: the few words of a Status or Skala column, a million times over. */
    private final java.util.Map<Integer, String> sharedKeys = new java.util.HashMap<>();

    void reset(StreamedRow r) {
        this.row = r;
        stamp++;
    }

    StreamedRow row() {
        return row;
    }

    StreamedRow.Date date(int col) {
        fresh(col);
        if (dates[col] == null) {
            dates[col] = row.date(col);
        }
        return dates[col];
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
                String k = sharedKeys.get(shared);
                if (k == null) {
                    k = RegisterKind.key(row.raw(col));
                    if (sharedKeys.size() < 4096) {
                        sharedKeys.put(shared, k);
                    }
                }
                keys[col] = k;
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
            dates = Arrays.copyOf(dates, n);
            years = Arrays.copyOf(years, n);
            numbers = Arrays.copyOf(numbers, n);
            keys = Arrays.copyOf(keys, n);
        }
        if (seen[col] != stamp) {
            seen[col] = stamp;
            dates[col] = null;
            years[col] = null;
            numbers[col] = null;
            keys[col] = null;
        }
    }
}
