package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.Verification;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * "Riwayat Kunci": every lock and reopen of every quarter, oldest first, with who, when, why, and the recap a lock
 * locked with its SHA-256, so anyone can tell whether the recap in their hands is the one that was signed.
 */
final class LockHistorySheet {

    static final String NAME = "Riwayat Kunci";

    static final String[] COLUMNS = {"Triwulan", "Tindakan", "Waktu", "Oleh", "Alasan", "Rekap yang Dikunci",
        "SHA-256 Rekap"};

    private LockHistorySheet() {
    }

    static void write(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Riwayat Kunci Triwulan", 18, 16, 30, 16, 40, 40,
                34);
        t.header(COLUMNS);
        for (Verification.Entry e : recap.verification().history()) {
            Row row = t.row();
            t.text(row, 0, e.periode().longLabel());
            t.text(row, 1, e.lock() ? "Dikunci" : "Dibuka kembali");
            t.text(row, 2, e.when());
            t.text(row, 3, e.user());
            t.text(row, 4, e.reason() == null ? "" : e.reason());
            t.text(row, 5, e.recap() == null ? "" : e.recap());
            t.text(row, 6, e.recapSha256() == null ? "" : e.recapSha256());
        }
        if (recap.verification().history().isEmpty()) {
            t.text(t.row(), 0, "Belum ada triwulan yang dikunci. Kunci triwulan yang sudah diperiksa dengan"
                    + " --spring.batch.job.name=kunci tahun=… triwulan=…");
        }
        t.finish(COLUMNS.length);
    }
}
