package id.go.banggaikab.rekap.spreadsheet;

import id.go.banggaikab.rekap.spreadsheet.XlsxPackage.LeaveToPoi;
import id.go.banggaikab.rekap.spreadsheet.XlsxPackage.SheetEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path for .xlsx and .xlsm: the package opened once ({@link XlsxPackage}), each sheet's XML read once with
 * {@link XmlCursor}, cells, merged blocks and formula facts in the same pass, no object model of the workbook at
 * all. Hyperlinks, comments, drawings and macros are never opened. A file this path cannot vouch for (a formula
 * without a saved result, a formula in a workbook that asks to be recalculated on opening, a cell type or value it
 * does not know, a part not in UTF-8, anything broken) is left to {@link PoiSheets}, which computes what it can and refuses the rest with a specific
 * message. Every reader test reads its forms through both paths and insists they agree.
 */
final class XlsxSheets {

    /** Error values a formula can leave; as a cached text they mean the formula failed. */
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    /** Excel writes control characters in text as {@code _xHHHH_}; POI decodes them, so must we. */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    /** The largest sheet Excel makes: a reference beyond it is no cell of a real form. */
    private static final int MAX_ROWS = 1 << 20;
    private static final int MAX_COLUMNS = 1 << 14;
    private static final Pattern CELL_REFERENCE = Pattern.compile("[A-Za-z]{1,3}[0-9]{1,7}");

    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] MERGE_CELL = ascii("mergeCell");

    private XlsxSheets() {
    }

    /** The sheets, or {@link LeaveToPoi} saying why POI must read this file instead. */
    static List<SheetView> read(byte[] bytes) throws LeaveToPoi {
        try (ZipParts zip = ZipParts.of(bytes)) {
            return read(zip, false);
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("zip: " + e);
        }
    }

    /**
     * As {@link #read(byte[])} for a zip whose directory the caller has read already (and closes); {@code hiddenToo}
     * reads the cells of hidden sheets as well.
     */
    static List<SheetView> read(ZipParts zip, boolean hiddenToo) throws LeaveToPoi {
        try {
            return read(zip, false, hiddenToo);
        } catch (NeedsComputing e) {
            return read(zip, true, hiddenToo); // read again, keeping the cells as written for the formulas
        }
    }

    /**
     * A formula whose saved result cannot be used; thrown on the first pass, which keeps no cells as written, so that
     * the rare workbook that needs it is read once more with {@link FormulaCells}.
     */
    private static final class NeedsComputing extends RuntimeException {
        NeedsComputing() {
            super(null, null, false, false);
        }
    }

    /** One formula cell to compute once every sheet is read. */
    private record Pending(SheetView.Builder view, int sheet, int row, int col, boolean percent) {
    }

    private static List<SheetView> read(ZipParts zip, boolean computing, boolean hiddenToo) throws LeaveToPoi {
        try (XlsxPackage pkg = XlsxPackage.open(zip)) {
            XlsxPackage.Book book = pkg.book();
            Map<String, String[]> relations = pkg.workbookRelations();
            SharedStrings strings = SharedStrings.NONE;
            boolean[] percent = new boolean[0];
            for (String[] target : relations.values()) {
                String type = target[1] == null ? "" : target[1];
                if (type.endsWith("/sharedStrings")) {
                    try (InputStream in = pkg.open(target[0])) {
                        strings = SharedStrings.read(in, pkg.sizeOf(target[0]));
                    }
                } else if (type.endsWith("/styles")) {
                    try (InputStream in = pkg.open(target[0])) {
                        percent = XlsxStream.percentStyles(in, pkg.sizeOf(target[0]));
                    }
                }
            }
            if (book.sheets().isEmpty()) {
                throw new LeaveToPoi("workbook lists no sheet");
            }
            FormulaCells formulas = computing ? new FormulaCells(book.sheets().stream().map(SheetEntry::name).toList())
                    : null;
            List<Pending> pending = new ArrayList<>();
            List<SheetView.Builder> views = new ArrayList<>();
            for (int i = 0; i < book.sheets().size(); i++) {
                SheetEntry entry = book.sheets().get(i);
                SheetView.Builder view = SheetView.builder(entry.name(), entry.hidden());
                if (!entry.hidden() || hiddenToo) {
                    String[] target = relations.get(entry.relationId());
                    if (target == null) {
                        throw new LeaveToPoi("no part for sheet " + entry.name());
                    }
                    try (InputStream in = pkg.open(target[0])) {
                        new SheetCells(entry.name(), view, strings, percent, book.recalculatesOnOpening(),
                                formulas == null ? null : formulas.sheet(i), i, pending)
                                .read(XmlCursor.of(in, pkg.sizeOf(target[0])));
                    }
                }
                views.add(view);
            }
            for (Pending p : pending) {
                p.view().cell(p.row(), p.col(), formulas.computed(p.sheet(), p.row(), p.col(), p.percent()));
            }
            return views.stream().map(SheetView.Builder::build).toList();
        } catch (NeedsComputing e) {
            throw e;
        } catch (FormulaCells.Unsupported e) {
            throw new LeaveToPoi("formula: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("fast path: " + e);
        }
    }

    /**
     * One sheet part: its cells into the view as they come, then its merged blocks. {@code recalculates}: the workbook
     * asks to be recalculated on opening (openpyxl, XlsxWriter and PhpSpreadsheet always do), so a formula's saved
     * result cannot be trusted; a sheet without formulas has nothing to recalculate and is read in one pass all the
     * same. {@code raw}, when formulas are computed: where every cell goes as written, formulas with their text; a
     * formula to compute is added to {@code pending}.
     */
    private record SheetCells(String sheet, SheetView.Builder view, SharedStrings strings, boolean[] percent,
            boolean recalculates, FormulaCells.Sheet raw, int index, List<Pending> pending) {

        void read(XmlCursor x) throws IOException, LeaveToPoi {
            boolean inData = false;
            int row = -1;
            int col = -1;
            XmlCursor.Event e;
            while ((e = x.next()) != XmlCursor.Event.EOF) {
                if (e == XmlCursor.Event.END) {
                    inData &= !x.is(SHEET_DATA);
                    continue;
                }
                if (x.is(SHEET_DATA)) {
                    inData = !x.empty();
                } else if (inData && x.is(ROW)) {
                    row = x.hasAttribute("r") ? rowNumber(x.attribute("r")) - 1 : row + 1;
                    col = -1;
                    if (raw != null && XlsxPackage.yes(x.attribute("hidden"))) {
                        raw.hideRow(row);
                    }
                } else if (inData && x.is(C)) {
                    col = x.hasAttribute("r") ? columnOf(x.attribute("r")) : col + 1;
                    if (col >= MAX_COLUMNS) {
                        throw new LeaveToPoi("column " + (col + 1) + " beyond a sheet");
                    }
                    view.cell(row, col, cell(x, row, col));
                } else if (!inData && x.is(MERGE_CELL)) {
                    SheetView.Region m = XlsxPackage.region(x.attribute("ref"));
                    if (m != null) {
                        view.merge(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol());
                    }
                }
            }
        }

        /** A row's number as written ("12"); anything else is no row of a sheet Excel saved. */
        private int rowNumber(String r) throws LeaveToPoi {
            int n = r.length() <= 7 && !r.isEmpty() && r.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                    ? Integer.parseInt(r) : 0;
            if (n < 1 || n > MAX_ROWS) {
                throw new LeaveToPoi("row reference '" + r + "' in " + sheet);
            }
            return n;
        }

        /** The 0-based column of a cell reference as written ("AB12"); anything else is no cell Excel saved. */
        private int columnOf(String ref) throws LeaveToPoi {
            if (!CELL_REFERENCE.matcher(ref).matches()) {
                throw new LeaveToPoi("cell reference '" + CellValue.quote(ref) + "' in " + sheet);
            }
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return col - 1;
        }

        /** One {@code <c>}: its type and style, then the saved value, inline string or formula inside it. */
        private CellValue cell(XmlCursor x, int row, int col) throws IOException, LeaveToPoi {
            String type = x.attribute("t");
            int style = x.hasAttribute("s") ? x.intAttribute("s") : 0;
            if (style < 0 || style > 0 && style >= percent.length) {
                throw new LeaveToPoi("style '" + CellValue.quote(x.attribute("s")) + "' not in the workbook in "
                        + sheet);
            }
            if (x.empty()) {
                x.next();
                return CellValue.EMPTY;
            }
            boolean formula = false;
            String formulaText = null;
            String saved = null;
            String inline = null;
            while (x.nextChild(C)) {
                if (x.is(V)) {
                    x.text();
                    saved = x.textString();
                } else if (x.is(F)) {
                    formula = true;
                    if (raw == null) {
                        x.skipElement();
                        continue;
                    }
                    String kind = x.attribute("t");
                    if (kind != null && !kind.equals("normal") || x.empty()) {
                        throw new LeaveToPoi("formula of type " + kind + " in " + sheet);
                    }
                    x.text();
                    formulaText = x.textString();
                } else if (x.is(IS)) {
                    inline = XlsxStream.inline(x);
                } else {
                    x.skipElement();
                }
            }
            boolean percentStyle = style < percent.length && percent[style];
            // a saved empty text result is a result; an empty number is a script's placeholder
            boolean compute = formula && (recalculates || saved == null || saved.isEmpty() && !"str".equals(type));
            if (compute && raw == null) {
                throw new NeedsComputing();
            }
            if (raw != null) {
                FormulaCells.Raw written = formula ? FormulaCells.Raw.formula(formulaText) : raw(type, saved, inline);
                if (written != null) {
                    raw.put(row, col, written);
                }
            }
            if (compute) {
                pending.add(new Pending(view, index, row, col, percentStyle));
                return CellValue.EMPTY;
            }
            return value(type, saved, inline, formula, percentStyle);
        }

        /** A cell that is no formula as POI's evaluator sees it: the text as written, not yet cleaned. */
        private FormulaCells.Raw raw(String type, String saved, String inline) throws LeaveToPoi {
            if (type == null || type.equals("n")) {
                return saved == null || saved.isEmpty() ? null : FormulaCells.Raw.number(number(saved, false).number());
            }
            return switch (type) {
                case "s" -> {
                    String text = saved == null || saved.isEmpty() ? null : strings.get(XlsxStream.parseIndex(
                            saved.getBytes(StandardCharsets.US_ASCII), saved.length()));
                    yield text == null ? null : FormulaCells.Raw.text(text);
                }
                case "str" -> saved == null ? null : FormulaCells.Raw.text(decode(saved));
                case "inlineStr" -> inline != null ? FormulaCells.Raw.text(decode(inline))
                        : saved == null ? null : FormulaCells.Raw.text(decode(saved));
                case "b" -> saved == null || saved.isEmpty() ? null
                        : FormulaCells.Raw.bool(value(type, saved, null, false, false).display().equals("TRUE"));
                case "e" -> saved == null || saved.isEmpty() ? null : FormulaCells.Raw.error(saved);
                default -> throw new LeaveToPoi("cell type " + type + " in " + sheet);
            };
        }

        private CellValue value(String type, String saved, String inline, boolean formula, boolean percentStyle)
                throws LeaveToPoi {
            if (type == null || type.equals("n")) {
                return saved == null || saved.isEmpty() ? CellValue.EMPTY : number(saved, percentStyle);
            }
            switch (type) {
                case "s" -> {
                    if (saved == null || saved.isEmpty()) {
                        return CellValue.EMPTY;
                    }
                    byte[] digits = saved.getBytes(StandardCharsets.US_ASCII);
                    String text = strings.get(XlsxStream.parseIndex(digits, digits.length));
                    if (text == null) {
                        throw new LeaveToPoi("shared string " + saved + " not in the workbook in " + sheet);
                    }
                    return text(text, formula);
                }
                case "str" -> {
                    return saved == null ? CellValue.EMPTY : text(decode(saved), formula);
                }
                case "inlineStr" -> {
                    String text = inline != null ? inline : saved;
                    return text == null ? CellValue.EMPTY : text(decode(text), formula);
                }
                case "b" -> {
                    if (saved == null || saved.isEmpty()) {
                        return CellValue.EMPTY;
                    }
                    return switch (saved.strip()) {
                        case "1", "true" -> CellValue.bool(true);
                        case "0", "false" -> CellValue.bool(false);
                        default -> throw new LeaveToPoi("boolean " + saved + " in " + sheet);
                    };
                }
                case "e" -> {
                    return saved == null || saved.isEmpty() ? CellValue.EMPTY : CellValue.error(saved);
                }
                default -> throw new LeaveToPoi("cell type " + type + " in " + sheet);
            }
        }

        private CellValue number(String saved, boolean percentStyle) throws LeaveToPoi {
            byte[] b = saved.getBytes(StandardCharsets.ISO_8859_1);
            double v = XlsxStream.number(b, b.length);
            if (!Double.isFinite(v)) {
                throw new LeaveToPoi("number '" + CellValue.quote(saved) + "' in " + sheet);
            }
            return CellValue.number(v, percentStyle);
        }

        /** A text; a formula's saved text that is an error value means the formula failed. */
        private static CellValue text(String text, boolean formula) {
            return formula && ERRORS.contains(text) ? CellValue.error(text) : CellValue.text(text);
        }
    }

    static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
