package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.SourceFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the history holds, read for the recap, the receipts and the blank forms: the rows of the forms in force,
 * which units sent one, and the problems to show. Writing stays in {@link SubmissionStore}.
 */
@Repository
public class SubmissionHistory {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SubmissionHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private String when(String instant) {
        return IndonesianTime.format(Instant.parse(instant), clock.getZone());
    }

    /** Accepted rows of the active forms of the given years, oldest file first. */
    public List<StoredRow> activeRows(int fromTahun, int toTahun) {
        return jdbc.query("SELECT r.*, f.path, f.unit_code, f.tahun, f.triwulan, f.modified FROM realisasi r"
                + " JOIN submission_file f ON f.id = r.file_id WHERE f.status = 'AKTIF' AND f.tahun BETWEEN ? AND ?"
                + " ORDER BY f.modified, f.id, r.id", this::row, fromTahun, toTahun);
    }

    private StoredRow row(ResultSet rs, int i) throws SQLException {
        String predikat = rs.getString("predikat");
        return new StoredRow(rs.getString("indicator_code"), rs.getString("unit_code"),
                new Periode(rs.getInt("tahun"), rs.getInt("triwulan")), number(rs, "nilai"), number(rs, "pembilang"),
                number(rs, "penyebut"), predikat == null ? null : Predikat.valueOf(predikat),
                rs.getInt("kumulatif") == 1, rs.getString("keterangan"), rs.getString("bukti"), rs.getString("path"),
                rs.getString("sheet"), rs.getString("cell"), Instant.parse(rs.getString("modified")));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** For each quarter of the year, the units with an active form. */
    public Map<Periode, Set<String>> submittedUnits(int tahun) {
        Map<Periode, Set<String>> out = new LinkedHashMap<>();
        jdbc.query("SELECT DISTINCT tahun, triwulan, unit_code FROM submission_file WHERE status = 'AKTIF' AND tahun = ?",
                rs -> {
                    out.computeIfAbsent(new Periode(rs.getInt(1), rs.getInt(2)), k -> new TreeSet<>())
                            .add(rs.getString(3));
                }, tahun);
        return out;
    }

    /**
     * Problems worth showing for a year: those of the active and refused forms of that year or of no known year,
     * and one line per form replaced by a newer one.
     */
    public List<Problem> problems(int tahun) {
        List<Problem> out = new ArrayList<>(jdbc.query("SELECT m.* FROM masalah m JOIN submission_file f ON f.id = m.file_id"
                + " WHERE f.status IN ('AKTIF','DITOLAK') AND (f.tahun = ? OR f.tahun IS NULL) ORDER BY f.path, m.id",
                (rs, i) -> new Problem(Severity.valueOf(rs.getString("severity")), rs.getString("file"),
                        rs.getString("sheet"), rs.getString("cell"), rs.getString("value"), rs.getString("reason")),
                tahun));
        out.addAll(jdbc.query("SELECT old.path, old.modified, old.triwulan, new.path AS new_path, new.modified AS new_modified"
                + " FROM submission_file old JOIN submission_file new ON new.id = old.replaced_by"
                + " WHERE old.status = 'DIGANTI' AND old.tahun = ? ORDER BY old.path", (rs, i) -> new Problem(
                Severity.DIGANTI, rs.getString("path"), null, null, null, "Laporan TW " + Periode.roman(rs.getInt(
                        "triwulan")) + " ini diganti oleh berkas \"" + rs.getString("new_path")
                        + "\" yang disimpan lebih baru (" + when(rs.getString("new_modified")) + ", sedangkan berkas"
                        + " ini " + when(rs.getString("modified")) + "); keduanya tetap tersimpan di riwayat."), tahun));
        return out;
    }

    /** The forms a unit sent for a quarter, active first, then those replaced: what its receipt lists. */
    public List<SourceFile> filesOf(String unitCode, Periode periode) {
        return jdbc.query("SELECT path, size, modified, sha256 FROM submission_file WHERE unit_code = ? AND tahun = ?"
                + " AND triwulan = ? AND status IN ('AKTIF','DIGANTI') ORDER BY status, modified DESC",
                (rs, i) -> new SourceFile(rs.getString(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                        rs.getString(4)), unitCode, periode.tahun(), periode.triwulan());
    }

    /** The accepted rows of a unit's active form for a quarter. */
    public List<ReadRow> acceptedRowsOf(String unitCode, Periode periode) {
        return jdbc.query("SELECT r.* FROM realisasi r JOIN submission_file f ON f.id = r.file_id WHERE f.unit_code = ?"
                + " AND f.tahun = ? AND f.triwulan = ? AND f.status = 'AKTIF' ORDER BY r.id", (rs, i) -> {
                    String predikat = rs.getString("predikat");
                    return new ReadRow(rs.getString("indicator_code"), rs.getString("sheet"), rs.getString("cell"),
                            number(rs, "nilai"), number(rs, "pembilang"), number(rs, "penyebut"),
                            predikat == null ? null : Predikat.valueOf(predikat), rs.getInt("kumulatif") == 1,
                            new ReadRow.Notes(rs.getString("keterangan"), rs.getString("bukti"), null, null), null,
                            false);
                }, unitCode, periode.tahun(), periode.triwulan());
    }

    /** The problems recorded with a unit's active form for a quarter. */
    public List<Problem> problemsOf(String unitCode, Periode periode) {
        return jdbc.query("SELECT m.* FROM masalah m JOIN submission_file f ON f.id = m.file_id WHERE f.unit_code = ?"
                + " AND f.tahun = ? AND f.triwulan = ? AND f.status = 'AKTIF' ORDER BY m.id",
                (rs, i) -> new Problem(Severity.valueOf(rs.getString("severity")), rs.getString("file"),
                        rs.getString("sheet"), rs.getString("cell"), rs.getString("value"), rs.getString("reason")),
                unitCode, periode.tahun(), periode.triwulan());
    }
}
