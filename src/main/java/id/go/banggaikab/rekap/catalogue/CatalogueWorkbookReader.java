package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Sheet;
import id.go.banggaikab.rekap.catalogue.WorkbookEntry.Cell;
import id.go.banggaikab.rekap.catalogue.WorkbookTables.Row;
import id.go.banggaikab.rekap.catalogue.WorkbookTables.Table;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads katalog.xlsx into the catalogue through the rules katalog.yml is read by ({@link CatalogueParser}): each row
 * becomes an entry, the TUGAS and FUNGSI rows and the register rows join the entries they belong to. What only a
 * workbook can get wrong (a sheet or a column missing, a row naming a position or indicator that is not there, parts
 * of one register rule that disagree) is found here, with the cell. Rows a proposal still marks Perlu Diperiksa are
 * read as they are and reminded of.
 */
final class CatalogueWorkbookReader {

    private final String file;
    private final List<String> findings = new ArrayList<>();
    private final List<String> reminders = new ArrayList<>();

    private CatalogueWorkbookReader(String file) {
        this.file = file;
    }

    /** The catalogue, or a {@link CatalogueException} with every finding. */
    static Catalogue read(String file, SeekableByteChannel channel) {
        return new CatalogueWorkbookReader(file).read(channel);
    }

    private Catalogue read(SeekableByteChannel channel) {
        WorkbookTables tables = WorkbookTables.read(channel, file, findings);
        if (tables != null) {
            checkSheets(tables);
        }
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        Table units = tables.table(Sheet.UNIT).orElseThrow();
        Map<String, List<String>[]> duties = WorkbookDuties.of(tables.table(Sheet.TUGAS_FUNGSI),
                codes(tables.table(Sheet.JABATAN).orElseThrow()), findings);
        Map<String, Map<String, List<Row>>> rules = registerRows(tables.table(Sheet.REGISTER), tables);
        Cell dinas = tables.dinasName();
        Map<String, Cell> dinasCells = new LinkedHashMap<>();
        if (dinas != null) {
            dinasCells.put("nama", dinas);
        }
        WorkbookEntry root = new WorkbookEntry(file, 0, Map.of(), findings)
                .child("dinas", new WorkbookEntry(units.where() + ", di atas tabel (" + CatalogueLayout.DINAS_LABEL
                        + ")", 0, dinasCells, findings))
                .list("unit", rows(units, "unit"))
                .list("jabatan", positions(tables.table(Sheet.JABATAN).orElseThrow(), duties))
                .list("indikator", indicators(tables.table(Sheet.INDIKATOR).orElseThrow(), rules,
                        tables.table(Sheet.REGISTER)));
        Catalogue catalogue = new CatalogueParser(file, root, findings).parse();
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return catalogue.from(file, reminders);
    }

    private void checkSheets(WorkbookTables tables) {
        for (Sheet sheet : Sheet.values()) {
            Optional<Table> table = tables.table(sheet);
            boolean optional = sheet == Sheet.TUGAS_FUNGSI || sheet == Sheet.REGISTER;
            if (table.isEmpty()) {
                if (!optional) {
                    findings.add(file + ": lembar " + sheet.title() + " tidak ditemukan (lembar dengan judul kolom "
                            + String.join(", ", sheet.needed().stream().map(k -> sheet.column(k).orElseThrow()
                                    .header()).toList()) + "). Buat ulang dengan --spring.batch.job.name="
                            + "katalog-ke-excel atau salin lembarnya dari katalog.xlsx yang lain.");
                }
                continue;
            }
            for (String key : sheet.needed()) {
                if (!table.get().headers().containsKey(key)) {
                    findings.add(table.get().where() + ": kolom " + sheet.column(key).orElseThrow().header()
                            + " tidak ada di baris judul. Tambahkan kolom itu.");
                }
            }
        }
    }

    private List<Entry> rows(Table table, String what) {
        List<Entry> out = new ArrayList<>();
        for (Row row : table.rows()) {
            out.add(entry(table, row, what));
        }
        return out;
    }

    private WorkbookEntry entry(Table table, Row row, String what) {
        Cell review = row.cells().get("perlu_diperiksa");
        if (review != null && !review.text().isBlank()) {
            Cell code = row.cells().get("kode");
            reminders.add(table.where() + ", baris " + row.number() + " (" + what + " " + (code == null ? "tanpa kode"
                    : code.text()) + ") masih bertanda " + CatalogueLayout.REVIEW + ": " + review.text()
                    .replaceFirst("\\.+$", "") + ". Kosongkan sel " + review.address() + " setelah diperiksa.");
        }
        return new WorkbookEntry(table.where(), row.number(), row.cells(), findings);
    }

