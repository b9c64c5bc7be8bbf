package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.MissingReport;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.output.TextLines;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * "Ringkasan", the first sheet and the one the Kepala Dinas reads: the dinas score and category with what it rests
 * on, whether the recap is final or provisional and why, how many forms came in, are missing or had problems, the
 * scores of the sekretariat and each bidang with their units, and two charts (capaian per bidang, dinas score per
 * quarter) drawn from small data tables on the same sheet. No score is shown without its basis beside it, and a unit
 * or quarter without data is a labelled gap in the charts, never a bar or point at 0.
 */
final class SummarySheet {

    static final String NAME = "Ringkasan";

    static final String[] TABLE_COLUMNS = {"Unit Kerja", "Skor (%)", "Kategori", "Dasar Skor", "Indikator Dinilai",
        "Jumlah Indikator"};
    static final String[] CHART_COLUMNS = {"Skor (%)", "Keterangan"};
    /** Narrow enough that tables and charts print side by side on one landscape page above 7 pt. */
    private static final int[] WIDTHS = {42, 9, 17, 28, 9, 9};
    /** First column of the charts, right of the tables. */
    private static final int CHART_COLUMN = WIDTHS.length;
    private static final int LINE_POINTS = 13;

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Ringkasan Capaian Kinerja "
                + recap.periode().longLabel(), WIDTHS);
        ScoreNode dinas = recap.scores();
        Row scoreRow = t.row();
        scoreRow.setHeightInPoints(30);
        t.text(scoreRow, 0, "Skor kinerja " + Wording.office(recap) + " (%)", styles.bold);
        t.percent(scoreRow, 1, dinas.score()).setCellStyle(styles.big);
        t.text(scoreRow, 2, Wording.category(dinas, recap), styles.bold);
        t.text(scoreRow, 3, Wording.headline(dinas, recap), styles.bold);
        merge(t, scoreRow, 3, styles.bold);
        fact(t, "Status rekap", status(recap), recap.quarterEnded() && !dinas.partial() ? styles.wrap : styles.note);
        if (recap.targets().example()) {
            fact(t, "Target", Wording.EXAMPLE_TARGETS + ": " + recap.targets().file() + " masih bertanda CONTOH."
                    + " Ganti dengan target Perjanjian Kinerja dan Rencana Aksi, lalu hapus kata CONTOH.", styles.note);
        }
        fact(t, "Indikator yang dinilai", dinas.indicators() + " dari " + dinas.indicatorsTotal(), styles.wrap);
        fact(t, "Laporan unit diterima", recap.receivedUnits() + " dari " + recap.expectedUnits() + " unit",
                styles.wrap);
        fact(t, "Unit belum melapor (lembar Belum Lapor)", missing(recap), styles.wrap);
        fact(t, "Masalah pada berkas (lembar Masalah)", problemCounts(recap.problems()), styles.wrap);
        fact(t, "Catatan katalog (lembar " + FollowUpSheets.CATALOGUE + ")", catalogueNotes(recap), styles.wrap);
        t.row();
        Row header = t.row();
        header.setHeightInPoints(28);
        for (int c = 0; c < TABLE_COLUMNS.length; c++) {
            t.text(header, c, TABLE_COLUMNS[c], styles.header);
        }
        for (ScoreNode top : dinas.units()) {
            unitRow(t, recap, top, 0);
            top.units().forEach(u -> unitRow(t, recap, u, 1));
        }
        int tableEnd = t.lastRow();
        t.row();
        int barFirst = chartTable(t, "Capaian per Bidang", "Bidang / Sekretariat");
        for (ScoreNode top : dinas.units()) {
            chartRow(t, top.score() == null ? top.name() + " (" + Wording.category(top, recap) + ")" : top.name(),
                    top.score(), top.score() == null ? "" : Wording.basis(top, recap));
        }
        int barLast = t.lastRow();
        t.row();
        int lineFirst = chartTable(t, "Skor Dinas per Triwulan", "Triwulan");
        List<Double> trend = recap.dinasScoreByQuarter();
        for (int tw = 1; tw <= trend.size(); tw++) {
            boolean current = tw == trend.size();
            Double score = trend.get(tw - 1);
            String note = score == null ? (current ? Wording.category(dinas, recap) : Wording.NO_DATA)
                    : current ? Wording.headline(dinas, recap) : "";
            boolean provisional = current && score != null && note.startsWith("sementara");
            String label = "TW " + Periode.roman(tw) + (score == null ? " (" + note + ")"
                    : provisional ? " (sementara)" : "");
            chartRow(t, label, score, score == null ? "" : note);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            t.sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        // The charts stand beside the facts and the table, the two together as tall as they are, so that one
        // landscape page holds them; the charts' data tables below are for the screen.
        int top = TableSheet.HEADER_ROW + 1;
        int middle = top + (tableEnd + 1 - top) / 2;
        double cap = recap.settings().scoreCap();
        SummaryCharts.bar(t.xssf(), new CellRangeAddress(barFirst, barLast, 0, 0),
                new CellRangeAddress(barFirst, barLast, 1, 1), CHART_COLUMN, top, middle,
                "Capaian Kinerja per Bidang (%)", cap);
        SummaryCharts.line(t.xssf(), new CellRangeAddress(lineFirst, t.lastRow(), 0, 0),
                new CellRangeAddress(lineFirst, t.lastRow(), 1, 1), CHART_COLUMN, middle, tableEnd + 1,
                "Skor Kinerja " + titleCase(Wording.office(recap)) + " per Triwulan (%)", cap);
        workbook.setPrintArea(workbook.getSheetIndex(t.sheet), 0, CHART_COLUMN + SummaryCharts.WIDTH_COLUMNS - 1, 0,
                tableEnd);
        TrafficLight.apply(t, 1, recap.settings());
        t.print();
    }

    /**
     * Final or a draft, and why a draft is provisional: the quarter still running, units still to send their form. A
     * final says what its lock confirmed (units that had not reported) and, in a later version of the locked quarter,
     * which file was signed; it never says "sementara".
     */
    static String status(Recap recap) {
        if (recap.verification().isFinal()) {
            var lock = recap.verification().lock();
            String status = "FINAL — dikunci " + lock.when() + " oleh " + lock.user() + " (kunci triwulan)"
                    + (lock.reason() == null ? "" : "; " + lock.reason())
                    + "; berkas yang datang kemudian ditahan sampai kunci dibuka";
            return lock.recap() == null ? status : status + ". Rekap yang dikunci: " + lock.recap() + " (SHA-256 "
                    + lock.recapSha256() + "); versi ini dibuat kemudian dengan angka yang sama";
        }
        List<String> why = new ArrayList<>();
        if (!recap.quarterEnded()) {
            why.add("triwulan belum berakhir (" + recap.periode().longLabel() + " berakhir "
                    + Wording.date(recap.periode().lastDay()) + ")");
        }
        ScoreNode dinas = recap.scores();
        if (dinas.partial()) {
            why.add("baru " + dinas.unitsReported() + " dari " + dinas.unitsExpected()
                    + " unit melapor; skor dapat berubah bila laporan menyusul");
        }
        return (why.isEmpty() ? "DRAF, lengkap: semua unit sudah melapor dan triwulan sudah berakhir"
                : "DRAF, sementara: " + String.join("; ", why)) + "; menjadi final setelah triwulan dikunci";
    }

    private static void fact(TableSheet t, String label, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Row r = t.row();
        t.text(r, 0, label, t.styles.wrap);
        t.text(r, 1, value, style);
        merge(t, r, 1, style);
        int width = 0;
        for (int c = 1; c < WIDTHS.length; c++) {
            width += WIDTHS[c];
        }
        fitHeight(r, lines(value, width));
    }

    private static void merge(TableSheet t, Row r, int first, org.apache.poi.ss.usermodel.CellStyle style) {
        int last = WIDTHS.length - 1;
        t.sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), first, last));
        for (int c = first + 1; c <= last; c++) {
            r.createCell(c).setCellStyle(style);
        }
    }

    private static void unitRow(TableSheet t, Recap recap, ScoreNode n, int depth) {
        Row r = t.row();
        t.text(r, 0, n.name(), t.styles.indented(depth, depth == 0));
        t.percent(r, 1, n.score());
        t.text(r, 2, Wording.category(n, recap));
        t.text(r, 3, Wording.basis(n, recap));
        t.number(r, 4, (double) n.indicators());
        t.number(r, 5, (double) n.indicatorsTotal());
        // Bold names are wider, about one letter in eight.
        int nameWidth = depth == 0 ? (WIDTHS[0] * 7) / 8 : WIDTHS[0] - depth * 4;
        fitHeight(r, lines(n.name(), nameWidth), lines(Wording.basis(n, recap), WIDTHS[3]));
    }

    /** Wrapped text needs a taller row; Excel does not grow a row by itself for text written by a program. */
    private static void fitHeight(Row r, int... lines) {
        int most = 1;
        for (int l : lines) {
            most = Math.max(most, l);
        }
        r.setHeightInPoints(most * LINE_POINTS + 2);
    }

    /** As TableSheet estimates: a 10-point letter is narrower than the column unit. */
    private static int lines(String text, int widthChars) {
        return TextLines.count(text, (widthChars - 1) * 1.15);
    }

    /** A small titled table that a chart reads (label and score; the note is for the reader); returns its first row. */
    private static int chartTable(TableSheet t, String title, String label) {
        t.text(t.row(), 0, "Data grafik: " + title, t.styles.bold);
        Row header = t.row();
        t.text(header, 0, label, t.styles.header);
        for (int c = 0; c < CHART_COLUMNS.length; c++) {
            t.text(header, c + 1, CHART_COLUMNS[c], t.styles.header);
        }
        merge(t, header, 2, t.styles.header);
        return t.lastRow() + 1;
    }

    /** A chart's data row: no score is an empty cell, which the chart leaves as a gap. */
    private static void chartRow(TableSheet t, String label, Double score, String note) {
        Row r = t.row();
        t.text(r, 0, label);
        t.percent(r, 1, score);
        t.text(r, 2, note);
        merge(t, r, 2, t.styles.wrap);
        fitHeight(r, lines(label, WIDTHS[0]));
    }

    private static String missing(Recap recap) {
        List<String> names = recap.missing().stream().map(MissingReport::unit).map(u -> u.name()).toList();
        if (names.isEmpty()) {
            return "tidak ada";
        }
        return names.size() + " unit" + (names.size() <= 2 ? ": " + String.join("; ", names) : "");
    }

    private static String catalogueNotes(Recap recap) {
        int n = FollowUpSheets.catalogueNotes(recap);
        String source = recap.catalogue().source();
        String files = recap.targets().file() == null ? source : source + " dan " + recap.targets().file();
        return n == 0 ? "tidak ada" : n + " catatan tentang " + files + " (bukan masalah formulir)";
    }

    private static String problemCounts(List<Problem> problems) {
        long files = problems.stream().filter(p -> p.severity() == Severity.BERKAS_DITOLAK).count();
        long cells = problems.stream().filter(p -> p.severity() == Severity.SEL_DITOLAK).count();
        return problems.size() + " catatan (" + files + " berkas ditolak, " + cells + " sel ditolak, "
                + (problems.size() - files - cells) + " lainnya)";
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}
