package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Comparing sheet views cell by cell, and writing them out again as .ods, for the adapter tests. */
final class SheetViews {

    private SheetViews() {
    }

    /** The same sheets, names, visibility, cells and merged blocks, as the reader's rules see them. */
    static void assertSame(List<SheetView> expected, List<SheetView> actual, String what) {
        assertThat(actual).as(what + ": sheets").extracting(SheetView::name)
                .containsExactlyElementsOf(expected.stream().map(SheetView::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            SheetView e = expected.get(i);
            SheetView a = actual.get(i);
            String where = what + ": " + e.name();
            assertThat(a.hidden()).as(where + " hidden").isEqualTo(e.hidden());
            assertThat(a.lastRow()).as(where + " last row").isEqualTo(e.lastRow());
            assertThat(a.merges()).as(where + " merges").containsExactlyInAnyOrderElementsOf(e.merges());
            for (int r = 0; r <= e.lastRow(); r++) {
                assertThat(a.lastColumn(r)).as(where + " last column of row " + r).isEqualTo(e.lastColumn(r));
                for (int c = 0; c <= e.lastColumn(r); c++) {
                    assertThat(a.value(r, c)).as(where + "!" + SheetView.address(r, c)).isEqualTo(e.value(r, c));
                }
            }
        }
    }

    /** Whether every cell can be written to .ods as it is: error values and uncomputed formulas cannot. */
    static boolean odsCanHold(List<SheetView> sheets) {
        for (SheetView s : sheets) {
            for (int r = 0; r <= s.lastRow(); r++) {
                for (int c = 0; c <= s.lastColumn(r); c++) {
                    CellValue.Kind k = s.value(r, c).kind();
                    if (k == CellValue.Kind.ERROR || k == CellValue.Kind.FORMULA_WITHOUT_VALUE) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The sheets as LibreOffice would save them in its own format, written with SODS. */
    static byte[] ods(List<SheetView> sheets) {
        SpreadSheet book = new SpreadSheet();
        for (SheetView view : sheets) {
            int rows = view.lastRow() + 1;
            int cols = 1;
            for (int r = 0; r < rows; r++) {
                cols = Math.max(cols, view.lastColumn(r) + 1);
            }
            for (SheetView.Region m : view.merges()) {
                cols = Math.max(cols, m.lastCol() + 1);
            }
            Sheet sheet = new Sheet(view.name(), Math.max(rows, 1), cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c <= view.lastColumn(r); c++) {
                    Object v = odsValue(view.value(r, c));
                    if (v != null) {
                        sheet.getRange(r, c).setValue(v);
                    }
                }
            }
            for (SheetView.Region m : view.merges()) {
                sheet.getRange(m.firstRow(), m.firstCol(), m.lastRow() - m.firstRow() + 1,
                        m.lastCol() - m.firstCol() + 1).merge();
            }
            if (view.hidden()) {
                sheet.hideSheet();
            }
            book.appendSheet(sheet);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object odsValue(CellValue v) {
        return switch (v.kind()) {
            case NUMBER -> v.percentFormat() ? new OfficePercentage(v.number()) : v.number();
            case TEXT -> v.text();
            case BOOLEAN -> Boolean.valueOf(v.display().equals("TRUE"));
            default -> null;
        };
    }
}