    private List<Entry> positions(Table table, Map<String, List<String>[]> duties) {
        List<Entry> out = new ArrayList<>();
        for (Row row : table.rows()) {
            WorkbookEntry e = entry(table, row, "jabatan");
            Cell nip = row.cells().get("pemegang.nip");
            if (nip != null && numberCell(nip)) {
                reminders.add(e.where("pemegang.nip") + ": NIP ditulis sebagai angka (" + nip.shown() + "); Excel"
                        + " hanya menyimpan 15 angka pertama. Tulis NIP sebagai teks, mis. 19660329 199303 2 007.");
            }
            WorkbookEntry holder = part(table, row, "pemegang");
            if (holder != null) {
                e.child("pemegang", holder);
            }
            Cell code = row.cells().get("kode");
            List<String>[] own = code == null ? null : duties.get(code.text());
            if (own != null) {
                e.texts("tugas_dokumen", own[0]).texts("fungsi_dokumen", own[1]);
            }
            out.add(e);
        }
        return out;
    }

    private List<Entry> indicators(Table table, Map<String, Map<String, List<Row>>> rules, Optional<Table> register) {
        List<Entry> out = new ArrayList<>();
        for (Row row : table.rows()) {
            WorkbookEntry e = entry(table, row, "indikator");
            for (String part : List.of("pembilang", "penyebut")) {
                WorkbookEntry p = part(table, row, part);
                if (p != null) {
                    e.child(part, p);
                }
            }
            Cell code = row.cells().get("kode");
            Map<String, List<Row>> own = code == null ? null : rules.get(code.text());
            if (own != null) {
                e.child("register", CatalogueWorkbookRules.block(register.orElseThrow(), own, findings));
            }
            out.add(e);
        }
        return out;
    }

    /**
     * Whether a long number was typed as a number, not as text: Excel keeps 15 digits of it, so an 18-digit NIP
     * typed so has lost its last digits (shown 1,96603E+17). Text that merely reads as a number keeps its digits.
     */
    private static boolean numberCell(Cell cell) {
        return cell.number() != null && cell.text().matches("\\d{16,}") && cell.text().equals(
                new java.math.BigDecimal(cell.number()).toPlainString());
    }

    /** The cells of {@code part.*} as an entry of their own ({@code pemegang}, {@code pembilang}), or null. */
    private WorkbookEntry part(Table table, Row row, String part) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        row.cells().forEach((key, cell) -> {
            if (key.startsWith(part + ".")) {
                cells.put(key.substring(part.length() + 1), cell);
            }
        });
        return cells.isEmpty() ? null : new WorkbookEntry(table.where(), row.number(), cells, findings);
    }

    /** The register rows by indicator code, then by part; a row naming no indicator is a finding. */
    private Map<String, Map<String, List<Row>>> registerRows(Optional<Table> table, WorkbookTables tables) {
        Map<String, Map<String, List<Row>>> out = new LinkedHashMap<>();
        if (table.isEmpty()) {
            return out;
        }
        Set<String> codes = codes(tables.table(Sheet.INDIKATOR).orElseThrow());
        for (Row row : table.get().rows()) {
            WorkbookEntry e = new WorkbookEntry(table.get().where(), row.number(), row.cells(), findings);
            String code = e.required("indikator", "kode indikator dari lembar Indikator");
            String part = e.required("bagian", "pembilang, penyebut atau nilai");
            if (code != null && !codes.contains(code)) {
                findings.add(e.where("indikator") + ": \"" + code + "\" bukan kode indikator di lembar Indikator.");
            } else if (code != null && part != null) {
                out.computeIfAbsent(code, c -> new LinkedHashMap<>())
                        .computeIfAbsent(CatalogueWorkbookRules.word(part), p -> new ArrayList<>()).add(row);
            }
        }
        return out;
    }

    static Set<String> codes(Table table) {
        Set<String> out = new HashSet<>();
        for (Row row : table.rows()) {
            Cell code = row.cells().get("kode");
            if (code != null) {
                out.add(code.text().strip());
            }
        }
        return out;
    }
}
