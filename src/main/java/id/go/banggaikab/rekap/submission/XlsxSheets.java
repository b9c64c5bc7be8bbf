package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.submission.XlsxPackage.LeaveToPoi;
import id.go.banggaikab.rekap.submission.XlsxPackage.SheetPart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The fast path for .xlsx and .xlsm: cells streamed by fastexcel, merges and formula facts from {@link XlsxPackage},
 * no object model of the workbook at all. Hyperlinks, comments, drawings and macros are never opened. A file this
 * path cannot vouch for (formulas without a saved result, a recalculate-on-open flag, anything unusual or broken) is
 * left to {@link PoiSheets}, which computes what it can and refuses the rest with a specific message.
 */
final class XlsxSheets {

    /** Error values a formula can leave; as a cached text they mean the formula failed. */
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    /** Excel writes control characters in text as {@code _xHHHH_}; POI decodes them, so must we. */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxSheets() {
    }

    /** The sheets, or {@link LeaveToPoi} saying why POI must read this file instead. */
    static List<SheetView> read(byte[] bytes) throws LeaveToPoi {
        try (XlsxPackage pkg = XlsxPackage.open(bytes)) {
            if (pkg.recalculatesOnOpening()) {
                throw new LeaveToPoi("workbook asks for recalculation on opening");
            }
            Map<String, String> parts = pkg.workbookRelations();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                    new ReadingOptions(true, false))) {
                List<SheetView> sheets = new ArrayList<>();
                for (Sheet sheet : workbook.getSheets().toList()) {
                    sheets.add(sheet(sheet, pkg, parts));
                }
                return sheets;
            }
        } catch (IOException | RuntimeException e) {
            throw new LeaveToPoi("fastexcel: " + e);
        }
    }

    private static SheetView sheet(Sheet sheet, XlsxPackage pkg, Map<String, String> parts)
            throws LeaveToPoi, IOException {
        boolean hidden = sheet.getVisibility() != SheetVisibility.VISIBLE;
        SheetView.Builder view = SheetView.builder(sheet.getName(), hidden);
        if (hidden) {
            return view.build();
        }
        String part = parts.get(sheet.getId());
        if (part == null) {
            throw new LeaveToPoi("no part for sheet " + sheet.getName());
        }
        SheetPart facts = pkg.sheet(part);
        if (facts.formulaWithoutValue()) {
            throw new LeaveToPoi("formula without saved result in " + sheet.getName());
        }
        facts.merges().forEach(m -> view.merge(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol()));
        try (Stream<Row> rows = sheet.openStream()) {
            rows.forEach(row -> {
                for (Cell cell : row) {
                    if (cell != null) {
                        view.cell(row.getRowNum() - 1, cell.getColumnIndex(), value(cell));
                    }
                }
            });
        }
        return view.build();
    }

    static CellValue value(Cell cell) {
        Object v = cell.getValue();
        return switch (cell.getType()) {
            case NUMBER -> number(v, cell.getDataFormatString());
            case STRING -> v == null ? CellValue.EMPTY : CellValue.text(decode(v.toString()));
            case BOOLEAN -> v instanceof Boolean b ? CellValue.bool(b) : CellValue.EMPTY;
            case ERROR -> CellValue.error(v == null ? null : v.toString());
            case FORMULA -> cached(v, cell.getDataFormatString());
            case EMPTY -> CellValue.EMPTY;
        };
    }

    /** A formula's saved result; one without any was sent to POI before the cells were read. */
    private static CellValue cached(Object v, String format) {
        if (v instanceof BigDecimal) {
            return number(v, format);
        }
        if (v instanceof Boolean b) {
            return CellValue.bool(b);
        }
        if (v == null) {
            return CellValue.EMPTY;
        }
        String s = v.toString();
        return ERRORS.contains(s) ? CellValue.error(s) : CellValue.text(decode(s));
    }

    private static CellValue number(Object v, String format) {
        if (!(v instanceof BigDecimal d)) {
            return CellValue.EMPTY;
        }
        return CellValue.number(d.doubleValue(), format != null && format.contains("%"));
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
}
