package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * "Rekap Unit": the score tree in tree order, units in bold and indented by level with their positions beneath, each
 * with its score, category and how many indicators the score rests on out of how many there are.
 */
final class UnitSheet {

    static final String NAME = "Rekap Unit";

    static final String[] COLUMNS = {"Unit Kerja / Jabatan", "Jenis", "Pemegang Jabatan", "Skor (%)", "Kategori",
        "Indikator Dinilai", "Jumlah Indikator"};

    private UnitSheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Rekap Skor Unit Kerja dan Jabatan "
                + recap.periode().longLabel(), 60, 14, 34, 10, 16, 10, 10);
        t.header(COLUMNS);
        Catalogue catalogue = recap.catalogue();
        for (ScoreNode n : recap.scores().flatten()) {
            Row row = t.row();
            t.text(row, 0, n.name(), styles.indented(n.depth(), !n.position()));
            if (n.position()) {
                var p = catalogue.position(n.code()).orElseThrow();
                t.text(row, 1, p.head() ? "Kepala unit" : "Jabatan");
                t.text(row, 2, p.holder() == null ? "" : p.holder().name());
            } else {
                t.text(row, 1, catalogue.unit(n.code()).orElseThrow().kind().label(), styles.bold);
                t.text(row, 2, "");
            }
            t.percent(row, 3, n.score());
            t.text(row, 4, n.kategori() != null ? n.kategori() : Wording.NO_DATA);
            t.number(row, 5, (double) n.indicators());
            t.number(row, 6, (double) n.indicatorsTotal());
        }
        t.finish(COLUMNS.length);
        TrafficLight.apply(t, 3, recap.settings());
    }
}
