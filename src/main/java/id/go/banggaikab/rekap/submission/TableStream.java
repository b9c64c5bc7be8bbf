package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.Refusal;
import id.go.banggaikab.rekap.spreadsheet.RowStream;
import id.go.banggaikab.rekap.spreadsheet.SheetRow;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.nio.channels.SeekableByteChannel;

/**
 * Reads a long list kept in a workbook, such as a register of a million usaha mikro, row by row without holding the
 * sheet: the caller finds its header in each sheet's first rows ({@link HeaderRows}, the form reader's sheet view and
 * rules) and then receives every row below it ({@link StreamedRow}, read by the forms' value rules). The rows come
 * from the spreadsheet layer's {@link RowStream}. Whatever makes the bytes unusable comes back as a reason in Bahasa
 * Indonesia, never as an exception.
 */
public final class TableStream {

    /** What the caller does with each visible sheet. */
    public interface Reader {
        /** The header of the sheet found in its first rows, or null to pass the sheet over. */
        Plan plan(HeaderRows top);

        /** One row below the header; the object is reused for the next row. */
        void row(StreamedRow row);
    }

    /**
     * Where the data starts (0-based row) and which columns the caller reads; the other columns are not even
     * decoded.
     */
    public record Plan(int firstDataRow, int[] columns) {
    }

    private TableStream() {
    }

    /**
     * Reads {@code channel} (a file or bytes kept in memory); {@code name} only names it in messages. Returns null
     * when read, else why not.
     */
    public static String read(SeekableByteChannel channel, String name, Reader reader) {
        Refusal refusal = RowStream.read(channel, HeaderRows.SEARCH_ROWS, rows(name, reader));
        return refusal == null ? null : refusal.message();
    }

    private static RowStream.Reader rows(String name, Reader reader) {
        StreamedRow streamed = new StreamedRow();
        return new RowStream.Reader() {
            @Override
            public RowStream.Plan plan(SheetView top) {
                Plan plan = reader.plan(new HeaderRows(top, name));
                return plan == null ? null : new RowStream.Plan(plan.firstDataRow(), plan.columns());
            }

            @Override
            public void row(SheetRow row) {
                reader.row(streamed.of(row));
            }
        };
    }
}
