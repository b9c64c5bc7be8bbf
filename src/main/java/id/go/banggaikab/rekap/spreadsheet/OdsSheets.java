package id.go.banggaikab.rekap.spreadsheet;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * LibreOffice's own format, read with SODS into the same sheet view as Excel files, so every tolerance rule applies
 * unchanged. SODS repeats a merged block's value in every cell it covers; here, as in Excel, only the top-left cell
 * holds it. Formulas give the result LibreOffice saved.
 */
final class OdsSheets {

    static final Refusal UNREADABLE = Refusal.of(Refusal.Reason.DAMAGED, "Berkas .ods ini tidak dapat dibaca; buka di"
            + " LibreOffice lalu simpan ulang sebagai .xlsx");

    /** The sheets, or the refusal; exactly one is set. */
    record Result(List<SheetView> sheets, Refusal refusal) {
    }

    private OdsSheets() {
    }

    static Result read(byte[] bytes) {
        return read(bytes, false);
    }

    /** As {@link #read(byte[])}; {@code hiddenToo} copies the cells of hidden sheets as well. */
    static Result read(byte[] bytes, boolean hiddenToo) {
        SpreadSheet book;
        try {
            book = new SpreadSheet(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | AssertionError | StackOverflowError e) {
            // SODS throws IndexOutOfBoundsException for a merge reaching past the last used column, and an
            // AssertionError for merges it cannot place
            return new Result(null, UNREADABLE);
        }
        if (book.getNumSheets() == 0) {
            return new Result(null, UNREADABLE); // what SODS makes of a content.xml it could not parse
        }
        List<SheetView> sheets = new ArrayList<>();
        for (Sheet sheet : book.getSheets()) {
            SheetView.Builder view = SheetView.builder(sheet.getName(), sheet.isHidden());
            if (!sheet.isHidden() || hiddenToo) {
                copy(sheet, view);
            }
            sheets.add(view.build());
        }
        return new Result(sheets, null);
    }

    private static void copy(Sheet sheet, SheetView.Builder view) {
        if (sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0) {
            return;
        }
        Range all = sheet.getDataRange();
        Set<SheetView.Region> merges = new LinkedHashSet<>(); // SODS may list a block twice
        for (Range m : all.getMergedCells()) {
            merges.add(new SheetView.Region(m.getRow(), m.getRow() + m.getNumRows() - 1, m.getColumn(),
                    m.getColumn() + m.getNumColumns() - 1));
        }
        Set<Long> covered = new HashSet<>();
        for (SheetView.Region m : merges) {
            view.merge(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol());
            if (m.cells() <= 10_000) {
                for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                    for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                        if (r != m.firstRow() || c != m.firstCol()) {
                            covered.add(((long) r << 20) | c);
                        }
                    }
                }
            }
        }
        Object[][] values = all.getValues();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                if (values[r][c] != null && !covered.contains(((long) r << 20) | c)) {
                    view.cell(r, c, value(values[r][c]));
                }
            }
        }
    }

    static CellValue value(Object v) {
        if (v instanceof OfficePercentage p) {
            return p.getValue() == null ? CellValue.EMPTY : CellValue.number(p.getValue(), true);
        }
        if (v instanceof OfficeCurrency m) {
            return m.getValue() == null ? CellValue.EMPTY : CellValue.number(m.getValue(), false);
        }
        if (v instanceof Number n) {
            return CellValue.number(n.doubleValue(), false);
        }
        if (v instanceof Boolean b) {
            return CellValue.bool(b);
        }
        if (v instanceof LocalDate d) {
            return CellValue.number(DateUtil.getExcelDate(d.atStartOfDay()), false); // as Excel stores a date
        }
        if (v instanceof LocalDateTime t) {
            return CellValue.number(DateUtil.getExcelDate(t), false);
        }
        return CellValue.text(v.toString());
    }
}
