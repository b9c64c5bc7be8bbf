package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * "Ringkasan", the first sheet and the one the Kepala Dinas reads: the dinas score and category, how many forms came
 * in, are missing or had problems, the scores of the sekretariat and each bidang with their units, and two charts
 * (capaian per bidang, dinas score per quarter) drawn from small data tables on the same sheet.
 */
final class SummarySheet {

    static final String NAME = "Ringkasan";

    static final String[] TABLE_COLUMNS = {"Unit Kerja", "Skor (%)", "Kategori", "Indikator Dinilai",
        "Jumlah Indikator"};

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Ringkasan Capaian Kinerja "
                + recap.periode().longLabel(), 62, 14, 16, 11, 11);
        ScoreNode dinas = recap.scores();
        Row scoreRow = t.row();
        scoreRow.setHeightInPoints(30);
        t.text(scoreRow, 0, "Skor kinerja dinas (%)", styles.bold);
        t.percent(scoreRow, 1, dinas.score()).setCellStyle(styles.big);
        t.text(scoreRow, 2, dinas.kategori() != null ? dinas.kategori() : Wording.NO_DATA, styles.bold);
        fact(t, "Indikator yang dinilai", dinas.indicators() + " dari " + dinas.indicatorsTotal());
        fact(t, "Laporan unit diterima", recap.receivedUnits() + " dari " + recap.expectedUnits() + " unit");
        fact(t, "Unit belum melapor (lembar Belum Lapor)", recap.missing().size() + " unit");
        fact(t, "Masalah pada berkas (lembar Masalah)", problemCounts(recap.problems()));
        t.row();
        int headerRow = t.row().getRowNum();
        Row header = t.sheet.getRow(headerRow);
        header.setHeightInPoints(28);
        for (int c = 0; c < TABLE_COLUMNS.length; c++) {
            t.text(header, c, TABLE_COLUMNS[c], styles.header);
        }
        for (ScoreNode top : dinas.units()) {
            unitRow(t, top, 0);
            top.units().forEach(u -> unitRow(t, u, 1));
        }
        t.row();
        int barFirst = chartTable(t, "Capaian per Bidang", "Bidang / Sekretariat");
        for (ScoreNode top : dinas.units()) {
            Row r = t.row();
            t.text(r, 0, top.name());
            t.percent(r, 1, top.score());
        }
        int barLast = t.lastRow();
        t.row();
        int lineFirst = chartTable(t, "Skor Dinas per Triwulan", "Triwulan");
        List<Double> trend = recap.dinasScoreByQuarter();
        for (int tw = 1; tw <= trend.size(); tw++) {
            Row r = t.row();
            t.text(r, 0, "TW " + Periode.roman(tw));
            t.percent(r, 1, trend.get(tw - 1));
        }
        int[] widths = {62, 14, 16, 11, 11};
        for (int c = 0; c < widths.length; c++) {
            t.sheet.setColumnWidth(c, widths[c] * 256);
        }
        header.setHeightInPoints(28);
        SummaryCharts.bar(t.sheet, new CellRangeAddress(barFirst, barLast, 0, 0),
                new CellRangeAddress(barFirst, barLast, 1, 1), 6, TableSheet.HEADER_ROW + 1);
        SummaryCharts.line(t.sheet, new CellRangeAddress(lineFirst, t.lastRow(), 0, 0),
                new CellRangeAddress(lineFirst, t.lastRow(), 1, 1), 6, TableSheet.HEADER_ROW + 22);
        TrafficLight.apply(t, 1, recap.settings());
        t.print();
    }

    private static void fact(TableSheet t, String label, String value) {
        Row r = t.row();
        t.text(r, 0, label, t.styles.text);
        t.text(r, 1, value, t.styles.text);
        t.sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 1, 4));
        for (int c = 2; c <= 4; c++) {
            r.createCell(c).setCellStyle(t.styles.text);
        }
    }

    private static void unitRow(TableSheet t, ScoreNode n, int depth) {
        Row r = t.row();
        t.text(r, 0, n.name(), t.styles.indented(depth, depth == 0));
        t.percent(r, 1, n.score());
        t.text(r, 2, n.kategori() != null ? n.kategori() : Wording.NO_DATA);
        t.number(r, 3, (double) n.indicators());
        t.number(r, 4, (double) n.indicatorsTotal());
    }

    /** A small titled two-column table that a chart reads; returns the first data row. */
    private static int chartTable(TableSheet t, String title, String label) {
        t.text(t.row(), 0, "Data grafik: " + title, t.styles.bold);
        Row header = t.row();
        t.text(header, 0, label, t.styles.header);
        t.text(header, 1, "Skor (%)", t.styles.header);
        return t.lastRow() + 1;
    }

    private static String problemCounts(List<Problem> problems) {
        long files = problems.stream().filter(p -> p.severity() == Severity.BERKAS_DITOLAK).count();
        long cells = problems.stream().filter(p -> p.severity() == Severity.SEL_DITOLAK).count();
        return problems.size() + " catatan (" + files + " berkas ditolak, " + cells + " sel ditolak, "
                + (problems.size() - files - cells) + " lainnya)";
    }
}
