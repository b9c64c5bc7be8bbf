package id.go.banggaikab.rekap.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.udf.AggregatingUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The formulas of an .xlsx read in one pass, computed with POI's own formula parser and evaluator over the cells as
 * written, without POI's model of the workbook. It serves the forms whose saved results cannot be used: openpyxl,
 * XlsxWriter and PhpSpreadsheet ask for a full recalculation on opening and save no result, or 0. POI's
 * {@link org.apache.poi.xssf.usermodel.XSSFWorkbook} would evaluate the same tokens over the same values, so the
 * results are its results ({@code XlsxSheetsTest} compares both). What this model does not hold (defined names,
 * tables, other workbooks, hidden sheets, which are not read) is {@link Unsupported}: the file then goes to POI whole.
 */
final class FormulaCells implements EvaluationWorkbook, FormulaParsingWorkbook {

    /** This light model cannot vouch for a formula; POI must read the workbook. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One cell as written: a number, text, boolean or error code, or a formula's text (without "="). */
    record Raw(CellType type, double number, String text, String formula) {
        static Raw number(double v) {
            return new Raw(CellType.NUMERIC, v, null, null);
        }

        static Raw text(String s) {
            return new Raw(CellType.STRING, 0, s, null);
        }

        static Raw bool(boolean b) {
            return new Raw(CellType.BOOLEAN, b ? 1 : 0, null, null);
        }

        static Raw error(String code) {
            return new Raw(CellType.ERROR, FormulaError.forString(code).getCode(), null, null);
        }

        static Raw formula(String text) {
            return new Raw(CellType.FORMULA, 0, null, text);
        }
    }

    private final List<String> names;
    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<Cell, Ptg[]> tokens = new HashMap<>();
    private final WorkbookEvaluator evaluator;

    /** {@code names}: every sheet of the workbook in order, read or not. */
    FormulaCells(List<String> names) {
        this.names = List.copyOf(names);
        names.forEach(n -> sheets.add(null));
        this.evaluator = new WorkbookEvaluator(this, null, null);
    }

    /** The sheet at {@code index} as read; a sheet never given stays out of reach. */
    Sheet sheet(int index) {
        if (sheets.get(index) == null) {
            sheets.set(index, new Sheet());
        }
        return sheets.get(index);
    }

