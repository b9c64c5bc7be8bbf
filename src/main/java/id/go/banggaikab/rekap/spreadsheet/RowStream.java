package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.List;

/**
 * Reads a long list kept in a workbook, such as a register of a million usaha mikro, row by row without holding the
 * sheet: the caller finds its header in each sheet's first rows ({@link HeaderRows}, the form reader's sheet view and
 * rules) and then receives every row below it ({@link StreamedRow}). An .xlsx is streamed from its zip with a reader
 * made for SpreadsheetML; .xls (at most 65,536 rows by its format) and .ods go through the form reader's own
 * adapters. Whatever makes the bytes unusable comes back as a reason in Bahasa Indonesia, never as an exception.
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

    /** Above this an .xls, .ods or unusual .xlsx, read whole into memory, is refused. */
    static final long LARGEST_IN_MEMORY = 64L * 1024 * 1024;

    private TableStream() {
    }

    /**
     * Reads {@code channel} (a file or bytes kept in memory); {@code name} only names it in messages. Returns null
     * when read, else why not.
     */
    public static String read(SeekableByteChannel channel, String name, Reader reader) {
        try {
            byte[] head = head(channel);
            if (head.length == 0) {
                return "Berkas kosong (0 byte)";
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
                String refusal = XlsxStream.read(channel, name, reader);
                if (refusal != XlsxStream.NOT_XLSX) {
                    return refusal;
                }
            }
            return inMemory(channel, name, reader);
        } catch (IOException | RuntimeException e) {
            return FormatCheck.CORRUPT;
        }
    }

    private static String inMemory(SeekableByteChannel channel, String name, Reader reader) throws IOException {
        if (channel.size() > LARGEST_IN_MEMORY) {
            return "Berkas sebesar " + IndonesianNumbers.fileSize(channel.size()) + " hanya dapat dibaca bila"
                    + " disimpan sebagai .xlsx";
        }
        byte[] bytes = new byte[(int) channel.size()];
        channel.position(0);
        try (InputStream in = Channels.newInputStream(channel)) {
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return FormatCheck.CORRUPT;
            }
        }
        WorkbookSheets.Result sheets = WorkbookSheets.read(bytes);
        if (sheets.refusal() != null) {
            return sheets.refusal();
        }
        for (SheetView view : sheets.sheets()) {
            if (!view.hidden()) {
                fromView(view, name, reader);
            }
        }
        return null;
    }

    /** A sheet already held whole: the header from its first rows, then its rows from the view itself. */
    static void fromView(SheetView view, String name, Reader reader) {
        Plan plan = reader.plan(new HeaderRows(view, name));
        if (plan == null) {
            return;
        }
        StreamedRow row = new StreamedRow();
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

    /** The sheet views of bytes, for tests that compare the streaming path with the form reader's. */
    static List<SheetView> views(byte[] bytes) {
        return WorkbookSheets.read(bytes).sheets();
    }
}
