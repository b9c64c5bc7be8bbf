package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.submission.IndicatorMatcher.Match;
import id.go.banggaikab.rekap.submission.RowValues.Cells;
import id.go.banggaikab.rekap.submission.RowValues.Slot;
import id.go.banggaikab.rekap.submission.TableLayout.HeaderCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Walks the rows under a table's header. Real forms mix indicator rows with blank rows, sasaran headings merged
 * across the table, column-number rows ("1 2 3 ..."), "Jumlah"/"Total" rows and a signature block; those are passed
 * over quietly, and only a row that names an indicator or carries figures for one can produce a problem.
 */
final class RowReader {

    private static final Pattern TOTAL = Pattern.compile("(sub )?(jumlah|total|rata rata|rerata)( total| capaian| keseluruhan)?");
    private static final Pattern NUMBERING = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final Pattern SIGNATURE = Pattern.compile("^(nip|mengetahui|diketahui|disetujui|dibuat oleh"
            + "|yang membuat|ttd|tanda tangan|luwuk)\\b|\\b\\d{1,2} (januari|februari|maret|april|mei|juni|juli"
            + "|agustus|september|oktober|november|desember) (19|20)\\d{2}\\b");

    /** Longest note kept; longer ones are cut, as no table of the recap or the LKjIP can show more. */
    static final int NOTE_LENGTH = 4_000;

    private final String file;
    private final IndicatorMatcher matcher;
    private final RowValues values;

    RowReader(String file, IndicatorMatcher matcher) {
        this.file = file;
        this.matcher = matcher;
        this.values = new RowValues(file);
    }

    /**
     * Reads the table's rows into {@code rows} and {@code problems}. {@code seen} maps indicator codes already read
     * in this file (any sheet) to where, so the second mention of an indicator is refused.
     */
    void read(SheetView sheet, TableLayout table, String unitCode, Map<String, String> seen, List<ReadRow> rows,
            List<Problem> problems) {
        int indicatorCol = table.col(Column.INDIKATOR);
        int kodeCol = table.col(Column.KODE);
        for (int r = table.firstDataRow(); r <= sheet.lastRow(); r++) {
            String kode = kodeCol < 0 ? "" : TextKeys.clean(sheet.value(r, kodeCol).asText());
            String text = TextKeys.clean(sheet.label(r, indicatorCol));
            boolean mayBeSignature = text.isEmpty() || SIGNATURE.matcher(TextKeys.key(text)).find();
            if (kode.isEmpty() && mayBeSignature && isSignature(sheet, r)) {
                return;
            }
            if (isNumbering(sheet, table, r) || kode.isEmpty() && (text.isEmpty() || isSection(sheet, table, r))) {
                continue;
            }
            Cells cells = cells(sheet, table, r);
            boolean hasFigures = cells.realisasi().filled() || cells.pembilang().filled() || cells.penyebut().filled();
            String jabatan = table.has(Column.JABATAN) ? sheet.label(r, table.col(Column.JABATAN)) : "";
            Match match = kode.isEmpty() ? matcher.byText(text, jabatan, unitCode)
                    : matcher.byCode(kode, text, jabatan, unitCode);
            String where = SheetView.address(r, kode.isEmpty() ? indicatorCol : kodeCol);
            String found = CellValue.quote(kode.isEmpty() ? text : kode);
            if (match instanceof Match.Refused refused) {
                boolean heading = kode.isEmpty() && (!hasFigures || TOTAL.matcher(TextKeys.key(text)).matches());
                if (!heading) {
                    problems.add(Problem.cell(file, sheet.name(), where, found, refused.reason()));
                }
                continue;
            }
            Indicator indicator = ((Match.Matched) match).indicator();
            String correction = match instanceof Match.Tolerant tolerant ? tolerant.note() : null;
            if (kode.isEmpty() && !hasFigures && correction != null) {
                continue; // a heading that only loosely resembles an indicator must not claim it before its row
            }
            String code = indicator.code();
            String earlier = seen.putIfAbsent(code, sheet.name() + "!" + where);
            if (earlier != null) {
                problems.add(Problem.cell(file, sheet.name(), where, found, "Indikator " + code
                        + " sudah diisi di " + earlier + "; baris ini tidak dibaca"));
                continue;
            }
            if (correction != null) {
                problems.add(Problem.correction(file, sheet.name(), where, found, correction));
            }
            RowValues.Outcome outcome = values.read(indicator, cells);
            problems.addAll(outcome.problems());
            if (outcome.row() != null) {
                rows.add(outcome.row());
            }
        }
    }

