package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * "Rekap Indikator": one row per catalogue indicator with the columns SPEC §5 fixes, then the comparison with the
 * quarter's Rencana Aksi target and the ratio's accumulated parts. Numbers are numeric cells; a quarter not reached
 * or not reported is an empty cell; capaian without data is empty and its category says "Belum ada data", and an
 * indicator with figures of earlier quarters but none for this one says "Belum lapor TW …". Every column is on screen;
 * the printed page holds the columns up to Kategori, which on A4 or F4 keeps the text at a readable size.
 */
final class IndicatorSheet {

    static final String NAME = "Rekap Indikator";

    /** The first fourteen are fixed by SPEC §5; the rest are extras. */
    static final String[] COLUMNS = {"Kode", "Unit Kerja", "Jabatan", "Indikator Kinerja", "Satuan", "Target",
        "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Realisasi s.d. TW",
        "Capaian (%)", "Kategori", "Sumber", "Target s.d. TW", "Capaian thd Target TW (%)",
        "Kategori thd Target TW", "Pembilang s.d. TW", "Penyebut s.d. TW"};

    static final int CAPAIAN = 11;
    static final int KATEGORI = 12;
    static final int CAPAIAN_QUARTER = 15;
    static final int KATEGORI_QUARTER = 16;
    /** The last printed column: Kategori. */
    static final int LAST_PRINTED = KATEGORI;

    private IndicatorSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME,
                "Rekap Indikator Kinerja " + recap.periode().longLabel(),
                16, 14, 16, 30, 9, 10, 10, 10, 10, 10, 10, 9, 14, 26, 11, 11, 16, 11, 11);
        t.header(COLUMNS);
        for (IndicatorResult r : recap.indicators()) {
            Row row = t.row();
            t.text(row, 0, r.indicator().code(), styles.text);
            t.text(row, 1, r.unit().name());
            t.text(row, 2, r.position().name());
            t.text(row, 3, r.indicator().name());
            t.text(row, 4, r.indicator().satuan());
            t.figure(row, 5, r.target());
            for (int tw = 1; tw <= 4; tw++) {
                t.figure(row, 5 + tw, r.values().quarter(tw));
            }
            t.figure(row, 10, r.ytd());
            t.percent(row, CAPAIAN, r.capaian());
            t.text(row, KATEGORI, Wording.category(r, r.kategori(), r.target(), recap.periode()));
            t.text(row, 13, String.join("\n", r.sources()));
            t.figure(row, 14, r.quarterTarget());
            t.percent(row, CAPAIAN_QUARTER, r.capaianQuarter());
            t.text(row, KATEGORI_QUARTER, Wording.category(r, r.kategoriQuarter(), r.quarterTarget(), recap.periode()));
            t.number(row, 17, r.values().numerator());
            t.number(row, 18, r.values().denominator());
        }
        t.finish(COLUMNS.length);
        t.printColumns(LAST_PRINTED);
        TrafficLight.apply(t, CAPAIAN, recap.settings(), KATEGORI);
        TrafficLight.apply(t, CAPAIAN_QUARTER, recap.settings(), KATEGORI_QUARTER);
    }
}
