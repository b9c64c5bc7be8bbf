package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.CapaianRule;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * "Rekap Indikator": one row per catalogue indicator with the columns SPEC §5 fixes, then what the target is, the
 * annual view and the ratio's accumulated parts. {@code Target} and {@code Capaian (%)} follow the one rule of
 * {@link CapaianRule}: the quarter's cumulative Rencana Aksi target, or the annual target marked with a star where
 * the quarter's is not set (the note under the table says so). Numbers are numeric cells; a quarter not reached or
 * not reported is an empty cell; capaian without data is empty and its category says "Belum ada data", and an
 * indicator with figures of earlier quarters but none for this one says "Belum lapor TW …". Every column is on screen;
 * the printed page holds the columns up to Kategori and the notes, which on A4 or F4 keeps the text readable.
 */
final class IndicatorSheet {

    static final String NAME = "Rekap Indikator";

    /** The first fourteen are fixed by SPEC §5; the rest are extras. */
    static final String[] COLUMNS = {"Kode", "Unit Kerja", "Jabatan", "Indikator Kinerja", "Satuan", "Target",
        "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Realisasi s.d. TW",
        "Capaian (%)", "Kategori", "Sumber", "Dasar Target", "Target Tahunan", "Capaian thd Target Tahunan (%)",
        "Pembilang s.d. TW", "Penyebut s.d. TW"};

    static final int TARGET = 5;
    static final int CAPAIAN = 11;
    static final int KATEGORI = 12;
    static final int BASIS = 14;
    static final int ANNUAL_TARGET = 15;
    static final int CAPAIAN_ANNUAL = 16;
    /** The last printed column: Kategori. */
    static final int LAST_PRINTED = KATEGORI;

    private IndicatorSheet() {
    }

    static void write(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME,
                "Rekap Indikator Kinerja " + recap.periode().longLabel(),
                16, 14, 16, 30, 9, 12, 10, 10, 10, 10, 10, 15, 14, 26, 26, 11, 15, 11, 11);
        String[] headers = COLUMNS.clone();
        headers[CAPAIAN] = Wording.capaianHeading(COLUMNS[CAPAIAN], recap);
        headers[CAPAIAN_ANNUAL] = Wording.capaianHeading(COLUMNS[CAPAIAN_ANNUAL], recap);
        t.header(headers);
        for (IndicatorResult r : recap.indicators()) {
            Row row = t.row();
            t.text(row, 0, r.indicator().code(), styles.text);
            t.text(row, 1, r.unit().name());
            t.text(row, 2, r.position().name());
            t.text(row, 3, r.indicator().name());
            t.text(row, 4, r.indicator().satuan());
            t.target(row, TARGET, r);
            for (int tw = 1; tw <= 4; tw++) {
                t.figure(row, 5 + tw, r.values().quarter(tw));
            }
            t.figure(row, 10, r.ytd());
            t.percent(row, CAPAIAN, r.capaian());
            t.text(row, KATEGORI, Wording.category(r, r.kategori(), r.target(), recap.periode()));
            t.text(row, 13, String.join("\n", r.sources()));
            t.text(row, BASIS, CapaianRule.describe(r.basis(), recap.periode()));
            t.figure(row, ANNUAL_TARGET, r.annualTarget());
            t.percent(row, CAPAIAN_ANNUAL, r.capaianAnnual());
            t.number(row, 17, r.values().numerator());
            t.number(row, 18, r.values().denominator());
        }
        t.finish(COLUMNS.length);
        TrafficLight.apply(t, CAPAIAN, recap.settings(), KATEGORI);
        t.footnotes(Wording.targetNotes(recap), LAST_PRINTED + 1);
        t.printColumns(LAST_PRINTED);
    }
}
