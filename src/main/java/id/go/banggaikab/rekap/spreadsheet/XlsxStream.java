package id.go.banggaikab.rekap.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The streaming path of {@link RowStream} for .xlsx and .xlsm: the package's relationships, the shared strings
 * (kept as bytes, {@link SharedStrings}) and each visible sheet's rows, read with {@link XmlCursor} straight from
 * the zip. The first rows the caller asks for are held as a {@link SheetView} for the caller to find its
 * header; every later row is handed over and forgotten. Macros, drawings and formulas are never looked at: a formula
 * gives its saved result, one saved without a result reads as such and is named when its cell is used.
 */
final class XlsxStream {

    /** Returned when the zip is no SpreadsheetML package at all, so the caller tries the other formats. */
    static final Refusal NOT_XLSX = Refusal.of(Refusal.Reason.DAMAGED, "not xlsx");

    /** A register sheet of a million rows inflates to some 400 MB; beyond this a part is no register. */
    private static final long MAX_PART_BYTES = 4L * 1024 * 1024 * 1024;

    private record SheetRef(String name, String part, boolean hidden) {
    }

    private XlsxStream() {
    }

    static Refusal read(SeekableByteChannel channel, int topRows, RowStream.Reader reader) throws IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(channel).get();
        } catch (IOException | RuntimeException e) {
            return Refusal.DAMAGED;
        }
        try (zip) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                return Refusal.of(Refusal.Reason.UNSUPPORTED_FORMAT, "Berkas Excel Binary Workbook (.xlsb) tidak"
                        + " dapat dibaca; buka di Excel lalu simpan ulang sebagai .xlsx");
            }
            if (zip.getEntry("content.xml") != null || zip.getEntry("word/document.xml") != null) {
                return NOT_XLSX;
            }
            Refusal bomb = ZipBomb.refusal(zip, MAX_PART_BYTES);
            if (bomb != null) {
                return bomb;
            }
            String[] main = XlsxPackage.officeDocument(relations(zip, XlsxPackage.ROOT_RELATIONS, ""));
            if (main == null) {
                return Refusal.DAMAGED;
            }
            String workbook = main[0];
            int slash = workbook.lastIndexOf('/');
            String folder = workbook.substring(0, slash + 1);
            Map<String, String[]> relations = relations(zip, folder + "_rels/" + workbook.substring(slash + 1)
                    + ".rels", folder);
            XlsxPackage.Book book;
            try (InputStream in = part(zip, workbook)) {
                book = in == null ? new XlsxPackage.Book(List.of(), false, false) : XlsxPackage.book(XmlCursor.of(in));
            }
            List<SheetRef> sheets = new ArrayList<>();
            for (XlsxPackage.SheetEntry s : book.sheets()) {
                String[] target = relations.get(s.relationId());
                if (target != null) {
                    sheets.add(new SheetRef(s.name(), target[0], s.hidden()));
                }
            }
            SharedStrings strings = SharedStrings.NONE;
            boolean[] percent = new boolean[0];
            for (String[] target : relations.values()) {
                if (target[1] != null && target[1].endsWith("/styles")) {
                    try (InputStream in = part(zip, target[0])) {
                        percent = in == null ? percent : percentStyles(in);
                    }
                }
                if (target[1] != null && target[1].endsWith("/sharedStrings")) {
                    try (InputStream in = part(zip, target[0])) {
                        strings = in == null ? SharedStrings.NONE : SharedStrings.read(in);
                    }
                }
            }
            for (SheetRef s : sheets) {
                if (!s.hidden()) {
                    try (InputStream in = part(zip, s.part())) {
                        if (in != null) {
                            new SheetRows(s.name(), strings, book.date1904(), percent, topRows, reader)
                                    .read(XmlCursor.of(in));
                        }
                    }
                }
            }
            return null;
        } catch (XmlCursor.Malformed e) {
            return Refusal.DAMAGED;
        }
    }

    /** A relationships part: id to {target part, type}; empty when the package lacks it. */
    private static Map<String, String[]> relations(ZipFile zip, String relsPart, String folder) throws IOException {
        try (InputStream in = part(zip, relsPart)) {
            return in == null ? Map.of() : XlsxPackage.relations(XmlCursor.of(in), folder);
        }
    }

    /**
     * Which cell styles show a number as a percentage (built-in formats 9 and 10, or a format with "%"), so that
     * 0,85 shown as 85% reads as 85 as it does on a form.
     */
    static boolean[] percentStyles(InputStream in) throws IOException {
        return percentStyles(in, -1);
    }

    /** As {@link #percentStyles(InputStream)}, for a part whose inflated size is {@code size}. */
    static boolean[] percentStyles(InputStream in, long size) throws IOException {
        XmlCursor x = XmlCursor.of(in, size);
        java.util.Set<Integer> percentFormats = new java.util.HashSet<>(List.of(9, 10));
        List<Boolean> styles = new ArrayList<>();
        boolean inCellXfs = false;
        XmlCursor.Event e;
        while ((e = x.next()) != XmlCursor.Event.EOF) {
            if (e == XmlCursor.Event.START && x.is("numFmt")) {
                String code = x.attribute("formatCode");
                if (code != null && code.replaceAll("\"[^\"]*\"", "").contains("%")) {
                    percentFormats.add(x.intAttribute("numFmtId"));
                }
            } else if (e == XmlCursor.Event.START && x.is("cellXfs")) {
                inCellXfs = true;
            } else if (e == XmlCursor.Event.END && x.is("cellXfs")) {
                inCellXfs = false;
            } else if (e == XmlCursor.Event.START && inCellXfs && x.is("xf")) {
                styles.add(percentFormats.contains(x.intAttribute("numFmtId")));
            }
        }
        boolean[] out = new boolean[styles.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = styles.get(i);
        }
        return out;
    }

    /** A part's bytes, bounded, or null when the package lacks it. */
    private static InputStream part(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry entry = XlsxPackage.entry(zip, name);
        if (entry == null) {
            return null;
        }
        InputStream in = new XlsxPackage.Bounded(new BufferedInputStream(zip.getInputStream(entry), 1 << 16),
                MAX_PART_BYTES);
        return entry.getSize() > InflateAhead.CHUNK * 4L ? new InflateAhead(in, name) : in;
    }

    /** One sheet's rows: the first ones into a view for the header, then straight to the caller. */
    private static final class SheetRows {
        private final String sheet;
        private final int topRows;
        private final SharedStrings strings;
        private final boolean date1904;
        private final boolean[] percent;
        private final RowStream.Reader reader;
        private final SheetRow row = new SheetRow();
        private final List<SheetRow> held = new ArrayList<>();
        private SheetView.Builder top;
        private RowStream.Plan plan;
        private boolean[] wanted;
        private boolean skip;

        SheetRows(String sheet, SharedStrings strings, boolean date1904, boolean[] percent, int topRows,
                RowStream.Reader reader) {
            this.sheet = sheet;
            this.percent = percent;
            this.topRows = topRows;
            this.strings = strings;
            this.date1904 = date1904;
            this.reader = reader;
            this.top = SheetView.builder(sheet, false);
        }

        void read(XmlCursor x) throws IOException {
            int rowIndex = -1;
            XmlCursor.Event e;
            while (!skip && (e = x.next()) != XmlCursor.Event.EOF) {
                if (e == XmlCursor.Event.START && x.is(ROW)) {
                    int r = x.intAttribute("r");
                    rowIndex = r > 0 ? r - 1 : rowIndex + 1;
                    if (plan == null && rowIndex > topRows) {
                        decide();
                        if (skip) {
                            return;
                        }
                    }
                    readRow(x, rowIndex);
                } else if (e == XmlCursor.Event.END && x.is(SHEET_DATA)) {
                    break;
                }
            }
            if (plan == null) {
                decide();
            }
        }

        private void readRow(XmlCursor x, int rowIndex) throws IOException {
            SheetRow target = plan == null ? new SheetRow() : row;
            target.start(sheet, rowIndex, date1904, strings);
            boolean any = false;
            if (x.empty()) {
                x.next();
                return;
            }
            int col = -1;
            while (x.nextChild(ROW)) {
                if (!x.is(C)) {
                    x.skipElement();
                    continue;
                }
                int c = x.columnOf("r");
                col = c >= 0 ? c : col + 1;
                if (wanted != null && (col >= wanted.length || !wanted[col])) {
                    x.skipElement();
                    continue;
                }
                any |= cell(x, target, col);
            }
            if (plan == null) {
                held.add(target);
                for (int c = 0; c < target.width(); c++) {
                    CellValue v = target.cell(c);
                    if (!v.isEmpty()) {
                        top.cell(rowIndex, c, v);
                    }
                }
            } else if (any) {
                reader.row(target);
            }
        }

        /** One {@code <c>}: its type attribute, then the value, inline string or formula inside. */
        private boolean cell(XmlCursor x, SheetRow target, int col) throws IOException {
            byte type = type(x);
            int style = x.intAttribute("s");
            if (x.empty()) {
                x.next();
                return false;
            }
            boolean formula = false;
            boolean value = false;
            String formulaText = null;
            while (x.nextChild(C)) {
                if (x.is(V)) {
                    int n = x.text();
                    value = n > 0 || type == STR;
                    if (n > 0) {
                        set(target, col, type, x, style >= 0 && style < percent.length && percent[style]);
                    }
                } else if (x.is(IS)) {
                    String s = inline(x);
                    if (!s.isEmpty()) {
                        target.setText(col, SheetRow.TEXT, XlsxSheets.decode(s));
                        value = true;
                    }
                } else if (x.is(F)) {
                    formula = true;
                    x.text();
                    formulaText = x.textString();
                } else {
                    x.skipElement();
                }
            }
            if (formula && !value) {
                target.setText(col, SheetRow.NO_RESULT, formulaText);
                return true;
            }
            return value;
        }

        private void set(SheetRow target, int col, byte type, XmlCursor x, boolean percentStyle) {
            switch (type) {
                case NUMERIC -> {
                    double v = number(x.textBytes(), x.textLength());
                    if (percentStyle) {
                        target.setCell(col, CellValue.number(v, true));
                    } else {
                        target.setNumber(col, v);
                    }
                }
                case SHARED -> target.setShared(col, parseIndex(x.textBytes(), x.textLength()));
                case BOOL -> target.setText(col, SheetRow.BOOLEAN, x.textString());
                case ERR -> target.setText(col, SheetRow.ERROR, x.textString());
                default -> target.setText(col, SheetRow.TEXT, XlsxSheets.decode(x.textString())); // str, d
            }
        }

        /** The cell's type attribute, told apart without making a string for it. */
        private static byte type(XmlCursor x) {
            if (!x.hasAttribute("t")) {
                return NUMERIC;
            }
            switch (x.attributeFirst("t", 1)) {
                case 'n':
                    return NUMERIC;
                case 's':
                    return SHARED;
                case 'b':
                    return BOOL;
                case 'e':
                    return ERR;
                default:
                    return x.attributeIs("t", "str") ? STR : OTHER;
            }
        }

        private void decide() {
            plan = reader.plan(top.build());
            top = null;
            if (plan == null) {
                skip = true;
                held.clear();
                return;
            }
            int max = 0;
            for (int c : plan.columns()) {
                max = Math.max(max, c + 1);
            }
            wanted = new boolean[max];
            for (int c : plan.columns()) {
                if (c >= 0) {
                    wanted[c] = true;
                }
            }
            for (SheetRow r : held) {
                if (r.index() >= plan.firstDataRow() && !r.blank(plan.columns())) {
                    reader.row(r);
                }
            }
            held.clear();
        }
    }

    /** The text of an inline string: its {@code <t>}, or the {@code <t>} of each rich-text run. */
    static String inline(XmlCursor x) throws IOException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            XmlCursor.Event e = x.next();
            if (e == XmlCursor.Event.START) {
                if (x.is("t")) {
                    x.text();
                    out.append(x.textString());
                } else if (x.is("rPh")) {
                    x.skipElement();
                } else {
                    depth++;
                }
            } else if (e == XmlCursor.Event.END) {
                depth--;
            } else if (e == XmlCursor.Event.EOF) {
                throw new XmlCursor.Malformed("inline string cut off");
            }
        }
        return out.toString();
    }

    private static final byte[] ROW = bytes("row");
    private static final byte[] C = bytes("c");
    private static final byte[] V = bytes("v");
    private static final byte[] IS = bytes("is");
    private static final byte[] F = bytes("f");
    private static final byte[] SHEET_DATA = bytes("sheetData");

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static final byte NUMERIC = 0;
    private static final byte SHARED = 1;
    private static final byte STR = 2;
    private static final byte BOOL = 3;
    private static final byte ERR = 4;
    private static final byte OTHER = 5;

    /** Digits of a shared-string index; -1 (an unknown string) when they are not one. */
    static int parseIndex(byte[] b, int n) {
        long v = 0;
        if (n == 0 || n > 10) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    /** A number as Excel saves it ("45650", "45650.5", "1.2E-3"), without making a string on the common path. */
    static double number(byte[] b, int n) {
        int i = 0;
        boolean negative = false;
        if (n > 0 && (b[0] == '-' || b[0] == '+')) {
            negative = b[0] == '-';
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        for (; i < n && b[i] >= '0' && b[i] <= '9'; i++) {
            whole = whole * 10 + (b[i] - '0');
            digits++;
        }
        if (i == n && digits > 0 && digits <= 15) {
            return negative ? -whole : whole;
        }
        if (i < n && b[i] == '.' && digits <= 15) {
            int j = i + 1;
            long fraction = 0;
            int scale = 0;
            for (; j < n && b[j] >= '0' && b[j] <= '9' && scale < 15 - digits; j++) {
                fraction = fraction * 10 + (b[j] - '0');
                scale++;
            }
            if (j == n && digits + scale > 0) {
                // both below 2^53, so one division rounds exactly as Double.parseDouble would
                double v = (whole * (long) POWERS[scale] + fraction) / POWERS[scale];
                return negative ? -v : v;
            }
        }
        try {
            return Double.parseDouble(new String(b, 0, n, java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};
}
