package id.go.banggaikab.rekap.submission;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The sheets of a workbook opened with POI's usermodel: legacy .xls, and any .xlsx the fast path leaves to POI.
 * Only the visible sheets' cells are copied; hyperlinks, comments and pictures are never looked at.
 */
final class PoiSheets {

    private PoiSheets() {
    }

    static List<SheetView> of(Workbook workbook) {
        List<SheetView> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            Sheet sheet = workbook.getSheetAt(i);
            SheetView.Builder view = SheetView.builder(sheet.getSheetName(), hidden);
            if (!hidden) {
                copy(sheet, view);
            }
            sheets.add(view.build());
        }
        return sheets;
    }

    private static void copy(Sheet sheet, SheetView.Builder view) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                view.cell(row.getRowNum(), cell.getColumnIndex(), value(cell));
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            view.merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
        }
    }

    static CellValue value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return CellValue.formulaWithoutValue(cell.getCellFormula());
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
