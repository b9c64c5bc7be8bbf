package id.go.banggaikab.rekap.submission;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An .xlsx opened once for {@link XlsxSheets}: where the workbook and each sheet's part lie, the sheets it lists,
 * whether it asks to be recalculated on opening (then the saved results cannot be trusted and POI must compute them),
 * and each part's bytes for {@link XmlCursor}. Refuses to look further into a package that inflates suspiciously,
 * leaving it to POI, whose zip-bomb guard then names it. Relationships are read with one StAX factory made once, with
 * DTDs and external entities off.
 */
final class XlsxPackage implements AutoCloseable {

    /** A sheet as the workbook part lists it: its name, the relationship naming its part, whether it is hidden. */
    record SheetEntry(String name, String relationId, boolean hidden) {
    }

    /** The workbook part: its sheets in order, and whether it asks to be recalculated on opening. */
    record Book(List<SheetEntry> sheets, boolean recalculatesOnOpening) {
    }

    /** Why the fast path hands a file to POI; never shown to users, only logged. */
    static final class LeaveToPoi extends Exception {
        LeaveToPoi(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final XMLInputFactory XML = xmlFactory();
    private static final java.util.Set<String> SHEET_STATES = java.util.Set.of("visible", "hidden", "veryHidden");
    /** Enough bytes for an XML declaration and its encoding. */
    private static final int DECLARATION_BYTES = 100;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    /** POI's own threshold: an entry inflating more than a hundredfold past 100 KB is treated as a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long GRACE_BYTES = 100 * 1024;
    private static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    private final ZipFile zip;
    private final String workbookPart;

    private XlsxPackage(ZipFile zip, String workbookPart) {
        this.zip = zip;
        this.workbookPart = workbookPart;
    }

    static XlsxPackage open(byte[] bytes) throws LeaveToPoi {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("zip: " + e);
        }
        try {
            checkInflation(zip);
            String workbook = officeDocument(zip);
            return new XlsxPackage(zip, workbook);
        } catch (LeaveToPoi e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /**
     * The sheets the workbook lists and its calculation flag: when it asks to be recalculated on opening, its saved
     * results are not to be trusted. A sheet state other than visible, hidden or very hidden is left to POI.
     */
    Book book() throws LeaveToPoi {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean recalculates = false;
        try (InputStream in = open(workbookPart)) {
            XmlCursor x = new XmlCursor(in, sizeOf(workbookPart));
            XmlCursor.Event e;
            while ((e = x.next()) != XmlCursor.Event.EOF) {
                if (e != XmlCursor.Event.START) {
                    continue;
                }
                if (x.is("calcPr")) {
                    String full = x.attribute("fullCalcOnLoad");
                    recalculates = "1".equals(full) || "true".equalsIgnoreCase(full);
                } else if (x.is("sheet")) {
                    String name = x.attribute("name");
                    String state = x.attribute("state");
                    if (name == null || state != null && !SHEET_STATES.contains(state)) {
                        throw new LeaveToPoi("sheet " + name + " in state " + state);
                    }
                    sheets.add(new SheetEntry(name, x.attribute("id"), state != null && !state.equals("visible")));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("workbook: " + e);
        }
        return new Book(sheets, recalculates);
    }

    /**
     * The workbook's relationships by id, each its target part name and type: where sheet "rId3" lies, which part
     * holds the shared strings and which the styles.
     */
    Map<String, String[]> workbookRelations() throws LeaveToPoi {
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        return relationsWithTypes(zip, folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels", folder);
    }

    /**
     * A part's bytes for {@link XmlCursor}, bounded in size. A part not in UTF-8 (UTF-16, or another encoding its
     * declaration names) is left to POI, whose parser reads any: the cursor reads UTF-8 only.
     */
    InputStream open(String partName) throws IOException, LeaveToPoi {
        PushbackInputStream in = new PushbackInputStream(part(zip, partName), DECLARATION_BYTES);
        byte[] head = in.readNBytes(DECLARATION_BYTES);
        in.unread(head);
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFF)) {
            in.close();
            throw new LeaveToPoi("part " + partName + " is not UTF-8");
        }
        String declaration = new String(head, StandardCharsets.ISO_8859_1);
        Matcher encoding = ENCODING.matcher(declaration);
        if (declaration.startsWith("<?xml") && encoding.find()
                && !encoding.group(1).equalsIgnoreCase("utf-8") && !encoding.group(1).equalsIgnoreCase("utf8")) {
            in.close();
            throw new LeaveToPoi("part " + partName + " is " + encoding.group(1));
        }
        return in;
    }

    /** A {@code mergeCell} reference ("A1:C2") as a region; null when it names none. */
    static SheetView.Region region(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        CellRangeAddress a = CellRangeAddress.valueOf(ref.strip());
        return new SheetView.Region(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn());
    }

    /** The package's officeDocument part; a Strict OOXML package is left to POI, which names it. */
    private static String officeDocument(ZipFile zip) throws LeaveToPoi {
        for (Map.Entry<String, String[]> e : relationsWithTypes(zip, "_rels/.rels", "").entrySet()) {
            String type = e.getValue()[1];
            if (type != null && type.endsWith("/officeDocument")) {
                if (!type.startsWith("http://schemas.openxmlformats.org/")) {
                    throw new LeaveToPoi("not transitional OOXML: " + type);
                }
                return e.getValue()[0];
            }
        }
        throw new LeaveToPoi("no officeDocument relationship");
    }

    private static Map<String, String[]> relationsWithTypes(ZipFile zip, String relsPart, String folder)
            throws LeaveToPoi {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = part(zip, relsPart)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
                            && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
                        String target = x.getAttributeValue(null, "Target");
                        if (target != null) {
                            out.put(x.getAttributeValue(null, "Id"), new String[] {resolve(folder, target),
                                x.getAttributeValue(null, "Type")});
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new LeaveToPoi("relationships " + relsPart + ": " + e);
        }
        return out;
    }

    /** A relationship's target as a part name: relative to the source's folder unless absolute, ".." folded. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** A part's inflated size as the zip tells it; -1 when it does not or the part is missing. */
    long sizeOf(String partName) {
        ZipArchiveEntry entry = entry(zip, partName);
        return entry == null ? -1 : entry.getSize();
    }

    private static InputStream part(ZipFile zip, String name) throws IOException, LeaveToPoi {
        ZipArchiveEntry entry = entry(zip, name);
        if (entry == null) {
            throw new LeaveToPoi("missing part " + name);
        }
        return new Bounded(zip.getInputStream(entry), MAX_PART_BYTES);
    }

    /** A part by name, or failing that by its name in any case, as Excel itself finds it; null when missing. */
    private static ZipArchiveEntry entry(ZipFile zip, String name) {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    entry = e;
                    break;
                }
            }
        }
        return entry;
    }

    /** Entries that claim to inflate past POI's ratio are not opened here: POI refuses them with its own message. */
    private static void checkInflation(ZipFile zip) throws LeaveToPoi {
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            long size = e.getSize();
            long packed = e.getCompressedSize();
            if (size < 0 || packed < 0 || size > MAX_PART_BYTES
                    || size > GRACE_BYTES && packed < size * MIN_INFLATE_RATIO) {
                throw new LeaveToPoi("inflation of " + e.getName() + ": " + packed + " -> " + size);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // in memory: nothing to release
        }
    }

    /**
     * Aalto, a StAX parser named rather than looked up: no service scan of every jar, and creating a reader per
     * part costs a fraction of the JDK's parser.
     */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A part that inflates beyond what a form can hold is cut off, whatever its header claims. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            left -= n;
            if (left < 0) {
                throw new IOException("part inflates beyond " + MAX_PART_BYTES + " bytes");
            }
        }
    }
}
