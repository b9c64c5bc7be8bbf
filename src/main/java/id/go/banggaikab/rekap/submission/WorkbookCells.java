package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A workbook the planners keep (the yearly targets) read with exactly what reads the forms: the same format
 * adapters (.xlsx, .xls, .ods, formulas without a saved result computed) and the same value rules of
 * {@link ValueParser}, so that "92 %", 0,92 shown as a percentage, "1.234,5" and "-" mean in a target what they mean
 * in a form. Only the parts a reader of such a workbook needs are public. Readers that open their workbook through
 * the spreadsheet package themselves (renstra.xlsx in lkjip) read each cell with {@link #number(CellValue, String)}
 * and {@link #predikat(CellValue)}, so a figure means the same in every workbook the staff type.
 */
public final class WorkbookCells {

    /**
     * A cell read as a figure: a number, a grade, or nothing ("-" or empty); {@code error} says why the cell is no
     * figure, {@code correction} how a figure that was not plain was read; {@code shown} is the value as the user
     * typed it, for messages.
     */
    public record Reading(Double number, Predikat predikat, String error, String correction, String shown) {

        public boolean failed() {
            return error != null;
        }

        public boolean present() {
            return number != null || predikat != null;
        }
    }

    /** One sheet, cells by zero-based row and column. */
    public static final class Sheet {

        private final SheetView view;

        private Sheet(SheetView view) {
            this.view = view;
        }

        public String name() {
            return view.name();
        }

        /** The last row with content; -1 for an empty sheet. */
        public int lastRow() {
            return view.lastRow();
        }

        /** The cell's text as shown (numbers without ".0"); merged cells read as their block's first cell. */
        public String text(int row, int col) {
            return view.label(row, col).strip();
        }

        /** The cell as a number by the forms' rules; {@code satuan} is the indicator's unit a figure may carry. */
        public Reading number(int row, int col, String satuan) {
            return WorkbookCells.number(view.value(row, col), satuan);
        }

        /** The cell as a grade of the SAKIP scale (AA … D), by the forms' rules. */
        public Reading predikat(int row, int col) {
            return WorkbookCells.predikat(view.value(row, col));
        }

        /** "F12". */
        public static String address(int row, int col) {
            return SheetView.address(row, col);
        }
    }

    /**
     * Whether the figures a planner typed for one percentage indicator (satuan "%") all look like fractions: every one
     * between 0 and 1 and one above 0, which usually means 0,92 typed for 92 % in a plain cell. The figures are used
     * as typed; the planner is asked. The targets workbook and renstra.xlsx ask by this one rule.
     */
    public static boolean looksLikeFractions(Indicator indicator, Collection<Double> figures) {
        if (!"%".equals(indicator.satuan().strip()) || indicator.kind() == IndicatorKind.PREDIKAT) {
            return false;
        }
        boolean any = false;
        for (Double v : figures) {
            if (v == null) {
                continue;
            }
            if (v > 1 || v < 0) {
                return false;
            }
            any = any || v > 0;
        }
        return any;
    }

    /** The question both readers ask with {@link #looksLikeFractions}: "maksudnya 92? Tulis angka persennya …". */
    public static String fractionQuestion(double typed) {
        return "maksudnya " + IndonesianNumbers.format(typed * 100) + "? Tulis angka persennya (mis. 92 atau 92 %);"
                + " angka ini dipakai apa adanya.";
    }

    /**
     * One cell as a number by the forms' rules: a number cell shown as a percentage is its percentage (0,92 shown as
     * 92% is 92), text is read tolerantly ("92 %", "1.234,5", "45 orang", "nihil") with the correction said, or
     * refused with the reason; {@code satuan} is the indicator's unit a figure may carry.
     */
    public static Reading number(CellValue cell, String satuan) {
        return reading(ValueParser.number(cell, satuan), cell);
    }

    /** One cell as a grade of the SAKIP scale (AA … D) by the forms' rules (" a ", "Predikat BB"). */
    public static Reading predikat(CellValue cell) {
        return reading(ValueParser.predikat(cell), cell);
    }

    private static Reading reading(ValueParser.Parsed p, CellValue cell) {
        return new Reading(p.number(), p.predikat(), p.error(), p.correction(), cell.display());
    }

    private final List<Sheet> sheets;

    private WorkbookCells(List<Sheet> sheets) {
        this.sheets = sheets;
    }

    /** Reads a workbook's bytes; a file that is no workbook we read throws with the reason in Bahasa Indonesia. */
    public static WorkbookCells read(byte[] bytes) {
        WorkbookSheets.Result result = WorkbookSheets.read(bytes);
        if (result.refusal() != null) {
            throw new IllegalArgumentException(result.refusal().message());
        }
        return new WorkbookCells(result.sheets().stream().filter(v -> !v.hidden()).map(Sheet::new).toList());
    }

    public List<Sheet> sheets() {
        return sheets;
    }

    /** The sheet of that name (case ignored), if there is one. */
    public Optional<Sheet> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
