package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.math.BigDecimal;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.util.List;
import java.util.Locale;

/**
 * One sheet of a workbook the staff keep in {@code config/}, read cell by cell. Every finding names the file, the
 * sheet, the cell with its column header, the value found and the fix, in the words of the targets workbook, and is
 * collected rather than thrown so that one run lists every mistake at once. Rows marked {@value #EXAMPLE} in the
 * first column are the shipped examples: never real figures.
 *
 * <p>Cells come from the spreadsheet package ({@link SheetView}), as every workbook the job reads: a formula gives its
 * result, and a cell reads only where it was typed ({@link SheetView#value}), so a header merged over two columns
 * names the first of them, as it did when these sheets were read through POI's own model. A number cell is its
 * number as stored (a cell shown as 92% is 0.92); text is read by the rules below ("92%" typed as text is 92).
 */
final class InputSheet {

    /** The mark of an example row, in the first column. */
    static final String EXAMPLE = "CONTOH";
    /** Zero-based row of the column headers in every input sheet this package writes (row 5 as Excel counts). */
    static final int HEADER_ROW = 4;

    /** How far down the header row may sit. */
    static final int HEADER_SEARCH = 30;

    private final String file;
    private final SheetView sheet;
    private final List<String> findings;
    private final int header;

    InputSheet(String file, SheetView sheet, int header, List<String> findings) {
        this.file = file;
        this.sheet = sheet;
        this.header = header;
        this.findings = findings;
    }

    String file() {
        return file;
    }

    SheetView sheet() {
        return sheet;
    }

    int header() {
        return header;
    }

    /** The header row: the first of the top rows whose cells include {@code label}, or -1. */
    static int findHeader(SheetView sheet, String label) {
        for (int r = 0; r <= Math.min(sheet.lastRow(), HEADER_SEARCH); r++) {
            for (int c = 0; c <= sheet.lastColumn(r); c++) {
                if (text(sheet, r, c).equalsIgnoreCase(label)) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** The header text of column {@code c}. */
    String heading(int c) {
        return text(sheet, header, c);
    }

    /** "renstra.xlsx, lembar Renstra, sel F7 (Target 2026)". */
    String where(int r, int c) {
        return file + ", lembar " + sheet.name() + ", sel " + SheetView.address(r, c)
                + " (" + heading(c) + ")";
    }

    /** "renstra.xlsx, lembar Renstra, baris 7". */
    String whereRow(int r) {
        return file + ", lembar " + sheet.name() + ", baris " + (r + 1);
    }

    void add(String finding) {
        findings.add(finding);
    }

    /** The cell's text as shown (numbers without ".0", a formula's result); "" when empty. */
    static String text(SheetView sheet, int r, int c) {
        return sheet.value(r, c).asText().strip();
    }

    String text(int r, int c) {
        return text(sheet, r, c);
    }

    /** Whether the row is one of the shipped examples. */
    boolean isExample(int r) {
        return text(r, 0).toUpperCase(Locale.ROOT).startsWith(EXAMPLE);
    }

    /** A number, or null for an empty cell or "-"; text that is no number is a finding. */
    Double number(int r, int c) {
        CellValue cell = sheet.value(r, c);
        if (cell.isEmpty()) {
            return null;
        }
        if (cell.kind() == CellValue.Kind.NUMBER) {
            double v = cell.number();
            if (!Double.isFinite(v)) {
                findings.add(where(r, c) + ": bukan angka yang sah.");
                return null;
            }
            return v;
        }
        String shown = cell.asText().strip();
        String t = shown.replace("%", "").strip();
        if (t.isEmpty() || t.equals("-")) {
            return null;
        }
        try {
            return Double.parseDouble(normal(t));
        } catch (NumberFormatException e) {
            findings.add(where(r, c) + ": \"" + cut(shown) + "\" bukan angka. Tulis angkanya saja,"
                    + " mis. 12,5.");
            return null;
        }
    }

    /**
     * A figure: a grade (AA … D) for a predicate indicator, else a number. A grade where a number belongs or the
     * other way round is a finding.
     */
    Figure figure(int r, int c, boolean predikat) {
        if (!predikat) {
            return Figure.of(number(r, c));
        }
        String t = text(r, c);
        if (t.isEmpty() || t.equals("-")) {
            return Figure.NONE;
        }
        Predikat p = Predikat.parse(t).orElse(null);
        if (p == null) {
            findings.add(where(r, c) + ": \"" + cut(t) + "\" bukan predikat. Indikator ini diisi"
                    + " huruf: AA, A, BB, B, CC, C, D.");
        }
        return Figure.of(p);
    }

    /**
     * An amount in rupiah, kept exactly: a number cell, or text such as "Rp 1.250.000.000" or "1.250.000,50". Null
     * for an empty cell or "-"; a negative amount or text that is no amount is a finding.
     */
    BigDecimal rupiah(int r, int c) {
        CellValue cell = sheet.value(r, c);
        if (cell.isEmpty()) {
            return null;
        }
        BigDecimal out;
        if (cell.kind() == CellValue.Kind.NUMBER) {
            double v = cell.number();
            if (!Double.isFinite(v)) {
                findings.add(where(r, c) + ": bukan jumlah rupiah yang sah.");
                return null;
            }
            out = new BigDecimal(Double.toString(v)).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        } else {
            String shown = cell.asText().strip();
            String t = shown.replaceFirst("(?i)^rp\\.?", "").replaceFirst(",-$", "").replace(" ", "").strip();
            if (t.isEmpty() || t.equals("-")) {
                return null;
            }
            try {
                out = new BigDecimal(t.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?") || t.matches("-?\\d+,\\d{1,2}")
                        ? t.replace(".", "").replace(',', '.') : t.replace(",", ""));
            } catch (NumberFormatException e) {
                findings.add(where(r, c) + ": \"" + cut(shown) + "\" bukan jumlah rupiah. Tulis"
                        + " angkanya saja, mis. 1250000000 atau 1.250.000.000.");
                return null;
            }
        }
        if (out.signum() < 0) {
            findings.add(where(r, c) + ": \"" + IndonesianNumbers.format(out.doubleValue())
                    + "\" negatif; jumlah rupiah 0 atau lebih.");
            return null;
        }
        return out;
    }

    /** "1.234,5" and "1234,5" as 1234.5; "1234.5" as it is. */
    private static String normal(String t) {
        if (t.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            return t.replace(".", "").replace(',', '.');
        }
        return t.replace(',', '.');
    }

    static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
