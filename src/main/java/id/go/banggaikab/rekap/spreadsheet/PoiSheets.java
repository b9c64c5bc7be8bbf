package id.go.banggaikab.rekap.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * The sheets of a workbook opened with POI's usermodel: legacy .xls, and any .xlsx the fast path leaves to POI.
 * Only the visible sheets' cells are copied; hyperlinks, comments and pictures are never looked at.
 *
 * <p>A formula without a saved result (files written by scripts or editors that do not recalculate; an empty
 * numeric result is such a script's placeholder, read by POI as 0) is computed with POI's formula evaluator, as are
 * all formulas of a workbook that asks to be recalculated on opening. One that cannot be computed (a function POI
 * lacks, a link to another file) stays {@link CellValue.Kind#FORMULA_WITHOUT_VALUE}, reported only if its cell is read.
 */
final class PoiSheets {

    private final Workbook workbook;
    private final boolean recalculate;
    private FormulaEvaluator evaluator;

    private final boolean hiddenToo;

    private PoiSheets(Workbook workbook, boolean hiddenToo) {
        this.workbook = workbook;
        this.hiddenToo = hiddenToo;
        this.recalculate = workbook.getForceFormulaRecalculation();
    }

    /** Every sheet of the workbook; a hidden one with its cells only when {@code hiddenToo}. */
    static List<SheetView> of(Workbook workbook, boolean hiddenToo) {
        return new PoiSheets(workbook, hiddenToo).sheets();
    }

    private List<SheetView> sheets() {
        List<SheetView> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            Sheet sheet = workbook.getSheetAt(i);
            SheetView.Builder view = SheetView.builder(sheet.getSheetName(), hidden);
            if (!hidden || hiddenToo) {
                copy(sheet, view);
            }
            sheets.add(view.build());
        }
        return sheets;
    }

    private void copy(Sheet sheet, SheetView.Builder view) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                view.cell(row.getRowNum(), cell.getColumnIndex(), safeValue(cell));
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            view.merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
        }
    }

    /** A cell POI cannot read (a number such as "INF" that no writer should have stored) reads as not a number. */
    private CellValue safeValue(Cell cell) {
        try {
            return value(cell);
        } catch (RuntimeException e) {
            return CellValue.number(Double.NaN, false);
        }
    }

    private CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (recalculate || withoutSavedResult(cell)) {
                return computed(cell);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> CellValue.number(cell.getNumericCellValue(), percent(cell.getCellStyle()));
            case STRING -> CellValue.text(cell.getStringCellValue());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(errorText(cell.getErrorCellValue()));
            default -> CellValue.EMPTY;
        };
    }

    private static boolean withoutSavedResult(Cell cell) {
        if (!(cell instanceof XSSFCell x)) {
            return false; // a BIFF formula record always carries its result
        }
        CTCell ct = x.getCTCell();
        return !ct.isSetV() || ct.getV().isEmpty() && ct.getT() != STCellType.STR;
    }

    private CellValue computed(Cell cell) {
        org.apache.poi.ss.usermodel.CellValue v;
        try {
            if (evaluator == null) {
                evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            }
            v = evaluator.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            // NotImplementedException, a link to another workbook, a reference chain too deep to follow
            return CellValue.formulaWithoutValue(formula(cell));
        }
        if (v == null) {
            return CellValue.EMPTY;
        }
        return switch (v.getCellType()) {
            case NUMERIC -> CellValue.number(v.getNumberValue(), percent(cell.getCellStyle()));
            case STRING -> CellValue.text(v.getStringValue());
            case BOOLEAN -> CellValue.bool(v.getBooleanValue());
            case ERROR -> CellValue.error(errorText(v.getErrorValue()));
            default -> CellValue.EMPTY;
        };
    }

    private static String formula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static boolean percent(CellStyle style) {
        String format = style == null ? null : style.getDataFormatString();
        return format != null && format.contains("%");
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
