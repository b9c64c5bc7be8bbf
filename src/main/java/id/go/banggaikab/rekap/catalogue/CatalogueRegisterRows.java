package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.CatalogueSheetWriter.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register rules as rows of the Aturan Register sheet: one row per condition, the part's own fields (which
 * register, the column summed, this year or last) on each row of the part, and one row for a part without
 * conditions. The words are those of katalog.yml with spaces for underscores, as the drop-down lists offer them.
 */
final class CatalogueRegisterRows {

    private CatalogueRegisterRows() {
    }

    static List<Line> of(Catalogue catalogue) {
        List<Line> out = new ArrayList<>();
        for (RegisterRule rule : catalogue.registerRules()) {
            if (rule.conditions().isEmpty()) {
                out.add(new Line(part(rule), null, Set.of()));
            }
            for (RegisterRule.Condition c : rule.conditions()) {
                Map<String, Object> v = part(rule);
                v.put("kolom", c.column());
                String[] test = test(c);
                v.put("syarat", test[0]);
                v.put("nilai", test[1]);
                v.put("bila_kolom_ada", c.ifPresent() ? "ya" : null);
                out.add(new Line(v, null, Set.of()));
            }
        }
        return out;
    }

    private static Map<String, Object> part(RegisterRule rule) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("indikator", rule.indicatorCode());
        v.put("bagian", rule.slot().word());
        v.put("dari", rule.kind().word().replace('_', ' '));
        v.put("jumlahkan", rule.sumColumn());
        v.put("tahun", rule.lastYear() ? "lalu" : null);
        return v;
    }

    /** The Syarat and Nilai Syarat cells of a condition. */
    private static String[] test(RegisterRule.Condition c) {
        return switch (c.test()) {
            case SAMA_DENGAN -> new String[] {"sama dengan", String.join(CatalogueLayout.LIST_SEPARATOR, c.values())};
            case BUKAN -> new String[] {"bukan", String.join(CatalogueLayout.LIST_SEPARATOR, c.values())};
            case TERISI -> new String[] {"terisi", "ya"};
            case KOSONG -> new String[] {"terisi", "tidak"};
            case DALAM_TAHUN_TERAKHIR -> new String[] {"dalam tahun terakhir", Integer.toString(c.years())};
            case TANGGAL -> new String[] {"tanggal", CatalogueWorkbookWriter.word(c.window())};
        };
    }
}
