package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Col;
import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Sheet;
import id.go.banggaikab.rekap.shared.TextKey;
import id.go.banggaikab.rekap.submission.HeaderRows;
import id.go.banggaikab.rekap.submission.StreamedRow;
import id.go.banggaikab.rekap.submission.TableStream;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The tables of katalog.xlsx, read with the form reader's own machinery ({@link TableStream}): every visible sheet,
 * its header found in its first rows whatever its row, its columns by their headers in any order (case, spacing and
 * punctuation ignored, other headers for the same column taken too), numbers in Indonesian or English writing. A
 * sheet is told by its name or, renamed, by its headers; sheets the catalogue does not know (Petunjuk, Perubahan, the
 * staff's own) are passed over.
 */
final class WorkbookTables implements TableStream.Reader {

    /** One sheet's table: where it is, which headers it has, and its rows' cells by key. */
    record Table(String where, Map<String, String> headers, List<Row> rows) {
    }

    /** A data row: Excel's row number and its non-empty cells by key. */
    record Row(int number, Map<String, WorkbookEntry.Cell> cells) {
    }

    private static final List<String> PASSED_OVER = List.of("petunjuk", "perubahan", "temuan dokumen");

    private final String file;
    private final Map<Sheet, Table> tables = new EnumMap<>(Sheet.class);
    private final List<String> findings;
    private Table current;
    private Map<Integer, Col> currentColumns;
    private WorkbookEntry.Cell dinasName;

    private WorkbookTables(String file, List<String> findings) {
        this.file = file;
        this.findings = findings;
    }

    /** The tables of the workbook, or null with a finding when the bytes are no workbook the reader can open. */
    static WorkbookTables read(SeekableByteChannel channel, String file, List<String> findings) {
        WorkbookTables tables = new WorkbookTables(file, findings);
        String refusal = TableStream.read(channel, file, tables);
        if (refusal != null) {
            findings.add(file + " tidak dapat dibaca: " + refusal + ".");
            return null;
        }
        return tables;
    }

    Optional<Table> table(Sheet sheet) {
        return Optional.ofNullable(tables.get(sheet));
    }

    /** The cell right of the "Nama Dinas" label above the units' table, if there is one. */
    WorkbookEntry.Cell dinasName() {
        return dinasName;
    }

    @Override
    public TableStream.Plan plan(HeaderRows top) {
        current = null;
        String name = TextKey.key(top.sheet());
        if (PASSED_OVER.contains(name)) {
            return null;
        }
        for (Sheet kind : Sheet.values()) {
            boolean named = TextKey.key(kind.title()).equals(name);
            if (tables.containsKey(kind) || !named && anyNamed(name)) {
                continue;
            }
            for (int r = 0; r <= top.lastRow(); r++) {
                Map<Integer, Col> columns = columns(top, r, kind);
                if (columns.values().stream().map(Col::key).toList().containsAll(kind.telling())) {
                    return start(top, kind, r, columns);
                }
            }
            if (named) {
                findings.add(file + ", lembar " + top.sheet() + ": baris judul kolom tidak ditemukan di " +
                        HeaderRows.SEARCH_ROWS + " baris pertama; lembar ini harus punya kolom " + String.join(", ",
                        kind.telling().stream().map(k -> kind.column(k).orElseThrow().header()).toList()) + ".");
                return null;
            }
        }
        return null;
    }

    private static boolean anyNamed(String name) {
        for (Sheet kind : Sheet.values()) {
            if (TextKey.key(kind.title()).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private TableStream.Plan start(HeaderRows top, Sheet kind, int headerRow, Map<Integer, Col> columns) {
        Map<String, String> headers = new LinkedHashMap<>();
        columns.forEach((c, col) -> headers.put(col.key(), top.label(headerRow, c)));
        current = new Table(file + ", lembar " + top.sheet(), headers, new ArrayList<>());
        currentColumns = columns;
        tables.put(kind, current);
        if (kind == Sheet.UNIT) {
            findDinasName(top, headerRow);
        }
        return new TableStream.Plan(headerRow + 1, columns.keySet().stream().mapToInt(Integer::intValue).toArray());
    }

    /** Each header cell of row {@code r} that names a column of {@code kind}, the first column named winning. */
    private static Map<Integer, Col> columns(HeaderRows top, int r, Sheet kind) {
        Map<Integer, Col> out = new LinkedHashMap<>();
        for (int c = 0; c <= top.lastColumn(r); c++) {
            String key = top.key(r, c);
            if (key.isEmpty()) {
                continue;
            }
            for (Col col : kind.readColumns()) {
                boolean taken = out.containsValue(col);
                if (!taken && col.headers().stream().anyMatch(h -> TextKey.key(h).equals(key))) {
                    out.put(c, col);
                    break;
                }
            }
        }
        return out;
    }

    private void findDinasName(HeaderRows top, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            for (int c = 0; c <= top.lastColumn(r); c++) {
                String key = top.key(r, c);
                if (key.equals("nama dinas") || key.equals("dinas") || key.equals("perangkat daerah")) {
                    for (int v = c + 1; v <= top.lastColumn(r); v++) {
                        String value = top.label(r, v).strip();
                        if (!value.isEmpty()) {
                            String address = new CellReference(r, v).formatAsString();
                            dinasName = new WorkbookEntry.Cell(address, top.label(r, c), value, value, null, null);
                            return;
                        }
                    }
                }
            }
        }
    }

    @Override
    public void row(StreamedRow row) {
        if (current == null) {
            return;
        }
        Map<String, WorkbookEntry.Cell> cells = new LinkedHashMap<>();
        currentColumns.forEach((c, col) -> {
            if (!row.empty(c)) {
                StreamedRow.Number n = row.numeric(c);
                cells.put(col.key(), new WorkbookEntry.Cell(row.address(c), current.headers().get(col.key()),
                        row.text(c), row.shown(c), n.value(), n.error()));
            }
        });
        if (!cells.isEmpty()) {
            current.rows().add(new Row(row.number(), cells));
        }
    }
}
