package id.go.banggaikab.rekap.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellAddress;

/**
 * A read-only sheet as the reader's rules see it, the same whatever the file format: its name, whether it is
 * hidden, the cells that hold something and the merged blocks. The format adapters fill it through {@link Builder};
 * only cells with content are kept and the last row is the last one with content, so a sheet with tens of thousands
 * of formatted empty rows costs nothing.
 *
 * <p>Offices merge the No, Jabatan and sasaran cells over the rows they belong to, and put group headings such as
 * "REALISASI" over several columns; through {@link #label(int, int)} every cell of a merged block reads as its
 * top-left cell, while {@link #value(int, int)} gives a value only where it was typed.
 */
public final class SheetView {

    /** A merged block, 0-based and inclusive. */
    public record Region(int firstRow, int lastRow, int firstCol, int lastCol) {

        boolean contains(int row, int col) {
            return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
        }

        long cells() {
            return (long) (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
        }
    }

    /** Beyond this many cells a merge says nothing about the table (a whole column merged) and would cost memory. */
    private static final long LARGEST_MERGE = 10_000;

    private final String name;
    private final boolean hidden;
    private final CellValue[][] rows;
    private final int lastRow;
    private final Map<Long, Region> merged;
    private final List<Region> regions;

    private SheetView(String name, boolean hidden, CellValue[][] rows, int lastRow, List<Region> regions) {
        this.name = name;
        this.hidden = hidden;
        this.rows = rows;
        this.lastRow = lastRow;
        this.regions = List.copyOf(regions);
        this.merged = new HashMap<>();
        for (Region region : this.regions) {
            for (int r = region.firstRow(); r <= region.lastRow(); r++) {
                for (int c = region.firstCol(); c <= region.lastCol(); c++) {
                    merged.put(pack(r, c), region);
                }
            }
        }
    }

    static Builder builder(String name, boolean hidden) {
        return new Builder(name, hidden);
    }

    public String name() {
        return name;
    }

    /**
     * Hidden or very hidden: a form's such sheet is never read (it comes without cells); only
     * {@link WorkbookSheets#readWithHidden} gives its cells, for the planners' own config workbooks.
     */
    public boolean hidden() {
        return hidden;
    }

    /** The last row with content or inside a merged block; -1 for an empty sheet. */
    public int lastRow() {
        return lastRow;
    }

    /** The last column of the row holding content; -1 when the row holds none. */
    public int lastColumn(int row) {
        CellValue[] r = row >= 0 && row < rows.length ? rows[row] : null;
        return r == null ? -1 : r.length - 1;
    }

    /** The cell itself, ignoring merges: for values, which must not be repeated over merged rows. */
    public CellValue value(int row, int col) {
        Region region = merged.get(pack(row, col));
        if (region != null && (region.firstRow() != row || region.firstCol() != col)) {
            return CellValue.EMPTY;
        }
        return raw(row, col);
    }

    /** The cell's text, or the text of the merged block it lies in. */
    public String label(int row, int col) {
        Region region = merged.get(pack(row, col));
        return (region == null ? raw(row, col) : raw(region.firstRow(), region.firstCol())).asText();
    }

    /** Width in columns of the merged block the cell lies in (1 when not merged). */
    public int mergedWidth(int row, int col) {
        Region region = merged.get(pack(row, col));
        return region == null ? 1 : region.lastCol() - region.firstCol() + 1;
    }

    /** True when the cell and the one below belong to the same merged block (a header cell spanning two rows). */
    public boolean mergedWithBelow(int row, int col) {
        Region region = merged.get(pack(row, col));
        return region != null && region.contains(row + 1, col);
    }

    /** True when the column's cells of both rows lie in one merged block (a header cell spanning them). */
    public boolean sameMergedBlock(int row, int otherRow, int col) {
        Region region = merged.get(pack(row, col));
        return region != null && region.contains(otherRow, col);
    }

    /** True when both cells of the row lie in one merged block, as a heading merged across the table does. */
    public boolean sameBlock(int row, int col, int otherCol) {
        Region region = merged.get(pack(row, col));
        return region != null && region.contains(row, otherCol);
    }

    /** The merged blocks the rules look at, in the order the file gave them. */
    public List<Region> merges() {
        return regions;
    }

    public static String address(int row, int col) {
        return new CellAddress(row, col).formatAsString();
    }

    private CellValue raw(int row, int col) {
        CellValue[] r = row >= 0 && row < rows.length ? rows[row] : null;
        CellValue v = r == null || col < 0 || col >= r.length ? null : r[col];
        return v == null ? CellValue.EMPTY : v;
    }

    private static long pack(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** Collects one sheet's cells and merges from a format adapter; cells may come in any order. */
    static final class Builder {

        private final String name;
        private final boolean hidden;
        /** Rows by number, each its cells by column, grown as cells arrive; a row without cells stays null. */
        private CellValue[][] rows = new CellValue[64][];
        private final List<Region> regions = new ArrayList<>();
        private int lastRow = -1;

        private Builder(String name, boolean hidden) {
            this.name = name;
            this.hidden = hidden;
        }

        /** Keeps the cell when it holds something; empty cells are dropped. */
        Builder cell(int row, int col, CellValue value) {
            if (value != null && !value.isEmpty() && row >= 0 && col >= 0) {
                if (row >= rows.length) {
                    rows = Arrays.copyOf(rows, Math.max(row + 1, rows.length * 2));
                }
                CellValue[] line = rows[row];
                if (line == null) {
                    line = rows[row] = new CellValue[Math.max(col + 1, 8)];
                } else if (col >= line.length) {
                    line = rows[row] = Arrays.copyOf(line, Math.max(col + 1, line.length * 2));
                }
                line[col] = value;
                lastRow = Math.max(lastRow, row);
            }
            return this;
        }

        Builder merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            if (firstRow >= 0 && firstCol >= 0 && lastRow >= firstRow && lastCol >= firstCol
                    && (lastRow > firstRow || lastCol > firstCol)) {
                regions.add(new Region(firstRow, lastRow, firstCol, lastCol));
            }
            return this;
        }

        SheetView build() {
            List<Region> kept = regions.stream().filter(r -> r.cells() <= LARGEST_MERGE).toList();
            int last = kept.stream().mapToInt(Region::lastRow).reduce(lastRow, Math::max);
            CellValue[][] grid = new CellValue[lastRow + 1][];
            for (int r = 0; r <= lastRow; r++) {
                CellValue[] line = rows[r];
                if (line != null) {
                    int width = line.length;
                    while (line[width - 1] == null) {
                        width--; // a row holds at least the cell that made it
                    }
                    grid[r] = width == line.length ? line : Arrays.copyOf(line, width);
                }
            }
            return new SheetView(name, hidden, grid, last, kept);
        }
    }
}
