package id.go.banggaikab.rekap.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Breaks clean workbooks in the ways submitted files arrive broken, from a fixed seed, so that a fuzz run is the same
 * run every time and a failing mutant can be rebuilt from its seed and index alone. Mutants are dealt out kind by kind
 * in turn ({@link #KINDS}), and within a kind its variants in turn (NaN, then Infinity...), so every kind and nearly
 * every variant occurs in any batch of a few hundred; each mutant has its own random stream for the rest.
 * Byte-level kinds damage the file as a whole (a copy cut off, a bad disk); zip-level kinds rewrite the package's
 * entries; XML-level kinds edit one part and re-zip it, so the zip stays valid and the damage reaches POI's parsers
 * and the reader. A mutation's description begins with its kind: "flip 12 bytes at 3400".
 */
public final class WorkbookMutator {

    /** A mutated file: which clean file it came from and what was done to it. */
    public record Mutant(int index, int source, String description, byte[] bytes) {

        /** The first word of the description, e.g. "flip". */
        public String kind() {
            int space = description.indexOf(' ');
            return space < 0 ? description : description.substring(0, space);
        }
    }

    /** What one mutation did and the resulting bytes; a mutation returns null when it does not apply to a file. */
    private record Result(String description, byte[] bytes) {
    }

    private interface Mutation {
        Result apply(Dice dice, byte[] clean) throws IOException;
    }

    /**
     * One mutant's random stream, and its round: the n-th mutant of a kind takes the n-th of each list of variants
     * it cycles through, so that every variant occurs once a batch has as many rounds as the list is long.
     */
    private static final class Dice extends Random {
        private final int round;

        Dice(long seed, int round) {
            super(seed);
            this.round = round;
        }

        <T> T cycle(T[] variants) {
            return variants[round % variants.length];
        }
    }

    private record Part(String name, byte[] data) {

        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HYPERLINK_TYPE = REL_NS + "/hyperlink";
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"([^>]*?)(?:/>|>(.*?)</c>)");
    private static final Pattern SHARED_CELL =
            Pattern.compile("<c r=\"([A-Z]+\\d+)\"[^>]*? t=\"s\"[^>]*>(<v>\\d+</v>)");
    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship [^>]*?Target=\"([^\"]*)\"");
    private static final long ENTRY_TIME = 315_532_800_000L; // 1980-01-02: the zip's own clock never varies

    /** Every kind, in the order mutants are dealt out. Kinds with no fitting source (no .xls given) are skipped. */
    public static final List<String> KINDS = List.of("flip", "truncate", "xls-flip", "xls-truncate", "xls-record",
            "drop", "duplicate", "rename", "swap", "missing-sheet", "xml-truncate", "xml-flip", "number", "textnumber",
            "sst-index", "longtext", "celltype", "formula", "cellref", "rowref", "style", "merge", "hyperlink",
            "dangling-rel", "rel-target", "content-type", "workbook", "nest");

    private final long seed;
    private final List<byte[]> sources;
    private final Map<String, Mutation> mutations = new LinkedHashMap<>();

    public WorkbookMutator(long seed, List<byte[]> sources) {
        this.seed = seed;
        this.sources = List.copyOf(sources);
        mutations.put("flip", WorkbookMutator::flip);
        mutations.put("truncate", WorkbookMutator::truncate);
        mutations.put("xls-flip", (r, in) -> prefixed("xls-", flip(r, in)));
        mutations.put("xls-truncate", (r, in) -> prefixed("xls-", truncate(r, in)));
        mutations.put("xls-record", WorkbookMutator::xlsRecord);
        mutations.put("drop", WorkbookMutator::drop);
        mutations.put("duplicate", WorkbookMutator::duplicate);
        mutations.put("rename", WorkbookMutator::rename);
        mutations.put("swap", WorkbookMutator::swap);
        mutations.put("missing-sheet", WorkbookMutator::missingSheet);
        mutations.put("xml-truncate", WorkbookMutator::xmlTruncate);
        mutations.put("xml-flip", WorkbookMutator::xmlFlip);
        mutations.put("number", WorkbookMutator::number);
        mutations.put("textnumber", WorkbookMutator::textNumber);
        mutations.put("sst-index", WorkbookMutator::sharedStringIndex);
        mutations.put("longtext", WorkbookMutator::longText);
        mutations.put("celltype", WorkbookMutator::cellType);
        mutations.put("formula", WorkbookMutator::formula);
        mutations.put("cellref", WorkbookMutator::cellRef);
        mutations.put("rowref", WorkbookMutator::rowRef);
        mutations.put("style", WorkbookMutator::style);
        mutations.put("merge", WorkbookMutator::merge);
        mutations.put("hyperlink", WorkbookMutator::hyperlink);
        mutations.put("dangling-rel", WorkbookMutator::danglingRelationship);
        mutations.put("rel-target", WorkbookMutator::relationshipTarget);
        mutations.put("content-type", WorkbookMutator::contentType);
        mutations.put("workbook", WorkbookMutator::workbook);
        mutations.put("nest", WorkbookMutator::nest);
    }

    /** {@code count} mutants; the same seed and sources always give the same bytes and descriptions. */
    public List<Mutant> mutants(int count) {
        List<String> kinds = KINDS.stream().filter(k -> !candidates(k).isEmpty()).toList();
        List<Mutant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(mutant(i, i / kinds.size(), kinds.get(i % kinds.size())));
        }
        return out;
    }

    /** Mutant {@code index} of kind {@code kind}; a kind that fits no chosen file falls back to a byte flip. */
    private Mutant mutant(int index, int round, String kind) {
        Dice random = new Dice(seed * 1_000_003L + index, round);
        List<Integer> fitting = candidates(kind);
        try {
            for (int attempt = 0; attempt < 4; attempt++) {
                int source = fitting.get(random.nextInt(fitting.size()));
                Result result = mutations.get(kind).apply(random, sources.get(source));
                if (result != null) {
                    return new Mutant(index, source, result.description(), result.bytes());
                }
            }
            int source = random.nextInt(sources.size());
            Result flip = flip(random, sources.get(source));
            return new Mutant(index, source, flip.description(), flip.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Integer> candidates(String kind) {
        List<Integer> fitting = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            boolean xls = isOle2(sources.get(i));
            if (kind.startsWith("xls-") ? xls : isZip(sources.get(i))) {
                fitting.add(i);
            }
        }
        return fitting;
    }

    static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle2(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    private static Result prefixed(String prefix, Result r) {
        return new Result(prefix + r.description(), r.bytes());
    }

    // ---- byte level ---------------------------------------------------------------------------------------------

    /** A few bytes within a small window XOR-ed, as a bad disk or a broken download leaves them. */
    private static Result flip(Dice r, byte[] in) {
        byte[] out = in.clone();
        int count = 1 + r.nextInt(24);
        int at = r.nextInt(in.length);
        for (int i = 0; i < count; i++) {
            int p = Math.min(in.length - 1, at + r.nextInt(64));
            out[p] ^= (byte) (1 + r.nextInt(255));
        }
        return new Result("flip " + count + " bytes at " + at, out);
    }

    /** The file cut off, as an interrupted copy leaves it. */
    private static Result truncate(Dice r, byte[] in) {
        int keep = r.nextInt(in.length);
        return new Result("truncate to " + keep + " of " + in.length + " bytes", Arrays.copyOf(in, keep));
    }

    /**
     * One BIFF record of an .xls file's Workbook stream damaged where HSSF trusts it: a number that is NaN or
     * infinite, a shared-string index past the table, a merged range upside down, a column past the sheet, a record
     * length that lies, a hyperlink record garbled. The stream is written back into a fresh OLE2 container.
     */
    private static Result xlsRecord(Dice r, byte[] in) throws IOException {
        byte[] stream;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(in))) {
            stream = fs.createDocumentInputStream("Workbook").readAllBytes();
        }
        String variant = r.cycle(new String[] {"number NaN", "number Infinity", "number -Infinity", "sst-index",
            "merge reversed", "column past sheet", "length", "hyperlink"});
        int sid = switch (variant) {
            case "number NaN", "number Infinity", "number -Infinity" -> 0x0203; // NUMBER
            case "merge reversed" -> 0x00E5; // MERGEDCELLS
            case "hyperlink" -> 0x01B8; // HLINK
            default -> 0x00FD; // LABELSST
        };
        List<Integer> records = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 4 <= stream.length; at += 4 + (b.getShort(at + 2) & 0xFFFF)) {
            if ((b.getShort(at) & 0xFFFF) == sid) {
                records.add(at);
            }
        }
        if (records.isEmpty()) {
            return null;
        }
        int at = records.get(r.nextInt(records.size()));
        int body = at + 4;
        switch (variant) {
            case "number NaN" -> b.putDouble(body + 6, Double.NaN);
            case "number Infinity" -> b.putDouble(body + 6, Double.POSITIVE_INFINITY);
            case "number -Infinity" -> b.putDouble(body + 6, Double.NEGATIVE_INFINITY);
            case "sst-index" -> b.putInt(body + 6, r.nextBoolean() ? -1 : 99_999);
            case "merge reversed" -> b.putShort(body + 2, (short) (b.getShort(body + 4) + 3));
            case "column past sheet" -> b.putShort(body + 2, (short) 0x4000);
            case "length" -> b.putShort(at + 2, (short) (r.nextBoolean() ? 0xFFFF : (b.getShort(at + 2) & 0xFFFF) / 2));
            default -> {
                for (int i = 0; i < 6; i++) {
                    stream[body + r.nextInt(b.getShort(at + 2) & 0xFFFF)] ^= (byte) (1 + r.nextInt(255));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
            fs.writeFilesystem(out);
        }
        return new Result("xls-record " + variant + " at " + at, out.toByteArray());
    }

    // ---- zip level ----------------------------------------------------------------------------------------------

    private static Result drop(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        Part gone = parts.remove(r.nextInt(parts.size()));
        return new Result("drop " + gone.name(), zip(parts));
    }

    /** The same entry name twice: the second copy is the same part, or half of it. */
    private static Result duplicate(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        int at = r.nextInt(parts.size());
        Part p = parts.get(at);
        boolean half = r.nextBoolean();
        parts.add(at + 1, half ? new Part(p.name(), Arrays.copyOf(p.data(), p.data().length / 2)) : p);
        return new Result("duplicate " + p.name() + (half ? " (second copy half)" : ""), zip(parts));
    }

    private static Result rename(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        int at = r.nextInt(parts.size());
        String name = parts.get(at).name();
        String base = name.substring(name.lastIndexOf('/') + 1);
        String[] choices = {name.toUpperCase(), name + ".bak", "xl/other/" + base, name.replace('/', '\\'),
                "/" + name, name.replace(".xml", ".XML"), name + "%", name.replace("/", "/#%@"), name + " "};
        String renamed = r.cycle(choices);
        if (renamed.equals(name)) {
            return null;
        }
        parts.set(at, new Part(renamed, parts.get(at).data()));
        return new Result("rename " + name + " -> " + renamed, zip(parts));
    }

    /** Two parts' contents exchanged, names kept: mostly shared strings and styles, as the issue names them. */
    private static Result swap(Dice r, byte[] in) throws IOException {
        String[][] pairs = {{"xl/sharedStrings.xml", "xl/styles.xml"}, {"xl/sharedStrings.xml", "xl/styles.xml"},
            {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"}, {"xl/workbook.xml", "xl/worksheets/sheet1.xml"},
            {"xl/styles.xml", "xl/worksheets/sheet1.xml"}, {"[Content_Types].xml", "xl/_rels/workbook.xml.rels"}};
        String[] pair = r.cycle(pairs);
        List<Part> parts = unzip(in);
        int a = indexOf(parts, pair[0]);
        int b = indexOf(parts, pair[1]);
        if (a < 0 || b < 0) {
            return null;
        }
        byte[] first = parts.get(a).data();
        parts.set(a, new Part(pair[0], parts.get(b).data()));
        parts.set(b, new Part(pair[1], first));
        return new Result("swap " + pair[0] + " <-> " + pair[1], zip(parts));
    }

    /** A worksheet part gone while the workbook, its relationship and its content type still name it. */
    private static Result missingSheet(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        parts.remove(indexOf(parts, sheet));
        return new Result("missing-sheet " + sheet, zip(parts));
    }

    // ---- XML level: the zip stays valid, one part is damaged ------------------------------------------------------

    private static Result xmlTruncate(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        Part p = parts.get(r.nextInt(parts.size()));
        int keep = r.nextInt(Math.max(1, p.data().length));
        return edit(parts, p.name(), x -> x.substring(0, Math.min(x.length(), keep)),
                "xml-truncate " + p.name() + " to " + keep + " of " + p.data().length);
    }

    /** A few characters of one part replaced by XML's own syntax characters. */
    private static Result xmlFlip(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        Part p = parts.get(r.nextInt(parts.size()));
        byte[] data = p.data().clone();
        int count = 1 + r.nextInt(8);
        int at = r.nextInt(data.length);
        byte[] syntax = "<>&\"'/=:;#x\0\uFFFF".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < count; i++) {
            data[Math.min(data.length - 1, at + r.nextInt(32))] = syntax[r.nextInt(syntax.length)];
        }
        parts.set(indexOf(parts, p.name()), new Part(p.name(), data));
        return new Result("xml-flip " + count + " chars in " + p.name() + " at " + at, zip(parts));
    }

    /** A cell turned numeric with a value no double holds, or none at all: NaN, Infinity, 1e400... */
    private static Result number(Dice r, byte[] in) throws IOException {
        String value = r.cycle(new String[] {"NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "",
            "12,5", " 7 ", "1".repeat(400)});
        return editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\" t=\"n\"><v>" + value + "</v></c>",
                "number " + shown(value));
    }

    /** A value typed as text that only a careless parser reads as a number: NaN, infinities, 400 digits... */
    private static Result textNumber(Dice r, byte[] in) throws IOException {
        String text = r.cycle(new String[] {"1" + "0".repeat(400), "NaN", "Infinity", "1e400",
            "0," + "0".repeat(400) + "1", "\u0661\u0662", "--5", "1.234.567,89,0", "\u221E", "9".repeat(320) + "%"});
        return editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>",
                "textnumber " + shown(text));
    }

    /** A shared-string cell whose index points outside the table, or is no index. */
    private static Result sharedStringIndex(Dice r, byte[] in) throws IOException {
        String index = r.cycle(new String[] {"99999", "-1", "NaN", "1.5", "", "2147483648"});
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        Matcher m = SHARED_CELL.matcher(parts.get(indexOf(parts, sheet)).text());
        List<int[]> spans = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
            refs.add(m.group(1));
        }
        if (spans.isEmpty()) {
            return null;
        }
        int k = r.nextInt(spans.size());
        return edit(parts, sheet, x -> x.substring(0, spans.get(k)[0]) + "<v>" + index + "</v>"
                + x.substring(spans.get(k)[1]), "sst-index '" + index + "' at " + refs.get(k));
    }

    /** 40,000 characters in one cell, inline or shared: words, digits, or digits with a decimal comma. */
    private static Result longText(Dice r, byte[] in) throws IOException {
        String[] flavours = {"words", "digits", "decimal"};
        String flavour = r.cycle(flavours);
        String text = switch (flavour) {
            case "words" -> "Jumlah Peserta Pelatihan Usaha Mikro ".repeat(1100).substring(0, 40_000);
            case "digits" -> "1".repeat(40_000);
            default -> "1" + "0".repeat(39_997) + ",5";
        };
        if (r.nextBoolean()) {
            return editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text
                    + "</t></is></c>", "longtext inline 40000 " + flavour);
        }
        List<Part> parts = unzip(in);
        int sst = indexOf(parts, "xl/sharedStrings.xml");
        if (sst < 0) {
            return null;
        }
        List<Integer> starts = all(parts.get(sst).text(), "<si><t>");
        if (starts.isEmpty()) {
            return null;
        }
        int k = r.nextInt(starts.size());
        int at = starts.get(k) + "<si><t>".length();
        return edit(parts, "xl/sharedStrings.xml", x -> x.substring(0, at) + text + x.substring(x.indexOf("</t>", at)),
                "longtext shared #" + k + " 40000 " + flavour);
    }

    /** A cell type Excel never writes, or a known type with a value it cannot hold. */
    private static Result cellType(Dice r, byte[] in) throws IOException {
        String[][] types = {{"x", "<v>1</v>"}, {"x", ""}, {"e", "<v>#BOGUS!</v>"}, {"b", "<v>maybe</v>"},
            {"d", "<v>not-a-date</v>"}, {"str", ""}, {"inlineStr", ""}, {"inlineStr", "<v>3</v>"}, {"s", "<v>x</v>"},
            {"n", "<is><t>12</t></is>"}};
        String[] type = r.cycle(types);
        return editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\" t=\"" + type[0] + "\">" + type[1] + "</c>",
                "celltype t=" + type[0] + (type[1].isEmpty() ? " empty" : " " + type[1]));
    }

    /** A formula with no cached value, or one POI cannot parse or resolve. */
    private static Result formula(Dice r, byte[] in) throws IOException {
        String[] bodies = {"<f>SUM(F9:F10)</f>", "<f>SUM(</f>", "<f>1/0</f>", "<f></f>", "<f>[1]Sheet1!A1</f>",
            "<f>INDIRECT(\"A\"&amp;1)</f>", "<f t=\"shared\" si=\"7\"/>", "<f t=\"array\" ref=\"A0\">1</f>",
            "<f>SUM(F9:F10)</f><v>NaN</v>", "<f>FOO.BAR(1)</f><v>2</v>"};
        String body = r.cycle(bodies);
        boolean str = r.nextBoolean();
        return editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\"" + (str ? " t=\"str\"" : "") + ">" + body
                + "</c>", "formula " + body + (str ? " t=str" : ""));
    }

    /** A cell reference outside the sheet, malformed, or missing. */
    private static Result cellRef(Dice r, byte[] in) throws IOException {
        String ref = r.cycle(new String[] {"A0", "ZZZZ99999999", "", "A-1", "XFE1", "A1048577", "1A", "a9", null});
        return editCell(r, in, (cell, old) -> ref == null ? cell.replaceFirst(" r=\"[^\"]*\"", "")
                : cell.replaceFirst("r=\"[^\"]*\"", "r=\"" + ref + "\""),
                "cellref " + (ref == null ? "none" : "'" + ref + "'"));
    }

    /** A row number that is zero, negative, too large, not a number, or repeats an earlier row. */
    private static Result rowRef(Dice r, byte[] in) throws IOException {
        String value = r.cycle(new String[] {"0", "-1", "1048577", "99999999999", "abc", "", "1"});
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        List<Integer> rows = all(parts.get(indexOf(parts, sheet)).text(), "<row r=\"");
        if (rows.isEmpty()) {
            return null;
        }
        int at = rows.get(r.nextInt(rows.size())) + "<row r=\"".length();
        return edit(parts, sheet, x -> x.substring(0, at) + value + x.substring(x.indexOf('"', at)),
                "rowref '" + value + "' at offset " + at);
    }

    /** A style index outside the table, or a style whose number format or font does not exist. */
    private static Result style(Dice r, byte[] in) throws IOException {
        int variant = r.round % 5;
        if (variant < 2) {
            String s = pick(r, new String[] {"99999", "-1", "x", "2147483648"});
            return editCell(r, in, (cell, ref) -> cell.replaceFirst(" s=\"[^\"]*\"", "").replaceFirst("r=\"" + ref
                    + "\"", "r=\"" + ref + "\" s=\"" + s + "\""), "style s='" + s + "'");
        }
        String format = pick(r, new String[] {"[", "0%%%\"", "\"", "[$-F800]dddd", "0.0E+", "[h]:mm:ss;@;@;@;@",
            "0.00%;[Red]-0.00%"});
        String attr = pick(r, new String[] {"numFmtId=\"164\"", "numFmtId=\"9999\"", "fontId=\"99\"", "fillId=\"-1\""});
        String escaped = format.replace("&", "&amp;").replace("\"", "&quot;");
        List<Part> parts = unzip(in);
        return edit(parts, "xl/styles.xml", x -> {
            String numFmt = Matcher.quoteReplacement("<numFmt numFmtId=\"164\" formatCode=\"" + escaped + "\"/>");
            String y = x.replaceFirst("<numFmts count=\"\\d+\"/>", "")
                    .replaceFirst("<numFmts count=\"\\d+\">", "<numFmts count=\"1\">" + numFmt);
            if (!y.contains("<numFmt ")) {
                y = y.replaceFirst("(<styleSheet[^>]*>)", "$1<numFmts count=\"1\">" + numFmt + "</numFmts>");
            }
            String key = attr.substring(0, attr.indexOf('='));
            int cellXfs = y.indexOf("<cellXfs");
            return cellXfs < 0 ? null : y.substring(0, cellXfs) + y.substring(cellXfs).replaceAll(
                    key + "=\"\\d+\"", Matcher.quoteReplacement(attr));
        }, "style " + attr + " format '" + format + "'");
    }

    /** A merged region outside the sheet, reversed, malformed or overlapping the values. */
    private static Result merge(Dice r, byte[] in) throws IOException {
        String ref = r.cycle(new String[] {"A1:XFD1048576", "B9:A1", "A0:B2", "ZZZZ1:A1", "A1", "", "F9:F9999999",
            "D9:D12", "A1:B2:C3", "A:A"});
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        String merge = "<mergeCell ref=\"" + ref + "\"/>";
        return edit(parts, sheet, x -> x.contains("<mergeCells") ? x.replaceFirst("(<mergeCells[^>]*>)",
                "$1" + merge) : x.replace("</sheetData>", "</sheetData><mergeCells count=\"1\">" + merge
                + "</mergeCells>"), "merge '" + ref + "'");
    }

    /** A hyperlink whose target is no URI Java accepts, or whose location names no sheet. */
    private static Result hyperlink(Dice r, byte[] in) throws IOException {
        String target = r.cycle(new String[] {"mailto:#%@", "http://[::1", "%%%", "http://exa mple.com/a b",
            "file:///C:\\Users\\a b\\bukti.pdf", "\\\\server\\share\\bukti.pdf", "mailto:", "#", "", "http://"});
        String ref = pick(r, new String[] {"J9", "J9", "D9", "A0", "A1:ZZ99999"});
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        if (r.nextInt(5) == 0) {
            String location = target.replace("&", "&amp;").replace("\"", "&quot;");
            return edit(parts, sheet, x -> withHyperlink(x, "<hyperlink ref=\"" + ref + "\" location=\"" + location
                    + "\"/>"), "hyperlink location '" + target + "' at " + ref);
        }
        boolean internal = r.nextInt(3) == 0;
        addRelationship(parts, sheet, "<Relationship Id=\"rIdFuzz1\" Target=\"" + escape(target) + "\""
                + (internal ? "" : " TargetMode=\"External\"") + " Type=\"" + HYPERLINK_TYPE + "\"/>");
        return edit(parts, sheet, x -> withHyperlink(x, "<hyperlink ref=\"" + ref + "\" r:id=\"rIdFuzz1\"/>"),
                "hyperlink '" + target + "' at " + ref + (internal ? " (internal)" : ""));
    }

    /** A relationship id that no relationship has: in the workbook's sheet list, or on a sheet's links. */
    private static Result danglingRelationship(Dice r, byte[] in) throws IOException {
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        String[] fragments = {"hyperlink", "<drawing r:id=\"rIdNone\"/>", "<legacyDrawing r:id=\"rIdNone\"/>",
            "<tableParts count=\"1\"><tablePart r:id=\"rIdNone\"/></tableParts>", "workbook"};
        String what = r.cycle(fragments);
        if (what.equals("workbook")) {
            return edit(parts, "xl/workbook.xml", x -> x.replaceFirst("r:id=\"[^\"]*\"", "r:id=\"rIdNone\""),
                    "dangling-rel workbook sheet r:id=rIdNone");
        }
        if (what.equals("hyperlink")) {
            return edit(parts, sheet, x -> withHyperlink(x, "<hyperlink ref=\"J9\" r:id=\"rIdNone\"/>"),
                    "dangling-rel hyperlink r:id=rIdNone");
        }
        return edit(parts, sheet, x -> withRelNamespace(x).replace("</worksheet>", what + "</worksheet>"),
                "dangling-rel " + what.substring(1, what.indexOf(' ')) + " r:id=rIdNone");
    }

    /** A package or workbook relationship pointing at a part that is not there, or at no URI at all. */
    private static Result relationshipTarget(Dice r, byte[] in) throws IOException {
        String rels = r.nextInt(4) == 0 ? "_rels/.rels" : "xl/_rels/workbook.xml.rels";
        String target = r.cycle(new String[] {"worksheets/sheet9.xml", "../../../etc/passwd", "%%%", "http://[::1",
            "", "/", "worksheets/sheet1.xml#frag", "mailto:#%@", "worksheets/../../x.xml", "external"});
        List<Part> parts = unzip(in);
        int at = indexOf(parts, rels);
        if (at < 0) {
            return null;
        }
        Matcher m = RELATIONSHIP.matcher(parts.get(at).text());
        List<int[]> spans = new ArrayList<>();
        List<String> olds = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
            olds.add(m.group(1));
        }
        if (spans.isEmpty()) {
            return null;
        }
        int k = r.nextInt(spans.size());
        String replacement = target.equals("external") ? olds.get(k) + "\" TargetMode=\"External" : escape(target);
        return edit(parts, rels, x -> x.substring(0, spans.get(k)[0]) + replacement + x.substring(spans.get(k)[1]),
                "rel-target " + rels + " " + olds.get(k) + " -> " + (target.equals("external")
                        ? "TargetMode=External" : "'" + target + "'"));
    }

    /** [Content_Types].xml naming a part's type wrongly, or not at all. */
    private static Result contentType(Dice r, byte[] in) throws IOException {
        String[][] edits = {
            {"worksheet type as xml", "spreadsheetml.worksheet+xml", "spreadsheetml.bogus+xml"},
            {"workbook type as macro", "spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"},
            {"workbook override removed", "<Override ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\" PartName=\"/xl/workbook.xml\"/>", ""},
            {"xml default as text", "ContentType=\"application/xml\" Extension=\"xml\"",
                "ContentType=\"text/plain\" Extension=\"xml\""},
            {"rels default removed", "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\""
                + " Extension=\"rels\"/>", ""},
            {"shared strings type as styles", "spreadsheetml.sharedStrings+xml", "spreadsheetml.styles+xml"}};
        String[] e = r.cycle(edits);
        return edit(unzip(in), "[Content_Types].xml", x -> x.replace(e[1], e[2]), "content-type " + e[0]);
    }

    /** The workbook part's sheet list damaged: empty or endless names, unknown or all-hidden states, bad ids. */
    private static Result workbook(Dice r, byte[] in) throws IOException {
        String[][] edits = {{"name empty", "<sheet name=\"[^\"]*\"", "<sheet name=\"\""},
            {"name 300 chars", "<sheet name=\"[^\"]*\"", "<sheet name=\"" + "R".repeat(300) + "\""},
            {"state bogus", "<sheet ", "<sheet state=\"bogus\" "},
            {"state hidden", "<sheet ", "<sheet state=\"hidden\" "},
            {"state veryHidden", "<sheet ", "<sheet state=\"veryHidden\" "},
            {"sheetId abc", "sheetId=\"[^\"]*\"", "sheetId=\"abc\""},
            {"sheet listed twice", "(<sheet [^>]*/>)", "$1$1"}, {"no sheets", "<sheets>.*</sheets>", "<sheets/>"},
            {"activeTab 99", "activeTab=\"\\d+\"", "activeTab=\"99\""},
            {"print area on missing sheet", "</sheets>", "</sheets><definedNames><definedName name=\"_xlnm.Print_Area\""
                + " localSheetId=\"99\">#REF!</definedName></definedNames>"}};
        String[] e = r.cycle(edits);
        return edit(unzip(in), "xl/workbook.xml", x -> x.replaceFirst(e[1], e[2]), "workbook " + e[0]);
    }

    /**
     * Thousands of nested elements where XMLBeans or POI will walk them: in a cell, an extension list, a string, the
     * relationships.
     */
    private static Result nest(Dice r, byte[] in) throws IOException {
        int depth = pick(r, new Integer[] {3_000, 20_000, 20_000, 60_000, 200_000});
        String where = r.cycle(new String[] {"cell-is", "cell-is-r", "cell-v", "sheet-extLst", "shared-si",
            "styles-extLst", "workbook-extLst", "rels"});
        String nested = nested(r, where.equals("cell-is-r") ? "r" : "x", depth);
        String ext = "<extLst><ext uri=\"{FUZZ}\">" + nested + "</ext></extLst>";
        String description = "nest " + depth + " " + where;
        List<Part> parts = unzip(in);
        return switch (where) {
            case "cell-is", "cell-is-r" -> editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\" t=\"inlineStr\"><is>"
                    + nested + "<t>1</t></is></c>", description);
            case "cell-v" -> editCell(r, in, (cell, ref) -> "<c r=\"" + ref + "\" t=\"n\"><v>" + nested + "</v></c>",
                    description);
            case "sheet-extLst" -> {
                String sheet = sheetName(parts, r);
                yield sheet == null ? null : edit(parts, sheet, x -> x.replace("</worksheet>", ext + "</worksheet>"),
                        description);
            }
            case "shared-si" -> edit(parts, "xl/sharedStrings.xml", x -> x.replaceFirst("<si>",
                    Matcher.quoteReplacement("<si>" + nested)), description);
            case "styles-extLst" -> edit(parts, "xl/styles.xml", x -> x.replace("</styleSheet>", ext
                    + "</styleSheet>"), description);
            case "workbook-extLst" -> edit(parts, "xl/workbook.xml", x -> x.replace("</workbook>", ext
                    + "</workbook>"), description);
            default -> edit(parts, "xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>", nested
                    + "</Relationships>"), description);
        };
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private interface CellEdit {
        String apply(String cell, String ref);
    }

    /**
     * Replaces one cell of one worksheet with what {@code edit} makes of it: half the time a cell in the value
     * columns F to I of the sample forms' data rows, where the reader looks hardest, else a numeric cell or any cell.
     */
    private static Result editCell(Dice r, byte[] in, CellEdit edit, String description) throws IOException {
        List<Part> parts = unzip(in);
        String sheet = sheetName(parts, r);
        if (sheet == null) {
            return null;
        }
        List<MatchSpan> cells = new ArrayList<>();
        List<MatchSpan> values = new ArrayList<>();
        List<MatchSpan> numbers = new ArrayList<>();
        Matcher m = CELL.matcher(parts.get(indexOf(parts, sheet)).text());
        while (m.find()) {
            MatchSpan s = new MatchSpan(m.start(), m.end(), m.group(1) + m.group(2), m.group());
            cells.add(s);
            if (m.group(1).length() == 1 && "FGHI".contains(m.group(1)) && Integer.parseInt(m.group(2)) > 8) {
                values.add(s);
            }
            if (m.group(3).contains("t=\"n\"")) {
                numbers.add(s);
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        int choice = r.nextInt(4);
        List<MatchSpan> from = choice < 2 && !values.isEmpty() ? values
                : choice < 3 && !numbers.isEmpty() ? numbers : cells;
        MatchSpan s = from.get(r.nextInt(from.size()));
        String replacement = edit.apply(s.text(), s.ref());
        return edit(parts, sheet, x -> x.substring(0, s.start()) + replacement + x.substring(s.end()),
                description + " at " + s.ref());
    }

    private record MatchSpan(int start, int end, String ref, String text) {
    }

    /** The parts with {@code name} edited, re-zipped; null when the part is missing or the edit changes nothing. */
    private static Result edit(List<Part> parts, String name, UnaryOperator<String> edit, String description)
            throws IOException {
        int at = indexOf(parts, name);
        if (at < 0) {
            return null;
        }
        String before = parts.get(at).text();
        String after = edit.apply(before);
        if (after == null || after.equals(before)) {
            return null;
        }
        List<Part> edited = new ArrayList<>(parts);
        edited.set(at, new Part(name, after.getBytes(StandardCharsets.UTF_8)));
        return new Result(description, zip(edited));
    }

    private static String withHyperlink(String sheet, String hyperlink) {
        String x = withRelNamespace(sheet);
        if (x.contains("<hyperlinks>")) {
            return x.replace("<hyperlinks>", "<hyperlinks>" + hyperlink);
        }
        for (String next : new String[] {"<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<drawing",
            "<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"}) {
            int at = x.indexOf(next);
            if (at >= 0) {
                return x.substring(0, at) + "<hyperlinks>" + hyperlink + "</hyperlinks>" + x.substring(at);
            }
        }
        return x;
    }

    private static String withRelNamespace(String sheet) {
        return sheet.contains("xmlns:r=") ? sheet
                : sheet.replaceFirst("<worksheet ", "<worksheet xmlns:r=\"" + REL_NS + "\" ");
    }

    /** Adds a relationship to a sheet's .rels part, creating the part when the sheet has none. */
    private static void addRelationship(List<Part> parts, String sheet, String relationship) {
        int slash = sheet.lastIndexOf('/');
        String rels = sheet.substring(0, slash) + "/_rels" + sheet.substring(slash) + ".rels";
        int at = indexOf(parts, rels);
        String xml = at < 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
                : parts.get(at).text();
        Part part = new Part(rels, xml.replace("</Relationships>", relationship + "</Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
            parts.add(part);
        } else {
            parts.set(at, part);
        }
    }

    /**
     * {@code depth} nested elements with nothing else between them (text between them would trip POI's own depth
     * check early), each with a random attribute value so that the part does not compress like a zip bomb.
     */
    private static String nested(Random r, String name, int depth) {
        StringBuilder s = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) {
            s.append('<').append(name).append(" a=\"").append((char) ('a' + r.nextInt(26))).append("\">");
        }
        return s.append(("</" + name + ">").repeat(depth)).toString();
    }

    /** A value as a description shows it: quoted, or by its length when long. */
    private static String shown(String value) {
        return value.length() > 16 ? value.length() + " chars" : "'" + value + "'";
    }

    private static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String sheetName(List<Part> parts, Random r) {
        List<String> sheets = parts.stream().map(Part::name).filter(n -> SHEET.matcher(n).matches()).toList();
        return sheets.isEmpty() ? null : sheets.get(r.nextInt(sheets.size()));
    }

    private static List<Integer> all(String text, String needle) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            at.add(i);
        }
        return at;
    }

    private static int indexOf(List<Part> parts, String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> T pick(Random r, T[] choices) {
        return choices[r.nextInt(choices.length)];
    }

    static List<Part> unzip(byte[] zip) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.add(new Part(e.getName(), in.readAllBytes()));
            }
        }
        return parts;
    }

    /**
     * Zips the parts in order with a fixed entry time. {@link ZipOutputStream} refuses a repeated name, so a repeat
     * is written under a stand-in of the same length whose first byte is patched back afterwards.
     */
    static byte[] zip(List<Part> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> written = new HashSet<>();
        Map<byte[], Byte> standIns = new LinkedHashMap<>();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Part p : parts) {
                String name = p.name();
                if (!written.add(name)) {
                    name = (char) (1 + standIns.size()) + name.substring(1);
                    standIns.put(name.getBytes(StandardCharsets.UTF_8), (byte) p.name().charAt(0));
                }
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(ENTRY_TIME);
                out.putNextEntry(entry);
                out.write(p.data());
                out.closeEntry();
            }
        }
        byte[] zip = bytes.toByteArray();
        standIns.forEach((standIn, first) -> {
            for (int i = 0; i + standIn.length <= zip.length; i++) {
                if (Arrays.equals(zip, i, i + standIn.length, standIn, 0, standIn.length)) {
                    zip[i] = first; // in the local header and in the central directory
                }
            }
        });
        return zip;
    }
}
