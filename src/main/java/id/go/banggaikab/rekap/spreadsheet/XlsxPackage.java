package id.go.banggaikab.rekap.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An .xlsx opened once for {@link XlsxSheets}: where the workbook and each sheet's part lie, the sheets it lists,
 * whether it asks to be recalculated on opening (then the saved results cannot be trusted and POI must compute them),
 * and each part's bytes for {@link XmlCursor}. Refuses to look further into a package that inflates suspiciously,
 * leaving it to POI, whose zip-bomb guard then names it ({@link ZipBomb}). The package facts both .xlsx paths need (a part found by
 * name, its size bounded, the relationships, the workbook's sheets) are read here once, with {@link XmlCursor}, for
 * {@link XlsxStream} too; each path decides for itself what an odd fact means.
 */
final class XlsxPackage implements AutoCloseable {

    /** A sheet as the workbook part lists it: its name, the relationship naming its part, its state as written. */
    record SheetEntry(String name, String relationId, String state) {
        boolean hidden() {
            return state != null && !state.equalsIgnoreCase("visible");
        }
    }

    /** The workbook part: its sheets in order, whether it asks to be recalculated on opening, its date system. */
    record Book(List<SheetEntry> sheets, boolean recalculatesOnOpening, boolean date1904) {
    }

    /** Why the fast path hands a file to POI; never shown to users, only logged. */
    static final class LeaveToPoi extends Exception {
        LeaveToPoi(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final java.util.Set<String> SHEET_STATES = java.util.Set.of("visible", "hidden", "veryHidden");
    /** A part is cut off past this while inflating, whatever its header claims (a register sheet may be this big). */
    private static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    static final String ROOT_RELATIONS = "_rels/.rels";

    private final ZipParts zip;
    private final String workbookPart;

    private XlsxPackage(ZipParts zip, String workbookPart) {
        this.zip = zip;
        this.workbookPart = workbookPart;
    }

    /** The package in {@code zip}, whose directory the caller has read (and closes). */
    static XlsxPackage open(ZipParts zip) throws LeaveToPoi {
        checkInflation(zip);
        return new XlsxPackage(zip, officeDocument(zip));
    }

    /**
     * The sheets the workbook lists and its calculation flag: when it asks to be recalculated on opening, its saved
     * results are not to be trusted. A sheet without a name, or in a state other than visible, hidden or very hidden,
     * is left to POI.
     */
    Book book() throws LeaveToPoi {
        Book book;
        try (InputStream in = open(workbookPart)) {
            book = book(XmlCursor.of(in, sizeOf(workbookPart)));
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("workbook: " + e);
        }
        for (SheetEntry sheet : book.sheets()) {
            if (sheet.name() == null || sheet.state() != null && !SHEET_STATES.contains(sheet.state())) {
                throw new LeaveToPoi("sheet " + sheet.name() + " in state " + sheet.state());
            }
        }
        return book;
    }

    /** The workbook part as written: its sheets, calculation flag and date system. */
    static Book book(XmlCursor x) throws IOException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean recalculates = false;
        boolean date1904 = false;
        XmlCursor.Event e;
        while ((e = x.next()) != XmlCursor.Event.EOF) {
            if (e != XmlCursor.Event.START) {
                continue;
            }
            if (x.is("calcPr")) {
                recalculates = yes(x.attribute("fullCalcOnLoad"));
            } else if (x.is("workbookPr")) {
                date1904 = yes(x.attribute("date1904"));
            } else if (x.is("sheet")) {
                sheets.add(new SheetEntry(x.attribute("name"), x.attribute("id"), x.attribute("state")));
            }
        }
        return new Book(sheets, recalculates, date1904);
    }

    static boolean yes(String flag) {
        return "1".equals(flag) || "true".equalsIgnoreCase(flag);
    }

    /**
     * The workbook's relationships by id, each its target part name and type: where sheet "rId3" lies, which part
     * holds the shared strings and which the styles.
     */
    Map<String, String[]> workbookRelations() throws LeaveToPoi {
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        String rels = folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels";
        try (InputStream in = part(zip, rels)) {
            return relations(XmlCursor.of(in, sizeOf(rels)), folder);
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("relationships " + rels + ": " + e);
        }
    }

    /** A part's bytes for {@link XmlCursor}, bounded in size (the cursor refuses a part not in UTF-8). */
    InputStream open(String partName) throws IOException, LeaveToPoi {
        return part(zip, partName);
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
    private static String officeDocument(ZipParts zip) throws LeaveToPoi {
        String[] main;
        try (InputStream in = part(zip, ROOT_RELATIONS)) {
            main = officeDocument(relations(XmlCursor.of(in), ""));
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("relationships " + ROOT_RELATIONS + ": " + e);
        }
        if (main == null) {
            throw new LeaveToPoi("no officeDocument relationship");
        }
        if (!main[1].startsWith("http://schemas.openxmlformats.org/")) {
            throw new LeaveToPoi("not transitional OOXML: " + main[1]);
        }
        return main[0];
    }

    /** The package relationships' officeDocument: {target part, type}, or null when they name none. */
    static String[] officeDocument(Map<String, String[]> rootRelations) {
        for (String[] target : rootRelations.values()) {
            if (target[1] != null && target[1].endsWith("/officeDocument")) {
                return target;
            }
        }
        return null;
    }

    /** A relationships part: id to {target part, type}; external targets are left out. */
    static Map<String, String[]> relations(XmlCursor x, String folder) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        XmlCursor.Event e;
        while ((e = x.next()) != XmlCursor.Event.EOF) {
            if (e == XmlCursor.Event.START && x.is("Relationship") && !"External".equals(x.attribute("TargetMode"))
                    && x.attribute("Target") != null) {
                out.put(x.attribute("Id"), new String[] {resolve(folder, x.attribute("Target")), x.attribute("Type")});
            }
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
        ZipParts.Part part = zip.part(partName);
        return part == null ? -1 : part.size();
    }

    private static InputStream part(ZipParts zip, String name) throws IOException, LeaveToPoi {
        ZipParts.Part part = zip.part(name);
        if (part == null) {
            throw new LeaveToPoi("missing part " + name);
        }
        return new Bounded(zip.open(part), MAX_PART_BYTES);
    }

    /** A part by name, or failing that by its name in any case, as Excel itself finds it; null when missing. */
    static ZipArchiveEntry entry(ZipFile zip, String name) {
        ZipArchiveEntry entry = zip.getEntry(name);
        return entry != null ? entry
                : ZipParts.byName(Collections.list(zip.getEntries()), ZipArchiveEntry::getName, name);
    }

    /**
     * Entries that do not say how far they inflate, or that are bombs ({@link ZipBomb}, refused before this path is
     * tried), are not opened here: POI, whose guard follows the same rule, says what they are.
     */
    private static void checkInflation(ZipParts zip) throws LeaveToPoi {
        for (ZipParts.Part p : zip.parts()) {
            long size = p.size();
            long packed = p.packed();
            if (size < 0 || packed < 0 || ZipBomb.is(size, packed, MAX_PART_BYTES)) {
                throw new LeaveToPoi("inflation of " + p.name() + ": " + packed + " -> " + size);
            }
        }
    }

    /** Nothing to release: the caller that read the zip closes it. */
    @Override
    public void close() {
    }

    /** A part that inflates beyond {@code limit} bytes is cut off, whatever its header claims. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
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
                throw new IOException("part inflates beyond " + limit + " bytes");
            }
        }
    }
}
