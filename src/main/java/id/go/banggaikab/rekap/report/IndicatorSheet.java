package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * "Rekap Indikator": one row per catalogue indicator with the columns SPEC §5 fixes, then the comparison with the
 * quarter's Rencana Aksi target and the ratio's accumulated parts. Numbers are numeric cells; a quarter not reached
 * or not reported is an empty cell; capaian without data is empty and its category says "Belum ada data".
 */
final class IndicatorSheet {

    static final String NAME = "Rekap Indikator";

    /** The first fourteen are fixed by SPEC §5; the rest are extras. */
    static final String[] COLUMNS = {"Kode", "Unit Kerja", "Jabatan", "Indikator Kinerja", "Satuan", "Target",
        "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Realisasi s.d. TW",
        "Capaian (%)", "Kategori", "Sumber", "Target s.d. TW", "Capaian thd Target TW (%)",
        "Kategori thd Target TW", "Pembilang s.d. TW", "Penyebut s.d. TW"};

    static final int CAPAIAN = 11;
    static final int CAPAIAN_QUARTER = 15;

    private IndicatorSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME,
                "Rekap Indikator Kinerja " + recap.periode().longLabel(),
                16, 18, 20, 34, 9, 11, 11, 11, 11, 11, 11, 9, 16, 26, 11, 11, 16, 11, 11);
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
            t.text(row, 12, Wording.category(r.kategori(), r.ytd(), r.target()));
            t.text(row, 13, String.join("\n", r.sources()));
            t.figure(row, 14, r.quarterTarget());
            t.percent(row, CAPAIAN_QUARTER, r.capaianQuarter());
            t.text(row, 16, Wording.category(r.kategoriQuarter(), r.ytd(), r.quarterTarget()));
            t.number(row, 17, r.values().numerator());
            t.number(row, 18, r.values().denominator());
        }
        t.finish(COLUMNS.length);
        TrafficLight.apply(t, CAPAIAN, recap.settings());
        TrafficLight.apply(t, CAPAIAN_QUARTER, recap.settings());
    }
}
