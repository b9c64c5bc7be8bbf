package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * "Rekap Unit": the score tree in tree order, units in bold and indented by level with their positions beneath, each
 * with its score, category, what the score rests on ("sementara: dari 2 dari 3 unit", or "Belum lapor TW III" instead
 * of a score) and how many indicators it rests on out of how many there are.
 */
final class UnitSheet {

    static final String NAME = "Rekap Unit";

    static final String[] COLUMNS = {"Unit Kerja / Jabatan", "Jenis", "Pemegang Jabatan", "Skor (%)", "Kategori",
        "Dasar Skor", "Indikator Dinilai", "Jumlah Indikator"};

    private UnitSheet() {
    }

    static void write(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Rekap Skor Unit Kerja dan Jabatan "
                + recap.periode().longLabel(), 56, 14, 30, 10, 18, 30, 10, 10);
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
            t.text(row, 4, Wording.category(n, recap));
            t.text(row, 5, Wording.basis(n, recap));
            t.number(row, 6, (double) n.indicators());
            t.number(row, 7, (double) n.indicatorsTotal());
        }
        t.finish(COLUMNS.length);
        TrafficLight.apply(t, 3, recap.settings());
    }
}
