package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.Comparator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Where the figures come from: "Jejak Data" lists every stored value behind the recap with its file, sheet and cell,
 * so any figure can be checked against the form it came from; "Keterangan" carries the narrative and evidence
 * columns users wrote on their forms. Both are long and consulted on screen, so they print compactly: the unit's and
 * the indicator's names (the code says which) come last and stay off the printed page, which keeps the rows to one
 * line each, and at a fixed 75 % (7,5 pt) so that a page holds more of them.
 */
final class SourceSheets {

    static final String TRACE = "Jejak Data";
    static final String NOTES = "Keterangan";

    static final String[] TRACE_COLUMNS = {"Kode", "Triwulan", "Realisasi", "Pembilang", "Penyebut", "Predikat",
        "Isian s.d. TW", "Lembar", "Sel", "Berkas", "Unit Pelapor", "Indikator Kinerja"};
    static final String[] NOTE_COLUMNS = {"Kode", "Triwulan", "Keterangan", "Bukti", "Berkas", "Unit Pelapor",
        "Indikator Kinerja"};
    /** The last printed column of each: Berkas. */
    private static final int TRACE_PRINTED = 9;
    private static final int NOTES_PRINTED = 4;

    private static final Comparator<StoredRow> ORDER = Comparator.comparing((StoredRow r) -> r.periode())
            .thenComparing(StoredRow::unitCode);

    private SourceSheets() {
    }

    static void writeTrace(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, TRACE, "Jejak Data: Asal Setiap Nilai "
                + recap.periode().longLabel(), 16, 9, 14, 14, 14, 9, 9, 12, 7, 64, 70, 100);
        t.header(TRACE_COLUMNS);
        for (IndicatorResult r : recap.indicators()) {
            for (StoredRow s : r.values().rows().stream().sorted(ORDER).toList()) {
                Row row = t.row();
                t.text(row, 0, s.indicatorCode(), styles.text);
                t.text(row, 1, s.periode().label(), styles.text);
                t.number(row, 2, s.value());
                t.number(row, 3, s.numerator());
                t.number(row, 4, s.denominator());
                t.text(row, 5, s.predikat() == null ? "" : s.predikat().name(), styles.text);
                t.text(row, 6, s.cumulative() ? "Ya" : "Tidak", styles.text);
                t.text(row, 7, s.sheet(), styles.text);
                t.text(row, 8, s.cell(), styles.text);
                t.text(row, 9, s.fileName());
                t.text(row, 10, unitName(recap, s.unitCode()), styles.text);
                t.text(row, 11, r.indicator().name(), styles.text);
            }
        }
        t.finish(TRACE_COLUMNS.length);
        t.printCompact(TRACE_PRINTED);
    }

    static void writeNotes(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NOTES, "Keterangan dan Bukti dari Formulir "
                + recap.periode().longLabel(), 16, 9, 50, 40, 64, 70, 100);
        t.header(NOTE_COLUMNS);
        for (IndicatorResult r : recap.indicators()) {
            for (StoredRow s : r.values().rows().stream().filter(SourceSheets::hasNote).sorted(ORDER).toList()) {
                Row row = t.row();
                t.text(row, 0, s.indicatorCode(), styles.text);
                t.text(row, 1, s.periode().label(), styles.text);
                t.text(row, 2, s.keterangan());
                t.text(row, 3, s.bukti());
                t.text(row, 4, s.fileName());
                t.text(row, 5, unitName(recap, s.unitCode()), styles.text);
                t.text(row, 6, r.indicator().name(), styles.text);
            }
        }
        t.finish(NOTE_COLUMNS.length);
        t.printCompact(NOTES_PRINTED);
    }

    private static boolean hasNote(StoredRow r) {
        return r.keterangan() != null && !r.keterangan().isBlank() || r.bukti() != null && !r.bukti().isBlank();
    }

    private static String unitName(Recap recap, String code) {
        return recap.catalogue().unit(code).map(Unit::name).orElse(code);
    }
}
