package id.go.banggaikab.rekap.spreadsheet;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;

/**
 * Reads a long list kept in a workbook, such as a register of a million usaha mikro, row by row without holding the
 * sheet: the caller is shown each visible sheet's first rows as a {@link SheetView} to find its header, then receives
 * every row below it ({@link SheetRow}). An .xlsx is streamed from its zip ({@link XlsxStream}); .xls (at most 65,536
 * rows by its format) and .ods are read whole by {@link WorkbookSheets} and handed over row by row the same way.
 */
public final class RowStream {

    /** What the caller does with each visible sheet. */
    public interface Reader {
        /** Where the sheet's data lies, judged from its first rows; null to pass the sheet over. */
        Plan plan(SheetView top);

        /** One row below the header that holds something in the planned columns; reused for the next row. */
        void row(SheetRow row);
    }

    /**
     * Where the data starts (0-based row) and which columns the caller reads; the other columns are not even
     * decoded.
     */
    public record Plan(int firstDataRow, int[] columns) {
    }

    /** Above this an .xls, .ods or unusual .xlsx, read whole into memory, is refused. */
    static final long LARGEST_IN_MEMORY = 64L * 1024 * 1024;

    private RowStream() {
    }

    /**
     * Reads {@code channel} (a file or bytes kept in memory), showing the caller each sheet's rows 0 to
     * {@code topRows} (at least; the whole sheet of a format read whole) before its plan. Returns null when read, else
     * why not.
     */
    public static Refusal read(SeekableByteChannel channel, int topRows, Reader reader) {
        try {
            byte[] head = head(channel);
            if (head.length == 0) {
                return Refusal.EMPTY;
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
                Refusal refusal = XlsxStream.read(channel, topRows, reader);
                if (refusal != XlsxStream.NOT_XLSX) {
                    return refusal;
                }
            }
            return inMemory(channel, reader);
        } catch (IOException | RuntimeException e) {
            return Refusal.DAMAGED;
        }
    }

    private static Refusal inMemory(SeekableByteChannel channel, Reader reader) throws IOException {
        if (channel.size() > LARGEST_IN_MEMORY) {
            return Refusal.of(Refusal.Reason.TOO_LARGE, "Berkas sebesar "
                    + IndonesianNumbers.fileSize(channel.size()) + " hanya dapat dibaca bila disimpan sebagai .xlsx");
        }
        byte[] bytes = new byte[(int) channel.size()];
        channel.position(0);
        try (InputStream in = Channels.newInputStream(channel)) {
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return Refusal.DAMAGED;
            }
        }
        WorkbookSheets.Result sheets = WorkbookSheets.read(bytes);
        if (sheets.refusal() != null) {
            return sheets.refusal();
        }
        for (SheetView view : sheets.sheets()) {
            if (!view.hidden()) {
                fromView(view, reader);
            }
        }
        return null;
    }

    /** A sheet already held whole: the plan from the whole view, then its rows from the view itself. */
    private static void fromView(SheetView view, Reader reader) {
        Plan plan = reader.plan(view);
        if (plan == null) {
            return;
        }
        SheetRow row = new SheetRow();
        for (int r = plan.firstDataRow(); r <= view.lastRow(); r++) {
            row.start(view.name(), r, false, SharedStrings.NONE);
            boolean any = false;
            for (int c : plan.columns()) {
                CellValue v = view.value(r, c);
                if (!v.isEmpty()) {
                    row.setCell(c, v);
                    any = true;
                }
            }
            if (any) {
                reader.row(row);
            }
        }
    }

    private static byte[] head(SeekableByteChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8);
        channel.position(0);
        while (b.hasRemaining() && channel.read(b) > 0) {
            // fill the few bytes that tell the format
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }
}
