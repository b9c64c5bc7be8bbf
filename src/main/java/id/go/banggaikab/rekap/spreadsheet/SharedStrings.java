package id.go.banggaikab.rekap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The shared strings of an .xlsx kept as their UTF-8 bytes in one array, a string made only when a cell asks for it.
 * A province-wide register holds millions of distinct names and numbers; as Java strings they would not fit the heap
 * a register is read with, as bytes they take a fraction. Phonetic runs ({@code rPh}) are not part of the text.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(new byte[0], new int[] {0}, 0);

    private final byte[] bytes;
    /** Start of string i at {@code offsets[i]}, end at {@code offsets[i + 1]}. */
    private final int[] offsets;
    private final int count;

    private SharedStrings(byte[] bytes, int[] offsets, int count) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.count = count;
    }

    static SharedStrings read(InputStream in) throws IOException {
        return read(in, -1);
    }

    /** {@code size}: the part's inflated size when known, else -1; the text of the strings is never larger. */
    static SharedStrings read(InputStream in, long size) throws IOException {
        XmlCursor x = XmlCursor.of(in, size);
        byte[] pool = new byte[size < 0 || size > 1 << 16 ? 1 << 16 : Math.max((int) size, 64)];
        int used = 0;
        int[] offsets = new int[size < 0 ? 1024 : 64];
        int count = 0;
        int depthInPhonetic = 0;
        boolean inItem = false;
        XmlCursor.Event e;
        while ((e = x.next()) != XmlCursor.Event.EOF) {
            if (e == XmlCursor.Event.START) {
                if (x.is("si")) {
                    inItem = true;
                    if (count + 2 > offsets.length) {
                        offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    }
                    offsets[count] = used;
                } else if (x.is("rPh")) {
                    depthInPhonetic++;
                } else if (x.is("t") && inItem && depthInPhonetic == 0) {
                    int n = x.text();
                    if (used + n > pool.length) {
                        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + n));
                    }
                    System.arraycopy(x.textBytes(), 0, pool, used, n);
                    used += n;
                }
            } else if (e == XmlCursor.Event.END) {
                if (x.is("si")) {
                    inItem = false;
                    count++;
                    offsets[count] = used;
                } else if (x.is("rPh")) {
                    depthInPhonetic--;
                }
            }
        }
        return new SharedStrings(Arrays.copyOf(pool, used), Arrays.copyOf(offsets, count + 1), count);
    }

    int size() {
        return count;
    }

    /** Whether string {@code i} holds nothing but spaces (ASCII or no-break), told without decoding it. */
    boolean blank(int i) {
        if (i < 0 || i >= count) {
            return false;
        }
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            int b = bytes[k] & 0xFF;
            if (b == 0xC2 && k + 1 < offsets[i + 1] && (bytes[k + 1] & 0xFF) == 0xA0) {
                k++;
            } else if (b > 0x20) {
                return false;
            }
        }
        return true;
    }

    /**
     * String {@code i} read as an identifier of digits ({@link SheetRow#identifierKey}), without decoding it:
     * the digits as a number with their count folded in; {@link SheetRow#NO_ID} when it holds no letter or
     * digit, {@link SheetRow#NOT_NUMERIC} when it holds letters, other characters or more than 17 digits.
     */
    long digits(int i) {
        if (i < 0 || i >= count) {
            return SheetRow.NOT_NUMERIC;
        }
        long v = 0;
        int n = 0;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            int b = bytes[k] & 0xFF;
            if (b >= '0' && b <= '9') {
                if (++n > 17) {
                    return SheetRow.NOT_NUMERIC;
                }
                v = v * 10 + (b - '0');
            } else if (b >= 0x80 || Character.isLetter(b)) {
                return SheetRow.NOT_NUMERIC;
            }
        }
        return n == 0 ? SheetRow.NO_ID : v * 32 + n;
    }

    /** String {@code i} as Excel shows it, its {@code _xHHHH_} escapes decoded; null for an index out of range. */
    String get(int i) {
        if (i < 0 || i >= count) {
            return null;
        }
        int start = offsets[i];
        return XlsxSheets.decode(new String(bytes, start, offsets[i + 1] - start, StandardCharsets.UTF_8));
    }
}
