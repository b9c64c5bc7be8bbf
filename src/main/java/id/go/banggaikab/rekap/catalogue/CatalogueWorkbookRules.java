package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.WorkbookEntry.Cell;
import id.go.banggaikab.rekap.catalogue.WorkbookTables.Row;
import id.go.banggaikab.rekap.catalogue.WorkbookTables.Table;
import id.go.banggaikab.rekap.shared.TextKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator's rows of the Aturan Register sheet as the {@code register:} block katalog.yml would give: one part
 * per Bagian, its register, summed column and year from its rows (which must agree), and a condition per row that
 * names a Kolom Syarat, the test named by Syarat holding the Nilai Syarat.
 */
final class CatalogueWorkbookRules {

    private static final List<String> PART_KEYS = List.of("dari", "jumlahkan", "tahun");

    private CatalogueWorkbookRules() {
    }

    /** "sama dengan" as katalog.yml writes it: sama_dengan. */
    static String word(String text) {
        return TextKey.key(text).replace(' ', '_');
    }

    static Entry block(Table table, Map<String, List<Row>> parts, List<String> findings) {
        Row first = parts.values().iterator().next().get(0);
        WorkbookEntry block = new WorkbookEntry(table.where(), first.number(), Map.of(), findings);
        parts.forEach((part, rows) -> block.child(part, part(table, rows, findings)));
        return block;
    }

    private static Entry part(Table table, List<Row> rows, List<String> findings) {
        Row first = rows.get(0);
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String key : PART_KEYS) {
            Cell c = first.cells().get(key);
            if (c != null) {
                cells.put(key, c);
            }
        }
        List<Entry> conditions = new ArrayList<>();
        for (Row row : rows) {
            for (String key : PART_KEYS) {
                Cell own = row.cells().get(key);
                Cell kept = cells.get(key);
                String a = own == null ? "" : TextKey.key(own.text());
                String b = kept == null ? "" : TextKey.key(kept.text());
                if (row != first && !a.isEmpty() && !a.equals(b)) {
                    findings.add(table.where() + ", sel " + own.address() + " (" + own.header() + "): \""
                            + own.shown() + "\" berbeda dengan baris " + first.number() + " untuk bagian yang sama"
                            + " (\"" + (kept == null ? "" : kept.shown()) + "\"). Samakan, atau kosongkan sel ini.");
                }
            }
            if (row.cells().containsKey("kolom")) {
                Entry condition = condition(table, row, findings);
                if (condition != null) {
                    conditions.add(condition);
                }
            }
        }
        return new WorkbookEntry(table.where(), first.number(), cells, findings).list("syarat", conditions);
    }

    /** A row's condition: Kolom Syarat, the test named by Syarat holding Nilai Syarat, and Bila Kolom Ada. */
    private static Entry condition(Table table, Row row, List<String> findings) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("kolom", row.cells().get("kolom"));
        Cell test = row.cells().get("syarat");
        Cell value = row.cells().get("nilai");
        if (test != null) {
            String key = word(test.text());
            if (key.equals("terisi") && value == null) {
                cells.put(key, new Cell(test.address(), test.header(), "ya", "ya", null, null));
            } else if (value == null && !key.equals("terisi")) {
                findings.add(table.where() + ", sel " + test.address() + " (" + test.header() + "): syarat \""
                        + test.shown() + "\" tanpa Nilai Syarat di baris yang sama; isi nilainya (mis. Aktif, 3, atau"
                        + " dalam triwulan).");
                return null;
            } else {
                cells.put(key, value);
            }
        }
        Cell ifPresent = row.cells().get("bila_kolom_ada");
        if (ifPresent != null) {
            cells.put("bila_kolom_ada", ifPresent);
        }
        return new WorkbookEntry(table.where(), row.number(), cells, findings);
    }
}
