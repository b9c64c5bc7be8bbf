package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Level;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * "Pohon Kinerja": the cascade of indicators, each dinas (strategis) indicator with the program and kegiatan
 * indicators that support it beneath (by the catalogue's {@code induk}), so a reader sees which seksi figures carry
 * which dinas result. Indicators without a parent in the tree follow at the end, so none is left out.
 */
final class TreeSheet {

    static final String NAME = "Pohon Kinerja";

    static final String[] COLUMNS = {"Kode", "Indikator Kinerja", "Tingkat", "Jabatan", "Target",
        "Realisasi s.d. TW", "Capaian (%)", "Kategori"};

    private TreeSheet() {
    }

    static void write(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Pohon Kinerja " + recap.periode().longLabel(),
                16, 60, 24, 30, 12, 12, 10, 16);
        String[] headers = COLUMNS.clone();
        headers[6] = Wording.capaianHeading(COLUMNS[6], recap);
        t.header(headers);
        Catalogue catalogue = recap.catalogue();
        Set<String> written = new HashSet<>();
        for (Indicator i : catalogue.indicators()) {
            if (i.level() == Level.STRATEGIS) {
                branch(t, recap, i, 0, written);
            }
        }
        for (Indicator i : catalogue.indicators()) {
            if (!written.contains(i.code()) && (i.parentCode() == null || catalogue.indicator(i.parentCode())
                    .isEmpty())) {
                branch(t, recap, i, 0, written);
            }
        }
        t.finish(COLUMNS.length);
        TrafficLight.apply(t, 6, recap.settings(), 7);
        t.footnotes(Wording.targetNotes(recap), COLUMNS.length);
    }

    private static void branch(TableSheet t, Recap recap, Indicator i, int depth, Set<String> written) {
        if (!written.add(i.code())) {
            return;
        }
        IndicatorResult r = recap.indicator(i.code()).orElseThrow();
        Row row = t.row();
        t.text(row, 0, i.code(), t.styles.text);
        t.text(row, 1, i.name(), t.styles.indented(depth, depth == 0));
        t.text(row, 2, i.level().label());
        t.text(row, 3, r.position().name());
        t.target(row, 4, r);
        t.figure(row, 5, r.ytd());
        t.percent(row, 6, r.capaian());
        t.text(row, 7, Wording.category(r, r.kategori(), r.target(), recap.periode()));
        recap.catalogue().childrenOf(i.code()).forEach(c -> branch(t, recap, c, depth + 1, written));
    }
}
