package id.go.banggaikab.rekap.submission;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What the streaming cell reader does not tell about an .xlsx: where each sheet's part lies, its merged blocks, and
 * whether any formula lacks a saved result or the workbook asks to be recalculated on opening (then the saved results
 * cannot be trusted and POI must compute them). Also refuses to look further into a package that inflates suspiciously,
 * leaving it to POI, whose zip-bomb guard then names it. Every part is read with one StAX factory made once, with DTDs
 * and external entities off.
 */
final class XlsxPackage implements AutoCloseable {

    /** One sheet part: its merged blocks and whether a formula in it has no saved result. */
    record SheetPart(List<SheetView.Region> merges, boolean formulaWithoutValue) {
    }

    /** Why the fast path hands a file to POI; never shown to users, only logged. */
    static final class LeaveToPoi extends Exception {
        LeaveToPoi(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final XMLInputFactory XML = xmlFactory();
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

    /** Whether the workbook asks to be recalculated on opening: then its saved results are not to be trusted. */
    boolean recalculatesOnOpening() throws LeaveToPoi {
        try (InputStream in = part(zip, workbookPart)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("calcPr")) {
                        String full = x.getAttributeValue(null, "fullCalcOnLoad");
                        return "1".equals(full) || "true".equalsIgnoreCase(full);
                    }
                }
                return false;
            } finally {
                x.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new LeaveToPoi("workbook: " + e);
        }
    }

    /** The part names of the workbook's relationships by id: where sheet "rId3" lies. */
    Map<String, String> workbookRelations() throws LeaveToPoi {
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        return relations(folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels", folder);
    }

    /** Merges and formulas without a saved result of one sheet part. */
    SheetPart sheet(String partName) throws LeaveToPoi {
        List<SheetView.Region> merges = new ArrayList<>();
        boolean withoutValue = false;
        try (InputStream in = part(zip, partName)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                String type = null;
                boolean formula = false;
                boolean value = false;
                boolean emptyValue = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "c" -> {
                                type = x.getAttributeValue(null, "t");
                                formula = false;
                                value = false;
                                emptyValue = false;
                            }
                            case "f" -> formula = true;
                            case "v" -> {
                                value = true;
                                emptyValue = x.getElementText().isEmpty();
                            }
                            case "mergeCell" -> merges.add(region(x.getAttributeValue(null, "ref")));
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && formula && x.getLocalName().equals("c")) {
                        // a saved empty text result is a result; an empty number is a script's placeholder
                        boolean savedText = value && emptyValue && "str".equals(type);
                        withoutValue |= !value || emptyValue && !savedText;
                        formula = false;
                    }
                }
            } finally {
                x.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new LeaveToPoi("sheet " + partName + ": " + e);
        }
        merges.removeIf(r -> r == null);
        return new SheetPart(merges, withoutValue);
    }

    private static SheetView.Region region(String ref) {
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

    private Map<String, String> relations(String relsPart, String folder) throws LeaveToPoi {
        Map<String, String> out = new HashMap<>();
        relationsWithTypes(zip, relsPart, folder).forEach((id, targetAndType) -> out.put(id, targetAndType[0]));
        return out;
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

    private static InputStream part(ZipFile zip, String name) throws IOException, LeaveToPoi {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    entry = e;
                    break;
                }
            }
        }
        if (entry == null) {
            throw new LeaveToPoi("missing part " + name);
        }
        return new Bounded(zip.getInputStream(entry), MAX_PART_BYTES);
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
     * Aalto, the StAX parser fastexcel itself reads with, named rather than looked up: no service scan of every
     * jar, and creating a reader per part costs a fraction of the JDK's parser.
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
