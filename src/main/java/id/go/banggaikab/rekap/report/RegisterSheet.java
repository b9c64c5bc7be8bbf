package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.register.RegisterDetail;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * "Rincian Register": the rows of the registers behind every figure counted from them, so that "61 dari 84 koperasi
 * aktif" can be opened to the 61. Each figure starts with a line saying what it counts, how many and by which rule;
 * its rows follow, each with the NIK or NIB, the name, the cells the rule looked at and where the row is in the
 * register. The Bagian column repeats on every row, so the filter opens one figure at a time. The figures' lines come
 * first, once more, as a summary: that is what prints (the workbook printed whole stays a few pages; the rows, tens of
 * thousands in a real register, are for the screen or a printed selection).
 */
final class RegisterSheet {

    static final String NAME = "Rincian Register";

    static final String[] COLUMNS = {"Bagian Indikator", "Triwulan", "No", "NIK/NIB", "Nama", "Kecamatan", "Dasar",
        "Nilai", "Berkas", "Lembar", "Baris"};
    /** The last printed column: Dasar; a summed figure and where each row sits in the register stay on screen. */
    private static final int PRINTED = 6;

    private RegisterSheet() {
    }

    static void write(Workbook workbook, Styles styles, Recap recap) {
        RegisterDetail detail = recap.registers();
        if (detail.isEmpty()) {
            return;
        }
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Rincian Register: Baris yang Dihitung "
                + recap.periode().longLabel(), 26, 16, 6, 18, 46, 17, 40, 18, 60, 20, 7);
        t.header(COLUMNS);
        for (RegisterDetail.Group g : detail.groups()) {
            heading(t, g);
        }
        Row note = t.row();
        t.text(note, 0, "Baris register di bawah ini tampil di layar dan tidak ikut tercetak (area cetak lembar ini"
                + " hanya ringkasan di atas). Untuk mencetaknya: pilih barisnya, lalu Print > Print Selection.",
                styles.footnote);
        t.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(note.getRowNum(), note.getRowNum(), 0,
                PRINTED));
        int summaryEnd = t.lastRow();
        for (RegisterDetail.Group g : detail.groups()) {
            String parts = heading(t, g);
            int no = 1;
            for (RegisterDetail.Row r : g.rows()) {
                Row row = t.row();
                t.text(row, 0, parts, styles.text);
                t.text(row, 1, "TW " + id.go.banggaikab.rekap.shared.Periode.roman(r.triwulan()), styles.text);
                t.number(row, 2, (double) no++);
                t.text(row, 3, r.id(), styles.text);
                t.text(row, 4, r.name(), styles.text);
                t.text(row, 5, r.kecamatan(), styles.text);
                t.text(row, 6, r.basis(), styles.text);
                t.number(row, 7, r.value());
                t.text(row, 8, r.file(), styles.text);
                t.text(row, 9, r.sheet(), styles.text);
                t.number(row, 10, (double) r.row());
            }
            if (g.rows().isEmpty() && g.unlisted() == 0) {
                t.text(t.row(), 4, "(tidak ada baris yang memenuhi aturan)");
            }
            if (g.unlisted() > 0) {
                t.text(t.row(), 4, "… dan " + IndonesianNumbers.format(g.unlisted()) + " baris lain yang juga"
                        + " dihitung tetapi tidak dimuat (batas " + IndonesianNumbers.format(detail.limit())
                        + " baris untuk seluruh lembar)");
            }
        }
        if (detail.omitted() > 0) {
            t.text(t.row(), 4, "Seluruhnya " + IndonesianNumbers.format(detail.omitted()) + " baris yang dihitung tidak"
                    + " dimuat di lembar ini; saring registernya dengan aturan yang sama untuk melihatnya.");
        }
        t.finish(COLUMNS.length);
        note.setHeightInPoints(28);
        t.printCompact(PRINTED, summaryEnd);
    }

    /** A figure's line: what it counts, how many and by which rule; returns the parts it gives. */
    private static String heading(TableSheet t, RegisterDetail.Group g) {
        String parts = String.join(", ", g.parts());
        Row head = t.row();
        t.text(head, 0, parts, t.styles.bold);
        t.text(head, 1, g.quarters(), t.styles.bold);
        t.text(head, 4, g.what() + ": " + (g.sums() ? "Rp " + IndonesianNumbers.format(g.total())
                : IndonesianNumbers.format(g.total()) + " " + g.unit()), t.styles.bold);
        t.text(head, 6, "Aturan: " + g.rule(), t.styles.bold);
        return parts;
    }
}