    private Cells cells(SheetView sheet, TableLayout table, int r) {
        String indicatorCell = SheetView.address(r, table.col(Column.INDIKATOR));
        ReadRow.Notes notes = new ReadRow.Notes(text(sheet, table, Column.KETERANGAN, r),
                text(sheet, table, Column.BUKTI, r), text(sheet, table, Column.KENDALA, r),
                text(sheet, table, Column.SOLUSI, r));
        return new Cells(sheet.name(), indicatorCell, realisation(sheet, table, r), slot(sheet, table, Column.PEMBILANG, r),
                slot(sheet, table, Column.PENYEBUT, r), anggaran(sheet, table, r), notes);
    }

    /** The quarter's own figure when given, else the year-to-date one when the form only has that. */
    private static Slot realisation(SheetView sheet, TableLayout table, int r) {
        Slot first = Slot.NONE;
        for (HeaderCell h : table.all(Column.REALISASI)) {
            Slot s = new Slot(sheet.value(r, h.col()), SheetView.address(r, h.col()), h.cumulative());
            if (s.filled()) {
                return s;
            }
            first = first.address() == null ? s : first;
        }
        return first;
    }

    /** The quarter's own money column; a year-to-date amount is not the quarter's spending. */
    private static Slot anggaran(SheetView sheet, TableLayout table, int r) {
        return table.all(Column.ANGGARAN).stream().filter(h -> !h.cumulative()).findFirst()
                .map(h -> new Slot(sheet.value(r, h.col()), SheetView.address(r, h.col()), false)).orElse(Slot.NONE);
    }

    private static Slot slot(SheetView sheet, TableLayout table, Column role, int r) {
        Optional<HeaderCell> h = table.first(role);
        return h.map(c -> new Slot(sheet.value(r, c.col()), SheetView.address(r, c.col()), c.cumulative()))
                .orElse(Slot.NONE);
    }

    /** A note as written, cut at {@link #NOTE_LENGTH}: a cell can hold more than any report has room for. */
    private static String text(SheetView sheet, TableLayout table, Column role, int r) {
        int col = table.col(role);
        String t = col < 0 ? "" : TextKeys.clean(sheet.label(r, col));
        if (t.length() > NOTE_LENGTH) {
            t = t.substring(0, NOTE_LENGTH - 1) + "…";
        }
        return t.isEmpty() ? null : t;
    }

    /** A sasaran or group heading merged across the table: its block reaches into a value column. */
    private static boolean isSection(SheetView sheet, TableLayout table, int r) {
        int indicatorCol = table.col(Column.INDIKATOR);
        return table.columns().stream().filter(h -> h.role().holdsValue())
                .anyMatch(h -> h.col() != indicatorCol && sheet.sameBlock(r, indicatorCol, h.col()));
    }

    /** The row of column numbers "(1) (2) (3) ..." that many templates put under the header. */
    private static boolean isNumbering(SheetView sheet, TableLayout table, int r) {
        int numbers = 0;
        for (HeaderCell h : table.columns()) {
            String t = TextKeys.clean(sheet.value(r, h.col()).asText());
            if (!t.isEmpty() && !NUMBERING.matcher(t).matches()) {
                return false;
            }
            numbers += t.isEmpty() ? 0 : 1;
        }
        return numbers >= 2 && NUMBERING.matcher(TextKeys.clean(sheet.label(r, table.col(Column.INDIKATOR)))).matches();
    }

    private static boolean isSignature(SheetView sheet, int r) {
        int last = sheet.lastColumn(r);
        for (int c = 0; c <= last; c++) {
            if (SIGNATURE.matcher(TextKeys.key(sheet.value(r, c).asText())).find()) {
                return true;
            }
        }
        return false;
    }
}
