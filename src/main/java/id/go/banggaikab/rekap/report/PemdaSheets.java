package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.pemda.IkuResult;
import id.go.banggaikab.rekap.pemda.OfficeResult;
import id.go.banggaikab.rekap.pemda.PemdaRecap;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.aggregation.Figure;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two sheets SPEC §11 names: {@value #IKU} (each IKU's realisation per quarter and year to date, capaian and
 * category against the one target rule, where it comes from; "Belum ada data" where an office has not reported, never
 * 0) and {@value #OFFICES} (each office's units reported, lock, score and what it rests on).
 */
final class PemdaSheets {

    static final String IKU = "IKU Pemda";
    static final String OFFICES = "Perangkat Daerah";
    /** Kode to Perangkat Daerah are printed; the sources and notes are read on screen. */
    private static final int PRINTED_IKU_COLUMNS = 14;

    private PemdaSheets() {
    }

    static void iku(XSSFWorkbook workbook, Styles styles, PemdaRecap recap) {
        Periode p = recap.periode();
        TableSheet t = new TableSheet(workbook, styles, IKU, PemdaWording.title("Capaian Indikator Kinerja Utama "
                + recap.config().name(), recap), PemdaWording.subtitle(recap),
                10, 36, 10, 11, 12, 11, 11, 11, 11, 13, 10, 14, 13, 24, 64, 50);
        List<String> headers = new ArrayList<>(List.of("Kode", "Indikator Kinerja Utama", "Satuan", "Target Tahunan",
                "Target s.d. " + p.label() + " (kumulatif)"));
        for (int tw = 1; tw <= 4; tw++) {
            headers.add("Realisasi TW " + Periode.roman(tw));
        }
        headers.addAll(List.of("Realisasi s.d. " + p.label(), "Capaian (%)", "Kategori", "Status",
                "Perangkat Daerah", "Sumber", "Keterangan"));
        t.header(headers.toArray(String[]::new));
        for (IkuResult r : recap.ikus()) {
            Row row = t.row();
            t.text(row, 0, r.iku().code());
            t.text(row, 1, r.iku().name());
            t.text(row, 2, r.iku().satuan());
            t.figure(row, 3, r.annualTarget());
            t.figure(row, 4, r.annualFallback() ? Figure.NONE : r.target());
            for (int tw = 1; tw <= 4; tw++) {
                t.figure(row, 4 + tw, r.quarters().get(tw - 1));
            }
            if (r.hasValue()) {
                t.figure(row, 9, r.ytd());
            } else {
                t.text(row, 9, Wording.NO_DATA);
            }
            t.percent(row, 10, r.capaian());
            t.text(row, 11, PemdaWording.category(r, p));
            t.text(row, 12, PemdaWording.status(r));
            t.text(row, 13, PemdaWording.offices(r));
            t.text(row, 14, PemdaWording.sources(r));
            t.text(row, 15, PemdaWording.note(r, p));
        }
        t.finish(headers.size());
        TrafficLight.apply(t, 10, RecapSettings.defaults(), 11);
        List<String> notes = new ArrayList<>();
        notes.add("Capaian: realisasi s.d. " + p.label() + " terhadap target kumulatif s.d. " + p.label()
                + " (Rencana Aksi), atau target tahunan bila target triwulannya belum ditetapkan; IKU yang makin rendah"
                + " makin baik (polaritas: turun) dihitung terbalik. Angka diambil dari rekap terakhir setiap perangkat"
                + " daerah; triwulan yang dikunci memakai angka yang dikunci.");
        notes.addAll(recap.notes());
        t.footnotes(notes, PRINTED_IKU_COLUMNS);
        t.printColumns(PRINTED_IKU_COLUMNS - 1);
        t.titleAcross(PRINTED_IKU_COLUMNS);
    }

    static void offices(XSSFWorkbook workbook, Styles styles, PemdaRecap recap) {
        Periode p = recap.periode();
        TableSheet t = new TableSheet(workbook, styles, OFFICES, PemdaWording.title("Perangkat Daerah "
                + recap.config().name() + " " + p.label() + " " + p.tahun(), recap), PemdaWording.subtitle(recap),
                10, 34, 42, 11, 34, 9, 14, 26, 44);
        String[] headers = {"Kode", "Perangkat Daerah", "Rekap Terakhir", "Unit Melapor", "Kunci " + p.label(),
            "Skor", "Kategori", "Dasar Skor", "Keterangan"};
        t.header(headers);
        for (OfficeResult o : recap.offices()) {
            Row row = t.row();
            t.text(row, 0, o.office().code());
            t.text(row, 1, o.office().name());
            t.text(row, 2, PemdaWording.lastRecap(o, recap));
            t.text(row, 3, PemdaWording.units(o));
            t.text(row, 4, PemdaWording.lock(o, recap));
            t.percent(row, 5, o.current() == null ? null : o.current().score());
            t.text(row, 6, PemdaWording.category(o, p));
            t.text(row, 7, PemdaWording.basis(o));
            t.text(row, 8, PemdaWording.note(o, recap));
        }
        t.finish(headers.length);
        TrafficLight.apply(t, 5, RecapSettings.defaults(), 6);
        t.footnotes(List.of("Skor: skor perangkat daerah itu untuk " + p.label() + " seperti di lembar"
                + " Ringkasan rekapnya sendiri (rata-rata capaian unitnya); perangkat daerah yang belum merekap "
                + p.label() + " tidak diberi skor."), headers.length);
        t.printColumns(headers.length - 1);
        t.titleAcross(headers.length);
    }
}
