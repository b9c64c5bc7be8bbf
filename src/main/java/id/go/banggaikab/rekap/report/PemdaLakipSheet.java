package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.pemda.IkuResult;
import id.go.banggaikab.rekap.pemda.PemdaRecap;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Pemda's LKjIP Bab III table (SPEC §6's layout) from the IKU: grouped under each sasaran with No and Sasaran
 * merged down its IKU, target, realisation, capaian and category as on {@link PemdaSheets#IKU}, last year's
 * realisation where every source office recapped its TW IV, and the offices it comes from.
 */
final class PemdaLakipSheet {

    static final String NAME = "Capaian Kinerja";
    static final String NO_SASARAN = "(sasaran belum ditulis di pemda.yml)";

    private PemdaLakipSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, PemdaRecap recap) {
        Periode p = recap.periode();
        boolean lastYear = recap.knowsLastYear();
        List<String> headers = new ArrayList<>(List.of("No", "Sasaran", "Indikator Kinerja", "Satuan", "Target",
                "Realisasi", "Capaian (%)", "Kategori"));
        if (lastYear) {
            headers.add("Realisasi " + (p.tahun() - 1));
        }
        headers.add("Perangkat Daerah");
        int[] widths = lastYear ? new int[] {6, 26, 34, 10, 11, 11, 10, 13, 12, 30}
                : new int[] {6, 26, 34, 10, 11, 11, 10, 13, 30};
        TableSheet t = new TableSheet(workbook, styles, NAME, PemdaWording.title("Tabel 3.1 Capaian Kinerja "
                + recap.config().name() + " " + LakipText.reach(p), recap), PemdaWording.subtitle(recap), widths);
        t.header(headers.toArray(String[]::new));
        Map<String, List<IkuResult>> groups = new LinkedHashMap<>();
        recap.ikus().forEach(r -> groups.computeIfAbsent(r.iku().sasaran() == null ? NO_SASARAN : r.iku().sasaran(),
                k -> new ArrayList<>()).add(r));
        List<LakipRows.Block> blocks = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<IkuResult>> g : groups.entrySet()) {
            int first = t.lastRow() + 1;
            number++;
            for (IkuResult r : g.getValue()) {
                Row row = t.row();
                boolean top = row.getRowNum() == first;
                t.text(row, 0, top ? String.valueOf(number) : null, styles.bold);
                t.text(row, 1, top ? g.getKey() : null, styles.bold);
                t.text(row, 2, r.iku().name());
                t.text(row, 3, r.iku().satuan());
                t.figure(row, 4, r.target());
                if (r.hasValue()) {
                    t.figure(row, 5, r.ytd());
                } else {
                    t.text(row, 5, Wording.NO_DATA);
                }
                t.percent(row, 6, r.capaian());
                t.text(row, 7, PemdaWording.category(r, p));
                int c = 8;
                if (lastYear) {
                    t.figure(row, c++, r.lastYear());
                }
                t.text(row, c, PemdaWording.offices(r));
            }
            if (t.lastRow() > first) {
                t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), 0, 0));
                t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), 1, 1));
            }
            blocks.add(new LakipRows.Block(first, t.lastRow()));
        }
        t.finish(headers.size(), false);
        LakipRows.fit(t, headers.size(), Set.of(0, 1), blocks);
        TrafficLight.apply(t, 6, RecapSettings.defaults(), 7);
        List<String> notes = new ArrayList<>();
        if (p.triwulan() < 4) {
            String annual = String.join(", ", recap.ikus().stream().filter(r -> r.annualFallback())
                    .map(r -> r.iku().name()).toList());
            notes.add("Target: target kumulatif s.d. Triwulan " + Periode.roman(p.triwulan()) + " (Rencana Aksi)"
                    + (annual.isEmpty() ? "." : "; target tahunan untuk " + annual + " karena target triwulannya"
                            + " belum ditetapkan."));
        }
        if (lastYear) {
            notes.add("Realisasi " + (p.tahun() - 1) + ": dari rekap TW IV " + (p.tahun() - 1) + " perangkat daerah"
                    + " asalnya.");
        }
        t.footnotes(notes, headers.size());
        t.printColumns(headers.size() - 1);
        t.titleAcross(headers.size());
    }
}