    /**
     * The result of the formula at that cell, as {@link PoiSheets} gives POI's: a formula POI cannot compute (a
     * function it lacks, a chain too deep) stays without value, to be reported if its cell is read.
     */
    CellValue computed(int sheet, int row, int col, boolean percent) {
        Cell cell = sheets.get(sheet).cells.get(new CellReference(row, col));
        ValueEval v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Unsupported u) {
                    throw u;
                }
            }
            return CellValue.formulaWithoutValue(cell.raw.formula());
        }
        if (v instanceof NumberEval n) {
            return CellValue.number(n.getNumberValue(), percent);
        } else if (v instanceof BoolEval b) {
            return CellValue.bool(b.getBooleanValue());
        } else if (v instanceof StringEval s) {
            return CellValue.text(s.getStringValue());
        } else if (v instanceof ErrorEval e) {
            return CellValue.error(errorText(e.getErrorCode()));
        }
        return CellValue.formulaWithoutValue(cell.raw.formula());
    }

    private static String errorText(int code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** One read sheet's cells as written, and its hidden rows (SUBTOTAL leaves them out). */
    final class Sheet implements EvaluationSheet {
        private final Map<CellReference, Cell> cells = new HashMap<>();
        private final Set<Integer> hiddenRows = new HashSet<>();
        private int lastRow;

        void put(int row, int col, Raw raw) {
            cells.put(new CellReference(row, col), new Cell(this, row, col, raw));
            lastRow = Math.max(lastRow, row);
        }

        void hideRow(int row) {
            hiddenRows.add(row);
        }

        @Override
        public EvaluationCell getCell(int row, int col) {
            return cells.get(new CellReference(row, col));
        }

        @Override
        public void clearAllCachedResultValues() {
        }

        @Override
        public int getLastRowNum() {
            return lastRow;
        }

        @Override
        public boolean isRowHidden(int row) {
            return hiddenRows.contains(row);
        }
    }

    /** A cell for POI's evaluator. */
    record Cell(Sheet sheet, int row, int col, Raw raw) implements EvaluationCell {
        @Override public Object getIdentityKey() {
            return this;
        }
        @Override public EvaluationSheet getSheet() {
            return sheet;
        }
        @Override public int getRowIndex() {
            return row;
        }
        @Override public int getColumnIndex() {
            return col;
        }
        @Override public CellType getCellType() {
            return raw.type();
        }
        @Override public double getNumericCellValue() {
            return raw.number();
        }
        @Override public String getStringCellValue() {
            return raw.text();
        }
        @Override public boolean getBooleanCellValue() {
            return raw.number() != 0;
        }
        @Override public int getErrorCellValue() {
            return (int) raw.number();
        }
        @Override public CellRangeAddress getArrayFormulaRange() {
            throw new Unsupported("array formula");
        }
        @Override public boolean isPartOfArrayFormulaGroup() {
            return false;
        }
        @Override public CellType getCachedFormulaResultType() {
            return CellType.NUMERIC;
        }
    }

    // EvaluationWorkbook and FormulaParsingWorkbook: the sheets by name and index, the formulas' tokens; nothing else.

    @Override public String getSheetName(int index) {
        return names.get(index);
    }

    @Override public int getSheetIndex(EvaluationSheet sheet) {
        return sheets.indexOf(sheet);
    }

    @Override public int getSheetIndex(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override public EvaluationSheet getSheet(int index) {
        if (index < 0 || index >= sheets.size() || sheets.get(index) == null) {
            throw new Unsupported("a formula refers to a sheet not read: " + index);
        }
        return sheets.get(index);
    }

    @Override public Ptg[] getFormulaTokens(EvaluationCell cell) {
        Cell c = (Cell) cell;
        return tokens.computeIfAbsent(c, k -> {
            try {
                return FormulaParser.parse(c.raw().formula(), this, FormulaType.CELL, sheets.indexOf(c.sheet()),
                        c.row());
            } catch (RuntimeException e) {
                throw new Unsupported("formula '" + c.raw().formula() + "': " + e.getMessage());
            }
        });
    }

    @Override public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
        local(sheet);
        return new Ref3DPxg(sheet, cell);
    }

    @Override public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
        local(sheet);
        return new Area3DPxg(sheet, area);
    }

    private static void local(SheetIdentifier sheet) {
        if (sheet.getBookName() != null) {
            throw new Unsupported("a reference to another workbook");
        }
    }

    @Override public int getExternalSheetIndex(String sheetName) {
        return getSheetIndex(sheetName);
    }

    @Override public int convertFromExternSheetIndex(int index) {
        return index;
    }

    @Override public UDFFinder getUDFFinder() {
        return AggregatingUDFFinder.DEFAULT;
    }

    @Override public SpreadsheetVersion getSpreadsheetVersion() {
        return SpreadsheetVersion.EXCEL2007;
    }

    @Override public void clearAllCachedResultValues() {
    }

    @Override public EvaluationName getName(String name, int sheetIndex) {
        return null; // defined names are not read: the parser fails on one, and the file goes to POI
    }

    @Override public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
        return null;
    }

    @Override public Name createName() {
        throw new Unsupported("a name the workbook does not define");
    }

    @Override public Table getTable(String name) {
        throw new Unsupported("a table reference");
    }

    @Override public int getExternalSheetIndex(String workbookName, String sheetName) {
        throw new Unsupported("a reference to another workbook");
    }

    @Override public ExternalSheet getExternalSheet(int externSheetIndex) {
        throw new Unsupported("an external sheet");
    }

    /** A sheet named in a reference ('Data Dukung'!A1, Jan:Mar!B2); one in another workbook is not ours. */
    @Override public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int bookIndex) {
        if (bookIndex > 0) {
            throw new Unsupported("a reference to another workbook");
        }
        return lastSheetName == null || firstSheetName.equals(lastSheetName) ? new ExternalSheet(null, firstSheetName)
                : new ExternalSheetRange(null, firstSheetName, lastSheetName);
    }

    @Override public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
        throw new Unsupported("an external name");
    }

    @Override public ExternalName getExternalName(String name, String sheet, int bookIndex) {
        throw new Unsupported("an external name");
    }

    @Override public EvaluationName getName(NamePtg namePtg) {
        throw new Unsupported("a defined name");
    }

    @Override public String resolveNameXText(NameXPtg ptg) {
        throw new Unsupported("an external name");
    }
}
