package id.go.banggaikab.rekap.spreadsheet;

import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;

/**
 * One row of a sheet read by {@link RowStream}, its cells as written: a number, a shared string (kept as an index
 * into the package's {@link SharedStrings}, a string made only when asked for), a text, a boolean, an error, a
 * formula saved without a result. The object is reused for the next row, so a caller copies what it keeps. A cell is
 * turned into a {@link CellValue} only when asked for: in a register of a million rows most names are never looked
 * at.
 */
public final class SheetRow {


    /** {@link #identifierKey}: the cell holds no identifier. */
    public static final long NO_ID = -2;
    /** {@link #identifierKey}: the identifier is not digits alone; use {@link #identifier}. */
    public static final long NOT_NUMERIC = -1;

    static final byte EMPTY = 0;
    static final byte NUMBER = 1;
    static final byte SHARED = 2;
    static final byte TEXT = 3;
    static final byte BOOLEAN = 4;
    static final byte ERROR = 5;
    static final byte NO_RESULT = 6;
    static final byte CELL = 7;

    private String sheet;
    private int row;
    private boolean date1904;
    private SharedStrings strings = SharedStrings.NONE;
    private byte[] kind = new byte[16];
    private double[] number = new double[16];
    private int[] shared = new int[16];
    private String[] text = new String[16];
    private CellValue[] cells = new CellValue[16];
    private int width;

    SheetRow() {
    }

    void start(String sheetName, int rowIndex, boolean is1904, SharedStrings sst) {
        Arrays.fill(kind, 0, width, EMPTY);
        Arrays.fill(cells, 0, width, null);
        Arrays.fill(text, 0, width, null);
        this.sheet = sheetName;
        this.row = rowIndex;
        this.date1904 = is1904;
        this.strings = sst;
        this.width = 0;
    }

    void setNumber(int col, double v) {
        grow(col);
        kind[col] = NUMBER;
        number[col] = v;
    }

    void setShared(int col, int index) {
        grow(col);
        kind[col] = SHARED;
        shared[col] = index;
    }

    void setText(int col, byte type, String s) {
        grow(col);
        kind[col] = type;
        text[col] = s;
    }

    void setCell(int col, CellValue v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        grow(col);
        kind[col] = CELL;
        cells[col] = v;
    }

    private void grow(int col) {
        if (col >= kind.length) {
            int n = Math.max(col + 1, kind.length * 2);
            kind = Arrays.copyOf(kind, n);
            number = Arrays.copyOf(number, n);
            shared = Arrays.copyOf(shared, n);
            text = Arrays.copyOf(text, n);
            cells = Arrays.copyOf(cells, n);
        }
        width = Math.max(width, col + 1);
    }

    /** One past the last column that holds something. */
    int width() {
        return width;
    }

    /** The sheet's name. */
    public String sheet() {
        return sheet;
    }

    /** 0-based row index; Excel's row number is one more. */
    public int index() {
        return row;
    }

    /** Excel's row number, as users see it. */
    public int number() {
        return row + 1;
    }

