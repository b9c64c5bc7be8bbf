package id.go.banggaikab.rekap.lkjip;

import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import id.go.banggaikab.rekap.formulir.ScriptSaved;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One workbook as the programs the perencanaan staff may save it with: Excel (POI's .xlsx with every formula's
 * result saved), a script (openpyxl, XlsxWriter: asks for a full recalculation on opening and saves no result for its
 * formulas), Excel 97-2003 (.xls) and LibreOffice (.ods). Values, formulas, merged blocks, number formats and hidden
 * sheets are carried over; the .ods keeps each formula's result as a value.
 */
final class Authors {

    private Authors() {
    }

    /** As Excel saves it: every formula with its result. */
    static byte[] excel(XSSFWorkbook wb) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return bytes(wb);
    }

    /** As openpyxl saves it: recalculation asked for on opening, {@code <v></v>} for every formula's result. */
    static byte[] scriptSaved(XSSFWorkbook wb) {
        boolean formulas = false;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    formulas |= cell.getCellType() == CellType.FORMULA;
                }
            }
        }
        if (!formulas) {
            throw new AssertionError("no formula to save without its result");
        }
        wb.setForceFormulaRecalculation(true);
        byte[] xlsx = bytes(wb);
        wb.setForceFormulaRecalculation(false);
        try {
            return ScriptSaved.dropFormulaResults(xlsx, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As Excel 97-2003 saves it: the same cells, formats, merges and hidden sheets, formulas with their results. */
    static byte[] xls(XSSFWorkbook wb) {
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet from = wb.getSheetAt(s);
                Sheet to = xls.createSheet(from.getSheetName());
                for (Row row : from) {
                    Row copy = to.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell c = copy.createCell(cell.getColumnIndex());
                        switch (cell.getCellType()) {
                            case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
                            case STRING -> c.setCellValue(cell.getStringCellValue());
                            case FORMULA -> c.setCellFormula(cell.getCellFormula());
                            default -> {
                            }
                        }
                        String format = cell.getCellStyle().getDataFormatString();
                        if (format.contains("%")) {
                            var style = xls.createCellStyle();
                            style.setDataFormat(xls.createDataFormat().getFormat(format));
                            c.setCellStyle(style);
                        }
                    }
                }
                for (CellRangeAddress merged : from.getMergedRegions()) {
                    to.addMergedRegion(merged);
                }
                xls.setSheetHidden(s, wb.isSheetHidden(s));
            }
            HSSFFormulaEvaluator.evaluateAllFormulaCells(xls);
            return bytes(xls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As LibreOffice saves it in its own format: values (a formula's as its result), a number shown as a percentage as
     * a percentage value, merges, hidden sheets.
     */
    static byte[] ods(XSSFWorkbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        SpreadSheet ods = new SpreadSheet();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet from = wb.getSheetAt(s);
            int rows = from.getLastRowNum() + 1;
            int cols = 1;
            for (Row row : from) {
                cols = Math.max(cols, row.getLastCellNum());
            }
            for (CellRangeAddress m : from.getMergedRegions()) {
                cols = Math.max(cols, m.getLastColumn() + 1);
                rows = Math.max(rows, m.getLastRow() + 1);
            }
            com.github.miachm.sods.Sheet to = new com.github.miachm.sods.Sheet(from.getSheetName(), rows, cols);
            for (Row row : from) {
                for (Cell cell : row) {
                    CellType type = cell.getCellType() == CellType.FORMULA
                            ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
                    Range at = to.getRange(row.getRowNum(), cell.getColumnIndex());
                    if (type == CellType.NUMERIC && cell.getCellStyle().getDataFormatString().contains("%")) {
                        at.setValue(new OfficePercentage(cell.getNumericCellValue())); // office:value-type="percentage"
                    } else if (type == CellType.NUMERIC) {
                        at.setValue(cell.getNumericCellValue());
                    } else if (type == CellType.STRING) {
                        at.setValue(cell.getStringCellValue());
                    }
                }
            }
            for (CellRangeAddress m : from.getMergedRegions()) {
                to.getRange(m.getFirstRow(), m.getFirstColumn(), m.getLastRow() - m.getFirstRow() + 1,
                        m.getLastColumn() - m.getFirstColumn() + 1).merge();
            }
            if (wb.isSheetHidden(s)) {
                to.hideSheet();
            }
            ods.appendSheet(to);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ods.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Workbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
