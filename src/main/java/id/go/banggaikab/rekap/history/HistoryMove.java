package id.go.banggaikab.rekap.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies a dinas's history from one database into an empty one (its SQLite file onto the Pemda's PostgreSQL
 * server): every file with its fingerprint, report, row and problem, and every lock with what it locked, with their
 * ids, so the first run on the new database recognises every form and reads none again. The job repository is not copied: it only records runs.
 * Runs inside the caller's transaction on the target: a failed or short copy leaves the target empty.
 */
public final class HistoryMove {

    /** The history's tables, parents first, with their columns (the first orders the copy; "id" is an identity). */
    static final Map<String, List<String>> TABLES = tables();

    private final JdbcTemplate from;
    private final JdbcTemplate to;

    public HistoryMove(JdbcTemplate from, JdbcTemplate to) {
        this.from = from;
        this.to = to;
    }

    /** Rows per table in a database's history. */
    public static Map<String, Long> counts(JdbcTemplate db) {
        Map<String, Long> out = new LinkedHashMap<>();
        TABLES.keySet().forEach(t -> out.put(t, db.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
        return out;
    }

    /**
     * Copies everything and returns the counts copied; throws when the target already holds a history or when the
     * counts after the copy differ from the source's (the caller's transaction then rolls the copy back).
     */
    public Map<String, Long> copy(boolean targetIsPostgres) {
        Map<String, Long> already = counts(to);
        if (already.values().stream().anyMatch(n -> n > 0)) {
            throw new IllegalStateException("Database tujuan sudah berisi riwayat (" + already + "); pemindahan hanya"
                    + " ke database yang masih kosong");
        }
        for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
            copy(table.getKey(), table.getValue());
            if (targetIsPostgres && table.getValue().get(0).equals("id")) {
                // Ids were copied as they were: new rows must continue after the highest.
                to.queryForObject("SELECT setval(pg_get_serial_sequence('" + table.getKey() + "', 'id'),"
                        + " COALESCE((SELECT MAX(id) FROM " + table.getKey() + "), 0) + 1, false)", Long.class);
            }
        }
        Map<String, Long> source = counts(from);
        Map<String, Long> target = counts(to);
        if (!source.equals(target)) {
            throw new IllegalStateException("Jumlah baris setelah dipindah tidak sama: asal " + source + ", tujuan "
                    + target);
        }
        return target;
    }

    private void copy(String table, List<String> columns) {
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        List<Object[]> batch = new ArrayList<>();
        from.query("SELECT " + list + " FROM " + table + " ORDER BY " + columns.get(0), rs -> {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                String column = columns.get(c);
                row[c] = column.equals("anggaran") ? Amounts.read(rs, column)
                        : column.equals("isi") ? rs.getBytes(c + 1) : rs.getObject(c + 1);
            }
            batch.add(row);
            if (batch.size() == 1000) {
                to.batchUpdate(insert, batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            to.batchUpdate(insert, batch);
        }
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("submission_file", List.of("id", "path", "size", "modified_ms", "sha256", "status", "imported_ms"));
        t.put("laporan", List.of("id", "file_id", "unit_code", "tahun", "triwulan"));
        t.put("bacaan_lain", List.of("id", "laporan_id", "unit_code", "tahun", "triwulan", "sumber"));
        t.put("realisasi", List.of("id", "laporan_id", "indicator_code", "sheet", "cell", "nilai", "pembilang",
                "penyebut", "predikat", "kumulatif", "ditarik", "anggaran", "keterangan", "bukti", "kendala", "solusi"));
        t.put("masalah", List.of("id", "file_id", "laporan_id", "severity", "file", "sheet", "cell", "value", "reason"));
        t.put("kunci", List.of("id", "tahun", "triwulan", "aksi", "waktu_ms", "pengguna", "alasan", "rekap",
                "rekap_sha256"));
        t.put("kunci_isi", List.of("kunci_id", "nama", "isi"));
        t.put("kunci_realisasi", List.of("id", "kunci_id", "indicator_code", "unit_code", "tahun", "triwulan", "nilai",
                "pembilang", "penyebut", "predikat", "kumulatif", "anggaran", "keterangan", "bukti", "kendala", "solusi",
                "path", "sheet", "cell", "modified_ms"));
        return t;
    }
}
