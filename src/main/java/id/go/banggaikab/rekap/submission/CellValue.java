package id.go.banggaikab.rekap.submission;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What a cell holds once formulas are replaced by their cached result, the only result we may use: the reader never
 * evaluates formulas (macros and external links must not run) and never writes a value back.
 * {@code display} is what the user would recognise in the Masalah sheet.
 */
record CellValue(Kind kind, Double number, String text, boolean percentFormat, String display) {

    enum Kind {
        EMPTY, NUMBER, TEXT, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE, UNREADABLE
    }

    static final CellValue EMPTY = new CellValue(Kind.EMPTY, null, null, false, "");

    /**
     * The cell as the reader sees it. A cell the file holds in a form no spreadsheet program writes (a number that is
     * NaN or infinite, an unknown type or style, a shared formula without its master) is {@link Kind#UNREADABLE}:
     * that cell is refused, the rest of the file is still read.
     */
    static CellValue of(Cell cell) {
        if (cell == null) {
            return EMPTY;
        }
        try {
            return read(cell);
        } catch (RuntimeException e) {
            return new CellValue(Kind.UNREADABLE, null, null, false, "");
        }
    }

    private static CellValue read(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return new CellValue(Kind.FORMULA_WITHOUT_VALUE, null, null, false, "=" + cell.getCellFormula());
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> new CellValue(Kind.BOOLEAN, null, null, false,
                    cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new CellValue(Kind.ERROR, null, null, false, errorText(cell.getErrorCellValue()));
            default -> EMPTY;
        };
    }

    private static CellValue number(Cell cell) {
        double v = cell.getNumericCellValue();
        if (!Double.isFinite(v)) {
            return new CellValue(Kind.UNREADABLE, null, null, false, Double.toString(v));
        }
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%");
        return new CellValue(Kind.NUMBER, v, null, percent, percent ? plain(v * 100) + "%" : plain(v));
    }

    private static CellValue text(String s) {
        String cleaned = TextKeys.clean(s);
        return cleaned.isEmpty() ? EMPTY : new CellValue(Kind.TEXT, null, cleaned, false, cleaned);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** 12.0 as "12", 12.5 as "12.5": how a number reads in a message. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    /** The cell as text for labels and indicator names: numbers without ".0", errors as their code. */
    String asText() {
        return kind == Kind.TEXT ? text : display;
    }
}
