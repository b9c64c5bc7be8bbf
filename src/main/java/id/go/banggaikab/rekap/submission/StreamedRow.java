package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetRow;
import java.time.LocalDate;

/**
 * One data row of a table read by {@link TableStream}, its cells read by the same rules as a form's: text cleaned
 * by {@link TextKeys}, numbers by {@link ValueParser}, dates by {@link DateText}. The cells themselves are the
 * spreadsheet layer's {@link SheetRow}, as written; this object is reused for the next row, so a caller copies what
 * it keeps.
 */
public final class StreamedRow {

    /** A number, or nothing (empty, "-"), or why the cell holds none. */
    public record Number(Double value, String error) {
        public boolean present() {
            return value != null;
        }
    }

    /** A day or a whole month ({@code first} to {@code last}), or nothing, or why the cell holds no date. */
    public record Date(LocalDate first, LocalDate last, String error) {
        public boolean present() {
            return first != null;
        }
    }

    /** A year (2024, "2024", or the year of a date), or nothing, or why the cell holds none. */
    public record Year(Integer value, String error) {
        public boolean present() {
            return value != null;
        }
    }

    /** {@link #identifierKey}: the cell holds no identifier. */
    public static final long NO_ID = SheetRow.NO_ID;
    /** {@link #identifierKey}: the identifier is not digits alone; use {@link #identifier}. */
    public static final long NOT_NUMERIC = SheetRow.NOT_NUMERIC;
    /** {@link #day}: the cell is no plain Excel date; use {@link #date}. */
    public static final long NOT_A_DAY = Long.MIN_VALUE;

    private SheetRow cells;

    StreamedRow() {
    }

    StreamedRow of(SheetRow row) {
        this.cells = row;
        return this;
    }

    /** The sheet's name. */
    public String sheet() {
        return cells.sheet();
    }

    /** 0-based row index; Excel's row number is one more. */
    public int index() {
        return cells.index();
    }

    /** Excel's row number, as users see it. */
    public int number() {
        return cells.number();
    }

    /** "F12": the cell's address as Excel shows it. */
    public String address(int col) {
        return cells.address(col);
    }

    /** Whether every one of the given columns is empty: a blank line in the list. */
    public boolean blank(int... columns) {
        return cells.blank(columns);
    }

    public boolean empty(int col) {
        return cells.empty(col);
    }

    /** The cell's text, cleaned; a number as it reads ("12", "12.5"); "" for an empty cell. */
    public String text(int col) {
        return cells.text(col);
    }

    /** The comparison key of the cell's text (case, spacing and punctuation ignored). */
    public String key(int col) {
        return TextKeys.key(text(col));
    }

    /** What the user would recognise in a message, long texts cut short. */
    public String shown(int col) {
        return cells.shown(col);
    }

    /** See {@link SheetRow#identifier}: "72.01.03 001" and "7201 03001" are the same number. */
    public String identifier(int col) {
        return cells.identifier(col);
    }

    /** See {@link SheetRow#identifierKey}: a million NIBs compared without a string each. */
    public long identifierKey(int col) {
        return cells.identifierKey(col);
    }

    /**
     * The cell as a day (days since 1970-01-01) when it is a plain Excel date, the common case, without the objects
     * of {@link #date}; {@link #NOT_A_DAY} for anything else, which {@link #date} then reads or names.
     */
    public long day(int col) {
        double serial = cells.plainNumber(col);
        return Double.isNaN(serial) ? NOT_A_DAY : DateText.epochDay(serial, cells.date1904());
    }

    /** See {@link SheetRow#sharedIndex}: the same string in a million rows is one index. */
    public int sharedIndex(int col) {
        return cells.sharedIndex(col);
    }

    /** See {@link SheetRow#raw}: the text as typed, before cleaning. */
    public String raw(int col) {
        return cells.raw(col);
    }

    public Number numeric(int col) {
        ValueParser.Parsed p = ValueParser.number(cells.cell(col));
        return new Number(p.number(), p.error());
    }

    public Date date(int col) {
        double serial = cells.plainNumber(col);
        DateText.Read d = Double.isNaN(serial) ? DateText.of(cells.cell(col), cells.date1904())
                : DateText.serial(serial, cells.date1904());
        return new Date(d.first(), d.last(), d.error());
    }

    /** A year: a number from 1900 to 2100, a text holding one ("2024", "RAT 2024"), or the year of a date. */
    public Year year(int col) {
        CellValue v = cells.cell(col);
        if (v.isEmpty()) {
            return new Year(null, null);
        }
        if (v.kind() == CellValue.Kind.NUMBER && v.number() >= 1900 && v.number() <= 2100
                && v.number() == Math.rint(v.number())) {
            return new Year((int) v.number().doubleValue(), null);
        }
        if (v.kind() == CellValue.Kind.TEXT) {
            String t = v.text().strip();
            if (t.matches("[-\u2013\u2014]+")) {
                return new Year(null, null);
            }
            DateText.Read d = DateText.text(t);
            if (d.present()) {
                return new Year(d.first().getYear(), null);
            }
            Integer inText = PeriodText.yearIn(t);
            if (inText != null && t.replaceAll("\\D", "").length() == 4) {
                return new Year(inText, null);
            }
        }
        Date d = date(col);
        if (d.present()) {
            return new Year(d.first().getYear(), null);
        }
        return new Year(null, "\"" + v.display() + "\" bukan tahun; tulis tahunnya, mis. 2025");
    }

    CellValue cell(int col) {
        return cells.cell(col);
    }
}
