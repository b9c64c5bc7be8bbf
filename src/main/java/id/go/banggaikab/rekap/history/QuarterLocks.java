package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.history.QuarterLock.Action;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The locks of verified quarters: every lock and reopen is kept, never changed, and a quarter is locked while its
 * latest entry is a lock. A lock keeps the figures in force and the inputs (catalogue, abbreviations, targets) as
 * they were, so the locked recap can be computed again exactly.
 */
@Repository
public class QuarterLocks {

    private final JdbcTemplate jdbc;

    public QuarterLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every lock and reopen, oldest first: the Riwayat Kunci sheet. */
    public List<QuarterLock> all() {
        return jdbc.query("SELECT * FROM kunci ORDER BY id", this::lock);
    }

    /** The quarter's latest entry, if it has any. */
    public Optional<QuarterLock> latest(Periode periode) {
        return jdbc.query("SELECT * FROM kunci WHERE tahun = ? AND triwulan = ? ORDER BY id DESC LIMIT 1", this::lock,
                periode.tahun(), periode.triwulan()).stream().findFirst();
    }

    /** The lock in force on the quarter, if it is locked now. */
    public Optional<QuarterLock> active(Periode periode) {
        return latest(periode).filter(QuarterLock::isLock);
    }

    /** The quarter's last lock, also when it was reopened since: what changed after it is listed. */
    public Optional<QuarterLock> lastLock(Periode periode) {
        return jdbc.query("SELECT * FROM kunci WHERE tahun = ? AND triwulan = ? AND aksi = 'KUNCI' ORDER BY id DESC"
                + " LIMIT 1", this::lock, periode.tahun(), periode.triwulan()).stream().findFirst();
    }

    /** The quarters of a year that are locked now, with their locks. */
    public Map<Periode, QuarterLock> activeIn(int tahun) {
        Map<Periode, QuarterLock> out = new LinkedHashMap<>();
        for (int tw = 1; tw <= 4; tw++) {
            Periode p = new Periode(tahun, tw);
            active(p).ifPresent(l -> out.put(p, l));
        }
        return out;
    }

    /** Records a lock with what it locks; returns its id. */
    public long lock(Periode periode, String user, Instant when, String recap, String recapSha256,
            Map<String, byte[]> inputs, List<StoredRow> figures) {
        return lock(periode, user, when, null, recap, recapSha256, inputs, figures);
    }

    /**
     * Records a lock with what it locks and {@code note}, what the person locking confirmed (units that had not
     * reported); returns its id.
     */
    public long lock(Periode periode, String user, Instant when, String note, String recap, String recapSha256,
            Map<String, byte[]> inputs, List<StoredRow> figures) {
        long id = insert(periode, Action.KUNCI, user, when, note, recap, recapSha256);
        inputs.forEach((name, bytes) -> jdbc.update("INSERT INTO kunci_isi (kunci_id, nama, isi) VALUES (?,?,?)", id,
                name, bytes));
        jdbc.batchUpdate("INSERT INTO kunci_realisasi (kunci_id, indicator_code, unit_code, tahun, triwulan, nilai,"
                + " pembilang, penyebut, predikat, kumulatif, anggaran, keterangan, bukti, kendala, solusi, path, sheet,"
                + " cell, modified_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", figures.stream()
                .map(r -> new Object[] {id, r.indicatorCode(), r.unitCode(), r.periode().tahun(), r.periode().triwulan(),
                    r.value(), r.numerator(), r.denominator(), r.predikat() == null ? null : r.predikat().name(),
                    r.cumulative() ? 1 : 0, Amounts.write(r.anggaran()), r.notes().keterangan(), r.notes().bukti(),
                    r.notes().kendala(), r.notes().solusi(), r.fileName(), r.sheet(), r.cell(),
                    r.fileModified().toEpochMilli()}).toList());
        return id;
    }

    /** Names the recap a lock locked once it is written, with its SHA-256. */
    public void seal(long lockId, String recap, String recapSha256) {
        jdbc.update("UPDATE kunci SET rekap = ?, rekap_sha256 = ? WHERE id = ? AND rekap IS NULL", recap, recapSha256,
                lockId);
    }

    /**
     * Keeps the files a lock sealed (the final recap and LAKIP tables) with it, byte for byte, so a final deleted or
     * overwritten in the shared folder can be restored exactly.
     */
    public void keep(long lockId, Map<String, byte[]> files) {
        files.forEach((name, bytes) -> jdbc.update("INSERT INTO kunci_isi (kunci_id, nama, isi) VALUES (?,?,?)",
                lockId, name, bytes));
    }

    /** Records a reopen with its reason. */
    public long reopen(Periode periode, String user, Instant when, String reason) {
        return insert(periode, Action.BUKA, user, when, reason, null, null);
    }

    /** The figures a lock locked. */
    public List<StoredRow> figures(QuarterLock lock) {
        return jdbc.query("SELECT * FROM kunci_realisasi WHERE kunci_id = ? ORDER BY id", (rs, i) -> {
            String predikat = rs.getString("predikat");
            return new StoredRow(rs.getString("indicator_code"), rs.getString("unit_code"),
                    new Periode(rs.getInt("tahun"), rs.getInt("triwulan")), number(rs, "nilai"), number(rs, "pembilang"),
                    number(rs, "penyebut"), predikat == null ? null : Predikat.valueOf(predikat),
                    rs.getInt("kumulatif") == 1, new ReadRow.Notes(rs.getString("keterangan"), rs.getString("bukti"),
                            rs.getString("kendala"), rs.getString("solusi")), Amounts.read(rs, "anggaran"),
                    rs.getString("path"),
                    rs.getString("sheet"), rs.getString("cell"), Instant.ofEpochMilli(rs.getLong("modified_ms")));
        }, lock.id());
    }

    /** The inputs a lock kept, by name (katalog.yml, singkatan.yml, target-2026.xlsx). */
    public Map<String, byte[]> inputs(QuarterLock lock) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        jdbc.query("SELECT nama, isi FROM kunci_isi WHERE kunci_id = ? ORDER BY nama",
                rs -> {
                    out.put(rs.getString(1), rs.getBytes(2));
                }, lock.id());
        return out;
    }

    private long insert(Periode periode, Action action, String user, Instant when, String reason, String recap,
            String sha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO kunci (tahun, triwulan, aksi, waktu_ms, pengguna, alasan, rekap,"
                    + " rekap_sha256) VALUES (?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setInt(1, periode.tahun());
            ps.setInt(2, periode.triwulan());
            ps.setString(3, action.name());
            ps.setLong(4, when.toEpochMilli());
            ps.setString(5, user);
            ps.setString(6, reason);
            ps.setString(7, recap);
            ps.setString(8, sha256);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private QuarterLock lock(ResultSet rs, int i) throws SQLException {
        return new QuarterLock(rs.getLong("id"), new Periode(rs.getInt("tahun"), rs.getInt("triwulan")),
                Action.valueOf(rs.getString("aksi")), Instant.ofEpochMilli(rs.getLong("waktu_ms")),
                rs.getString("pengguna"), rs.getString("alasan"), rs.getString("rekap"), rs.getString("rekap_sha256"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
