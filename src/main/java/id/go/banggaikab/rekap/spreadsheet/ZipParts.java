package id.go.banggaikab.rekap.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The parts of a zip held in memory (a form's bytes): its central directory read once, for the bomb rule
 * ({@link ZipBomb}) and the one-pass reader ({@link XlsxPackage}) alike. A plain package, as Excel, LibreOffice,
 * openpyxl and POI write one (one disk, no zip64, parts stored or deflated, ASCII names, no encryption), is read
 * here directly: the directory walked in the bytes and each part inflated whole by an {@link Inflater} kept per
 * thread. Anything else is handed to Commons Compress's {@link ZipFile}, which reads every zip the job ever read; so
 * the bytes a part gives are the same either way. Why not Commons Compress for every form: its {@link ZipFile} turns
 * every entry's DOS time into a {@link java.util.Calendar} and buffers every part it opens, which on thousands of
 * forms of a few kilobytes each cost more than reading their cells (JFR on 5,500 forms: the directory alone 15 % of
 * the reading, read twice).
 */
final class ZipParts implements AutoCloseable {

    /** A part as the central directory lists it: its name, inflated and packed sizes, where it lies. */
    record Part(String name, long size, long packed, int method, long header) {
    }

    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int END_RECORD = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    /** Extra fields that make a directory entry mean more than its fixed fields: zip64 sizes, a Unicode name. */
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int UNICODE_PATH_EXTRA = 0x7075;
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private final byte[] bytes;
    private final List<Part> parts;
    /** Commons Compress's reading of a zip this class does not read itself, else null; its entries as parts. */
    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;

    private ZipParts(byte[] bytes, List<Part> parts, ZipFile zip, List<ZipArchiveEntry> entries) {
        this.bytes = bytes;
        this.parts = parts;
        this.zip = zip;
        this.entries = entries;
    }

    /** The zip in these bytes; throws when they are no zip Commons Compress can read either. */
    static ZipParts of(byte[] bytes) throws IOException {
        List<Part> plain = directory(bytes);
        if (plain != null) {
            return new ZipParts(bytes, plain, null, null);
        }
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        return new ZipParts(null, partsOf(entries), zip, entries);
    }

    /** Commons Compress's entries as parts, in the directory's order. */
    static List<Part> partsOf(List<ZipArchiveEntry> entries) {
        List<Part> out = new ArrayList<>(entries.size());
        for (ZipArchiveEntry e : entries) {
            out.add(new Part(e.getName(), e.getSize(), e.getCompressedSize(), e.getMethod(), -1));
        }
        return out;
    }

    /** Every part, in the central directory's order. */
    List<Part> parts() {
        return parts;
    }

    /** Whether the plain reading was used (not Commons Compress): for tests. */
    boolean plain() {
        return zip == null;
    }

    /** A part by name, or failing that by its name in any case, as Excel itself finds it; null when missing. */
    Part part(String name) {
        return byName(parts, Part::name, name);
    }

    /**
     * The item called {@code name}, or failing that the first whose name matches in any case (Excel finds
     * "xl/Workbook.xml" for "xl/workbook.xml"); null when none does. The one lookup of parts by name, for this
     * package's parts and for a register's zip entries alike.
     */
    static <T> T byName(List<T> items, Function<T, String> nameOf, String name) {
        for (T item : items) {
            if (nameOf.apply(item).equals(name)) {
                return item;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (T item : items) {
            if (nameOf.apply(item).toLowerCase(Locale.ROOT).equals(lower)) {
                return item;
            }
        }
        return null;
    }

    /** A part's inflated bytes. */
    InputStream open(Part part) throws IOException {
        if (zip != null) {
            return zip.getInputStream(entries.get(parts.indexOf(part)));
        }
        long at = part.header();
        if (at + 30 > bytes.length || u32(bytes, at) != LOCAL_HEADER) {
            throw new IOException("no local header for " + part.name());
        }
        long start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
        if (start + part.packed() > bytes.length) {
            throw new EOFException("part " + part.name() + " runs past the end of the zip");
        }
        if (part.method() == STORED) {
            return new ByteArrayInputStream(bytes, (int) start, (int) part.packed());
        }
        return new ByteArrayInputStream(inflate(part, (int) start));
    }

    /** A deflated part inflated whole; one that inflates past its declared size is refused. */
    private byte[] inflate(Part part, int start) throws IOException {
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(bytes, start, (int) part.packed());
        byte[] out = new byte[(int) part.size()];
        int n = 0;
        try {
            while (n < out.length) {
                int k = inflater.inflate(out, n, out.length - n);
                n += k;
                if (k == 0) {
                    if (inflater.finished()) {
                        return Arrays.copyOf(out, n);
                    }
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        throw new EOFException("part " + part.name() + " cut off");
                    }
                }
            }
            if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw new IOException("part " + part.name() + " inflates past its declared " + part.size() + " bytes");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("part " + part.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The central directory of a plain zip, or null when the zip is anything else (then Commons Compress reads it):
     * its end record not where a zip without comment junk has it, more than one disk, zip64, a directory that does
     * not end where the end record says, a part encrypted, compressed otherwise than stored or deflated, or named
     * with other than ASCII.
     */
    static List<Part> directory(byte[] b) {
        int end = endRecord(b);
        if (end < 0) {
            return null;
        }
        int count = u16(b, end + 10);
        long size = u32(b, end + 12) & 0xFFFFFFFFL;
        long offset = u32(b, end + 16) & 0xFFFFFFFFL;
        if (u16(b, end + 4) != 0 || u16(b, end + 6) != 0 || u16(b, end + 8) != count || count == 0xFFFF
                || offset + size != end) {
            return null;
        }
        List<Part> out = new ArrayList<>(count);
        long p = offset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > end || u32(b, p) != DIRECTORY_ENTRY) {
                return null;
            }
            int flags = u16(b, p + 8);
            int method = u16(b, p + 10);
            long packed = u32(b, p + 20) & 0xFFFFFFFFL;
            long inflated = u32(b, p + 24) & 0xFFFFFFFFL;
            int nameLength = u16(b, p + 28);
            int extraLength = u16(b, p + 30);
            int commentLength = u16(b, p + 32);
            long header = u32(b, p + 42) & 0xFFFFFFFFL;
            long next = p + 46 + nameLength + extraLength + commentLength;
            if ((flags & 0x41) != 0 || method != STORED && method != DEFLATED || packed == 0xFFFFFFFFL
                    || inflated == 0xFFFFFFFFL || header == 0xFFFFFFFFL || u16(b, p + 34) != 0 || next > end
                    || method == STORED && packed != inflated || !plainExtra(b, p + 46 + nameLength, extraLength)) {
                return null;
            }
            String name = ascii(b, (int) p + 46, nameLength);
            if (name == null) {
                return null;
            }
            out.add(new Part(name, inflated, packed, method, header));
            p = next;
        }
        return p == end ? out : null;
    }

    /** Where the end record lies, for a zip whose comment (if any) runs to the end of the bytes; -1 if none. */
    private static int endRecord(byte[] b) {
        for (int at = b.length - 22; at >= 0 && at >= b.length - 22 - 0xFFFF; at--) {
            if (b[at] == 0x50 && u32(b, at) == END_RECORD) {
                return at + 22 + u16(b, at + 20) == b.length ? at : -1;
            }
        }
        return -1;
    }

    /** Whether an entry's extra fields say nothing that changes its name or sizes. */
    private static boolean plainExtra(byte[] b, long at, int length) {
        long end = at + length;
        while (at + 4 <= end) {
            int id = u16(b, at);
            if (id == ZIP64_EXTRA || id == UNICODE_PATH_EXTRA) {
                return false;
            }
            at += 4 + u16(b, at + 2);
        }
        return true;
    }

    private static String ascii(byte[] b, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (b[i] < 0x20) { // negative: not ASCII; below space: no part name
                return null;
            }
        }
        return new String(b, from, length, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] bytes, long at) {
        int i = (int) at;
        return bytes[i] & 0xFF | (bytes[i + 1] & 0xFF) << 8;
    }

    private static int u32(byte[] bytes, long at) {
        int i = (int) at;
        return bytes[i] & 0xFF | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16 | (bytes[i + 3] & 0xFF) << 24;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // in memory: nothing to release
            }
        }
    }
}
