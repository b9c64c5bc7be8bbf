package id.go.banggaikab.rekap.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A read-only view of a sheet that knows its merged cells. Offices merge the No, Jabatan and sasaran cells over the
 * rows they belong to, and put group headings such as "REALISASI" over several columns; through
 * {@link #label(int, int)} every cell of a merged block reads as its top-left cell.
 */
final class SheetView {

    private final Sheet sheet;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    SheetView(Sheet sheet) {
        this.sheet = sheet;
        for (CellRangeAddress region : mergedRegions(sheet)) {
            long cells = (long) (region.getLastRow() - region.getFirstRow() + 1)
                    * (region.getLastColumn() - region.getFirstColumn() + 1);
            if (cells > 10_000) {
                continue; // a whole-column merge says nothing about the table and would cost memory
            }
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(pack(r, c), region);
                }
            }
        }
    }

    /** The sheet's merged regions; one written wrongly ("B9:A1", "A1:B2:C3") is left out, not the sheet. */
    private static List<CellRangeAddress> mergedRegions(Sheet sheet) {
        List<CellRangeAddress> out = new ArrayList<>();
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
            try {
                out.add(sheet.getMergedRegion(i));
            } catch (RuntimeException e) {
                // an unreadable merge says nothing about the table
            }
        }
        return out;
    }

    private static long pack(int row, int col) {
        return ((long) row << 20) | col;
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    /** The cell itself, ignoring merges: for values, which must not be repeated over merged rows. */
    CellValue value(int row, int col) {
        CellRangeAddress region = merged.get(pack(row, col));
        if (region != null && (region.getFirstRow() != row || region.getFirstColumn() != col)) {
            return CellValue.EMPTY;
        }
        return CellValue.of(raw(row, col));
    }

    /** The cell's text, or the text of the merged block it lies in. */
    String label(int row, int col) {
        CellRangeAddress region = merged.get(pack(row, col));
        Cell cell = region == null ? raw(row, col) : raw(region.getFirstRow(), region.getFirstColumn());
        return CellValue.of(cell).asText();
    }

    /** Width in columns of the merged block the cell lies in (1 when not merged). */
    int mergedWidth(int row, int col) {
        CellRangeAddress region = merged.get(pack(row, col));
        return region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
    }

    /** True when the cell and the one below belong to the same merged block (a header cell spanning two rows). */
    boolean mergedWithBelow(int row, int col) {
        CellRangeAddress region = merged.get(pack(row, col));
        return region != null && region.isInRange(row + 1, col);
    }

    /** True when both cells of the row lie in one merged block, as a heading merged across the table does. */
    boolean sameBlock(int row, int col, int otherCol) {
        CellRangeAddress region = merged.get(pack(row, col));
        return region != null && region.isInRange(row, otherCol);
    }

    static String address(int row, int col) {
        return new CellAddress(row, col).formatAsString();
    }

    private Cell raw(int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }
}