    /** "F12": the cell's address as Excel shows it. */
    public String address(int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** Whether every one of the given columns is empty: a blank line in the list. */
    public boolean blank(int... columns) {
        for (int c : columns) {
            if (c >= 0 && !empty(c)) {
                return false;
            }
        }
        return true;
    }

    public boolean empty(int col) {
        if (col < 0 || col >= width || kind[col] == EMPTY) {
            return true;
        }
        return switch (kind[col]) {
            case NUMBER, BOOLEAN, ERROR, NO_RESULT -> false;
            case SHARED -> cells[col] == null ? strings.blank(shared[col]) : cells[col].isEmpty();
            default -> cell(col).isEmpty();
        };
    }

    /** The cell's text, cleaned; a number as it reads ("12", "12.5"); "" for an empty cell. */
    public String text(int col) {
        String t = cell(col).asText();
        return t == null ? "" : t;
    }

    /** What the user would recognise in a message, long texts cut short. */
    public String shown(int col) {
        return cell(col).display();
    }

    /**
     * An identifier such as a NIB or NIK with the spaces, dots and dashes people type inside it removed: "72.01.03
     * 001" and "7201 03001" are the same number. A number cell gives its digits.
     */
    public String identifier(int col) {
        if (col >= 0 && col < width && cells[col] == null && kind[col] == SHARED) {
            return digitsAndLetters(strings.get(shared[col]));
        }
        CellValue v = cell(col);
        if (v.kind() == CellValue.Kind.NUMBER) {
            return Double.isFinite(v.number()) && v.number() == Math.rint(v.number())
                    ? CellValue.plain(v.number()) : v.display();
        }
        return digitsAndLetters(v.kind() == CellValue.Kind.TEXT ? v.text() : "");
    }

    /**
     * The identifier of {@link #identifier} as a number when it is digits alone (17 at most), with the count of
     * digits folded in so that "012" is not "12": a million NIBs compared without a string each. {@link #NO_ID} for
     * an empty cell, {@link #NOT_NUMERIC} when {@link #identifier} must be used.
     */
    public long identifierKey(int col) {
        if (col < 0 || col >= width || kind[col] == EMPTY) {
            return NO_ID;
        }
        if (cells[col] == null && kind[col] == SHARED) {
            return strings.digits(shared[col]);
        }
        String id = identifier(col);
        if (id.isEmpty()) {
            return NO_ID;
        }
        if (id.length() > 17) {
            return NOT_NUMERIC;
        }
        long v = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_NUMERIC;
            }
            v = v * 10 + (c - '0');
        }
        return v * 32 + id.length();
    }

    /**
     * The number of a plain number cell as written (a date is such a number, see {@link #date1904}), without the
     * objects of {@link #cell}; NaN for any other cell, including a number shown as a percentage.
     */
    public double plainNumber(int col) {
        return col >= 0 && col < width && cells[col] == null && kind[col] == NUMBER ? number[col] : Double.NaN;
    }

    /** Whether the workbook counts its dates from 1904 (old Mac Excel) rather than 1900. */
    public boolean date1904() {
        return date1904;
    }

    private static String digitsAndLetters(String t) {
        if (t == null) {
            return "";
        }
        boolean plain = true;
        for (int i = 0; i < t.length() && plain; i++) {
            char c = t.charAt(i);
            plain = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        if (plain) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The index of the cell's shared string, or -1 when it holds none: the same string in a million rows (a Status,
     * a Skala, a kecamatan) is one index, so a caller may remember what it made of it.
     */
    public int sharedIndex(int col) {
        return col >= 0 && col < width && kind[col] == SHARED ? shared[col] : -1;
    }

    /**
     * The cell's text as typed, before the cleaning of {@link #text}: for callers that compare by a key which ignores
     * spacing anyway, so a shared string need not be cleaned first. A number reads as {@link #text}.
     */
    public String raw(int col) {
        if (col >= 0 && col < width && cells[col] == null && kind[col] == SHARED) {
            String s = strings.get(shared[col]);
            return s == null ? "" : s;
        }
        return text(col);
    }

    /** The cell as the format adapters give every cell: formulas replaced by their saved result. */
    public CellValue cell(int col) {
        if (col < 0 || col >= width) {
            return CellValue.EMPTY;
        }
        CellValue v = cells[col];
        if (v != null) {
            return v;
        }
        v = switch (kind[col]) {
            case NUMBER -> CellValue.number(number[col], false);
            case SHARED -> {
                String s = strings.get(shared[col]);
                yield s == null ? CellValue.error("#REF!") : CellValue.text(s);
            }
            case TEXT -> CellValue.text(text[col]);
            case BOOLEAN -> CellValue.bool("1".equals(text[col]) || "true".equalsIgnoreCase(text[col]));
            case ERROR -> CellValue.error(text[col]);
            case NO_RESULT -> CellValue.formulaWithoutValue(text[col]);
            default -> CellValue.EMPTY;
        };
        cells[col] = v;
        return v;
    }
}
