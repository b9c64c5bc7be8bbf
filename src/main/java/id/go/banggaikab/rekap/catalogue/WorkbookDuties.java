package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.WorkbookTables.Row;
import id.go.banggaikab.rekap.catalogue.WorkbookTables.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of the Tugas dan Fungsi sheet by position code, each item as written, in the sheet's order: index 0 the
 * TUGAS, index 1 the FUNGSI. A row naming no position of the Jabatan sheet, or neither Tugas nor Fungsi, is a finding.
 */
final class WorkbookDuties {

    private WorkbookDuties() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>[]> of(Optional<Table> table, Set<String> positions, List<String> findings) {
        Map<String, List<String>[]> out = new LinkedHashMap<>();
        if (table.isEmpty()) {
            return out;
        }
        for (Row row : table.get().rows()) {
            WorkbookEntry e = new WorkbookEntry(table.get().where(), row.number(), row.cells(), findings);
            String code = e.required("jabatan", "kode jabatan dari lembar Jabatan");
            String part = e.text("bagian");
            String text = e.required("uraian", "butir tugas atau fungsi seperti di dokumen IKI");
            if (code != null && !positions.contains(code)) {
                findings.add(e.where("jabatan") + ": \"" + code + "\" bukan kode jabatan di lembar Jabatan.");
            }
            boolean fungsi = part != null && part.strip().equalsIgnoreCase("fungsi");
            if (part == null || !fungsi && !part.strip().equalsIgnoreCase("tugas")) {
                findings.add(e.where("bagian") + ": " + (part == null ? "belum diisi" : "\"" + part + "\" bukan"
                        + " pilihan yang dikenal") + "; pilih Tugas atau Fungsi.");
            }
            if (code != null && text != null) {
                out.computeIfAbsent(code, c -> new List[] {new ArrayList<String>(), new ArrayList<String>()})
                        [fungsi ? 1 : 0].add(text);
            }
        }
        return out;
    }
}
