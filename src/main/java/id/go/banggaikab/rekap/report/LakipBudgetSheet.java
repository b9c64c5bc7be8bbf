package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.BudgetRow;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheet {@value #NAME}: one row per program, kegiatan and sub kegiatan with pagu, realisation, serapan, the capaian
 * kinerja of the indicators it serves and the efficiency reading, then the total; rupiah as whole-number cells.
 */
final class LakipBudgetSheet {

    static final String NAME = "Realisasi Anggaran";
    static final String[] HEADERS = {"No", "Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
        "Capaian Kinerja thd Target Tahunan (%)", "Efisiensi", "Keterangan"};

    private LakipBudgetSheet() {
    }

    static String title(Lkjip lkjip) {
        return LakipText.title("Tabel 3.3 Realisasi Anggaran " + LakipText.reach(lkjip.recap().periode()),
                lkjip.recap());
    }

    /** 1, 1.1, 1.1.1 down the tree; empty for the total. */
    static List<String> numbers(List<BudgetRow> rows) {
        List<String> out = new ArrayList<>();
        int[] counters = new int[3];
        for (BudgetRow r : rows) {
            if (r.isTotal()) {
                out.add("");
                continue;
            }
            counters[r.depth()]++;
            for (int d = r.depth() + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            StringBuilder n = new StringBuilder();
            for (int d = 0; d <= r.depth(); d++) {
                n.append(d == 0 ? "" : ".").append(counters[d]);
            }
            out.add(n.toString());
        }
        return out;
    }

    static void write(XSSFWorkbook workbook, Styles styles, Lkjip lkjip) {
        TableSheet t = new TableSheet(workbook, styles, lkjip.recap(), NAME, title(lkjip), true,
                7, 15, 44, 16, 16, 10, 11, 22, 34);
        String[] headers = HEADERS.clone();
        headers[6] = Wording.capaianHeading(HEADERS[6], lkjip.recap());
        t.header(headers);
        List<String> numbers = numbers(lkjip.budget());
        for (int i = 0; i < lkjip.budget().size(); i++) {
            BudgetRow r = lkjip.budget().get(i);
            Row row = t.row();
            boolean strong = r.depth() <= 0;
            t.text(row, 0, numbers.get(i), strong ? styles.bold : styles.wrap);
            t.text(row, 1, r.kode(), strong ? styles.bold : styles.text);
            t.text(row, 2, r.nama(), r.isTotal() ? styles.bold : styles.indented(Math.max(0, r.depth()), strong));
            money(t, row, 3, r.pagu(), strong);
            money(t, row, 4, r.realisasi(), strong);
            t.percent(row, 5, r.serapan());
            t.percent(row, 6, r.capaian().value());
            t.text(row, 7, r.isTotal() ? "" : LakipText.efisiensi(r.efisiensi()));
            t.text(row, 8, LakipText.budgetSources(r));
        }
        t.finish(HEADERS.length, false);
        LakipRows.fit(t, HEADERS.length, java.util.Set.of(), List.of());
        List<String> notes = new ArrayList<>(List.of(LakipText.efficiencyRule(lkjip), "Realisasi per triwulan: isian"
                + " Sub Bagian Keuangan di anggaran-" + lkjip.tahun() + ".xlsx bila diisi; bila kosong, jumlah kolom"
                + " Rp formulir Evaluasi Renja untuk indikator yang didukung. Triwulan tanpa angka dari keduanya"
                + " membuat realisasi dan serapan kosong (bukan 0)."));
        if (lkjip.budget().isEmpty()) {
            notes.add(0, "Anggaran belum diisi: isi config/anggaran-" + lkjip.tahun() + ".xlsx.");
        }
        t.footnotes(notes, HEADERS.length);
        t.printColumns(HEADERS.length - 1);
        t.titleAcross(HEADERS.length);
    }

    private static void money(TableSheet t, Row row, int col, BigDecimal amount, boolean strong) {
        var cell = row.createCell(col);
        cell.setCellStyle(strong ? t.styles.boldWhole : t.styles.whole);
        if (amount != null) {
            cell.setCellValue(amount.doubleValue());
        }
    }
}
