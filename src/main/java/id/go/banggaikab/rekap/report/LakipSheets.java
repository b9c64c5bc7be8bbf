package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two performance sheets of the LKjIP workbook: {@value #CAPAIAN_KINERJA} (the Bab III table, No and Sasaran
 * merged down each sasaran's indicators, figures as numeric cells) and {@value #CAPAIAN_SASARAN} (one row per
 * sasaran with its mean capaian, what it rests on, and the paragraph of the Word draft).
 */
final class LakipSheets {

    static final String CAPAIAN_KINERJA = "Capaian Kinerja";
    static final String CAPAIAN_SASARAN = "Capaian Sasaran";

    private LakipSheets() {
    }

    static String capaianTitle(Lkjip lkjip) {
        return LakipText.title("Tabel 3.1 Capaian Kinerja " + lkjip.recap().catalogue().dinasName() + " "
                + LakipText.reach(lkjip.recap().periode()), lkjip.recap());
    }

    static String sasaranTitle(Lkjip lkjip) {
        return LakipText.title("Tabel 3.2 Capaian Sasaran " + LakipText.reach(lkjip.recap().periode()),
                lkjip.recap());
    }

    static void capaianKinerja(XSSFWorkbook workbook, Styles styles, Lkjip lkjip) {
        List<LakipColumns.Column> columns = LakipColumns.of(lkjip);
        int[] widths = new int[columns.size() + 2];
        widths[0] = 6;
        widths[1] = 24;
        for (int c = 0; c < columns.size(); c++) {
            widths[c + 2] = columns.get(c).maxWidth();
        }
        Recap recap = lkjip.recap();
        TableSheet t = new TableSheet(workbook, styles, recap, CAPAIAN_KINERJA, capaianTitle(lkjip), true, widths);
        List<String> headers = new ArrayList<>(List.of("No", "Sasaran"));
        columns.forEach(c -> headers.add(c.header()));
        t.header(headers.toArray(String[]::new));
        List<LakipRows.Block> blocks = new ArrayList<>();
        for (Group g : lkjip.groups()) {
            int first = t.lastRow() + 1;
            for (IndicatorLine l : g.lines()) {
                Row row = t.row();
                boolean top = row.getRowNum() == first;
                t.text(row, 0, top ? g.number() : null, styles.bold);
                t.text(row, 1, top ? g.sasaran() : null, styles.bold);
                for (int c = 0; c < columns.size(); c++) {
                    cell(t, row, c + 2, columns.get(c), l);
                }
            }
            if (t.lastRow() > first) {
                t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), 0, 0));
                t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), 1, 1));
            }
            blocks.add(new LakipRows.Block(first, t.lastRow()));
        }
        t.finish(headers.size(), false);
        LakipRows.fit(t, headers.size(), java.util.Set.of(0, 1), blocks);
        TrafficLight.apply(t, headers.indexOf(Wording.capaianHeading("Capaian (%)", recap)), recap.settings(),
                headers.indexOf("Kategori"));
        t.footnotes(notes(lkjip), headers.size());
        t.printColumns(headers.size() - 1);
        t.titleAcross(headers.size());
    }

    private static void cell(TableSheet t, Row row, int col, LakipColumns.Column c, IndicatorLine l) {
        Object v = c.value().apply(l);
        switch (c.kind()) {
            case TARGET -> t.target(row, col, (id.go.banggaikab.rekap.aggregation.IndicatorResult) v);
            case FIGURE -> {
                if (v instanceof Figure f) {
                    t.figure(row, col, f);
                } else {
                    t.text(row, col, (String) v, t.styles.grade);
                }
            }
            case PERCENT -> t.percent(row, col, (Double) v);
            case POINTS -> t.percent(row, col, (Double) v).setCellStyle(t.styles.points);
            default -> t.text(row, col, (String) v);
        }
    }

    /** What the planner must know to read the table: which target, which earlier figures, which Renstra. */
    static List<String> notes(Lkjip lkjip) {
        Periode p = lkjip.recap().periode();
        List<String> out = new ArrayList<>();
        out.addAll(Wording.targetNotes(lkjip.recap()));
        if (lkjip.knowsLastYear()) {
            out.add("Realisasi tahun sebelumnya: riwayat formulir bila lengkap sampai TW IV, selain itu isian "
                    + "renstra.xlsx; \"(s.d. TW …)\" menandai riwayat yang belum sampai TW IV. Capaian "
                    + (p.tahun() - 1) + " terhadap target tahun itu; perubahan dalam poin persen.");
        }
        out.add(lkjip.renstra().known() ? "Capaian thd Renstra: realisasi terhadap Target Akhir Renstra "
                + lkjip.renstra().akhir() + " (renstra.xlsx), menurut polaritas indikator."
                : "Target Akhir Renstra belum diisi: isi config/renstra.xlsx.");
        return out;
    }

    static void capaianSasaran(XSSFWorkbook workbook, Styles styles, Lkjip lkjip) {
        String[] headers = {"No", "Sasaran", "Tingkat", Wording.capaianHeading("Capaian (%)", lkjip.recap()),
            "Kategori", "Dasar", "Uraian"};
        TableSheet t = new TableSheet(workbook, styles, lkjip.recap(), CAPAIAN_SASARAN, sasaranTitle(lkjip), true,
                6, 30, 16, 10, 14, 24, 70);
        t.header(headers);
        LakipNarrative narrative = new LakipNarrative(lkjip);
        for (Group g : lkjip.groups()) {
            Row row = t.row();
            t.text(row, 0, g.number(), styles.bold);
            t.text(row, 1, g.sasaran(), styles.bold);
            t.text(row, 2, g.level() == Level.STRATEGIS ? "Sasaran Strategis" : "Sasaran Program");
            t.percent(row, 3, g.mean().value());
            t.text(row, 4, g.mean().kategori() == null ? Wording.NO_DATA : g.mean().kategori());
            t.text(row, 5, LakipText.basis(g.mean()));
            t.text(row, 6, String.join("\n", narrative.group(g)));
        }
        t.finish(headers.length, false);
        LakipRows.fit(t, headers.length, java.util.Set.of(), List.of());
        TrafficLight.apply(t, 3, lkjip.recap().settings());
        t.footnotes(List.of("Capaian sasaran: rata-rata capaian indikatornya, masing-masing paling tinggi "
                + IndonesianNumbers.format(lkjip.recap().settings().scoreCap()) + " % (seperti skor unit); indikator"
                + " tanpa data, belum lapor triwulan ini, atau tanpa target tidak dihitung dan disebut di kolom"
                + " Dasar."), headers.length);
        t.printColumns(headers.length - 1);
        t.titleAcross(headers.length);
    }
}
