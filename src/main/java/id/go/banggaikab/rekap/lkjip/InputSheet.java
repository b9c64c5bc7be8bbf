package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.submission.WorkbookCells;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * One sheet of a workbook the staff keep in {@code config/}, read cell by cell. Every finding names the file, the
 * sheet, the cell with its column header, the value found and the fix, in the words of the targets workbook, and is
 * collected rather than thrown so that one run lists every mistake at once. Rows marked {@value #EXAMPLE} in the
 * first column are the shipped examples: never real figures.
 *
 * <p>Cells come from the spreadsheet package ({@link SheetView}), as every workbook the job reads: a formula gives its
 * result, and a cell reads only where it was typed ({@link SheetView#value}), so a header merged over two columns
 * names the first of them, as it did when these sheets were read through POI's own model. An indicator's figure is
 * read by the forms' value rules ({@link #figure}), so the same cell means the same in a form, in the targets workbook
 * and here; a rupiah amount by its own rule ({@link #rupiah}).
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
    private final List<String> notes;
    private final int header;

    /**
     * {@code findings} collects what is wrong (the run stops on any), {@code notes} how a figure that was not plain
     * was read (the run goes on and the planner is told).
     */
    InputSheet(String file, SheetView sheet, int header, List<String> findings, List<String> notes) {
        this.file = file;
        this.sheet = sheet;
        this.header = header;
        this.findings = findings;
        this.notes = notes;
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

    /**
     * A figure of {@code indicator}, read by exactly the rules of the forms and the targets workbook
     * ({@link WorkbookCells}): a grade (AA … D) for a predicate indicator (" a " is A), else a number; a number cell
     * shown as 92% is 92 as in the targets workbook, "92 %", "92,5" and "1.234,5" are what they say, and what offices
     * add around a figure ("2,5 persen", "45 orang", "nihil", "Rp 2.150.000") is read with a note saying how
     * ({@code notes}). Empty, "-" and "belum" are no figure. A cell that is no figure (or a number where a grade
     * belongs, or the other way round) is a finding naming the cell, the value and the fix.
     */
    Figure figure(int r, int c, Indicator indicator) {
        CellValue cell = sheet.value(r, c);
        WorkbookCells.Reading v = indicator.kind() == IndicatorKind.PREDIKAT ? WorkbookCells.predikat(cell)
                : WorkbookCells.number(cell, indicator.satuan());
        if (v.failed()) {
            findings.add(where(r, c) + ": " + v.error() + ".");
            return Figure.NONE;
        }
        if (v.correction() != null) {
            notes.add(where(r, c) + " berisi \"" + cut(v.shown()) + "\": " + lowerFirst(v.correction()) + ".");
        }
        return v.predikat() != null ? Figure.of(v.predikat()) : Figure.of(v.number());
    }

    /**
     * Asks the planner when every figure of a percentage indicator on row {@code r} looks typed as a fraction (0,92 for
     * 92 % in a plain cell), by the targets workbook's rule ({@link WorkbookCells#looksLikeFractions}); {@code read}
     * holds the row's figures by column. The figures stay as typed.
     */
    void askIfFractions(int r, Indicator indicator, SortedMap<Integer, Figure> read) {
        List<Double> numbers = read.values().stream().map(Figure::number).toList();
        if (!WorkbookCells.looksLikeFractions(indicator, numbers)) {
            return;
        }
        int c = read.entrySet().stream().filter(e -> e.getValue().number() != null && e.getValue().number() > 0)
                .findFirst().orElseThrow().getKey();
        notes.add(where(r, c) + " berisi " + IndonesianNumbers.format(read.get(c).number()) + ": " + indicator.code()
                + " dalam persen, tetapi semua angka di barisnya 1 atau kurang; "
                + WorkbookCells.fractionQuestion(read.get(c).number()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * An amount in rupiah, kept exactly: a number cell, or text such as "Rp 1.250.000.000" or "1.250.000,50". Null
     * for an empty cell or "-"; a negative amount or text that is no amount is a finding.
     *
     * <p>An amount is no indicator figure, and this rule is kept apart from the forms' on purpose. The forms' figure
     * rule ({@code ValueParser.number}, "Rp" prefix included) gives a {@code double}, which cannot hold every sum of
     * money exactly; their rupiah rule ({@code ValueParser.money}, exact too) disagrees with this one where a budget
     * sheet differs from a form's Rp column: a number cell is rounded here to the sen, the smallest unit of a DPA, so a
     * pagu split by formula (=F7/3 of 50.000.000) gives 16.666.666,67 and not the 16.666.666,666666666 its binary
     * result holds, which would reach the Realisasi Anggaran totals; a comma with three digits ("12,345", English
     * Excel) is a thousands separator here, as no amount has three digits of sen, where the figure rule reads the
     * Indonesian decimal 12,345. Both rules agree on "Rp 50.000.000,-", "1.250.000,50", "1,250,000.50", "-" and empty.
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

    static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
