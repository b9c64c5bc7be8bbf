package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.history.InForce.Candidate;
import id.go.banggaikab.rekap.history.InForce.Decision;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the history holds, read for the recap, the receipts and the blank forms. What is in force is worked out here
 * from all accepted files ({@link InForce}), never kept as a status: a file counts when it is the latest accepted
 * version of its path, and for each unit, quarter and indicator the most recently saved of those files that gives a
 * value wins. Writing stays in {@link SubmissionStore}.
 */
@Repository
public class SubmissionHistory {

    /** Accepted files that are the latest accepted import of their path (an older version no longer counts). */
    static final String CURRENT = "f.status = 'DITERIMA' AND NOT EXISTS (SELECT 1 FROM submission_file g"
            + " WHERE g.path = f.path AND g.status = 'DITERIMA' AND (g.imported_ms > f.imported_ms"
            + " OR (g.imported_ms = f.imported_ms AND g.id > f.id)))";
    /** A report {@code l} with at least one row that gives a figure (a value, a part of a ratio or a grade). */
    static final String GIVES_A_FIGURE = "EXISTS (SELECT 1 FROM realisasi r WHERE r.laporan_id = l.id AND"
            + " (r.nilai IS NOT NULL OR r.pembilang IS NOT NULL OR r.penyebut IS NOT NULL OR r.predikat IS NOT NULL))";
    private static final String ROWS = "SELECT r.*, l.unit_code, l.tahun, l.triwulan, f.id AS file_id, f.path,"
            + " f.modified_ms FROM realisasi r JOIN laporan l ON l.id = r.laporan_id JOIN submission_file f"
            + " ON f.id = l.file_id WHERE " + CURRENT;
    private static final Comparator<StoredRow> ORDER = Comparator.comparing(StoredRow::periode)
            .thenComparing(StoredRow::unitCode).thenComparing(StoredRow::indicatorCode);

    private final JdbcTemplate jdbc;
    private final ReplacedValues replaced;

    public SubmissionHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.replaced = new ReplacedValues(clock);
    }

    /** The rows in force in the given years, one per unit, quarter and indicator with a value. */
    public List<StoredRow> activeRows(int fromTahun, int toTahun) {
        return inForce(decisions(ROWS + " AND l.tahun BETWEEN ? AND ?", fromTahun, toTahun));
    }

    /**
     * The rows of the given years that carry no figure but words or rupiah, one per unit, quarter and indicator that
     * no file gives a figure for (see {@link InForce#unfigured}).
     */
    public List<StoredRow> unfiguredRows(int fromTahun, int toTahun) {
        return InForce.unfigured(jdbc.query(ROWS + " AND l.tahun BETWEEN ? AND ?", this::candidate, fromTahun, toTahun))
                .stream().sorted(ORDER).toList();
    }

    /** The rows in force of one unit for one quarter: its receipt and the next quarter's blank form show them. */
    public List<StoredRow> inForceRowsOf(String unitCode, Periode periode) {
        return inForce(decisionsOf(unitCode, periode));
    }

    /**
     * For each quarter of the year, the units that reported: with a report that gives at least one figure in a file
     * that counts. A file whose every cell was refused or empty is received, but the unit has not reported.
     */
    public Map<Periode, Set<String>> submittedUnits(int tahun) {
        Map<Periode, Set<String>> out = new LinkedHashMap<>();
        jdbc.query("SELECT DISTINCT l.tahun, l.triwulan, l.unit_code FROM laporan l JOIN submission_file f"
                + " ON f.id = l.file_id WHERE " + CURRENT + " AND l.tahun = ? AND " + GIVES_A_FIGURE, rs -> {
                    out.computeIfAbsent(new Periode(rs.getInt(1), rs.getInt(2)), k -> new TreeSet<>())
                            .add(rs.getString(3));
                }, tahun);
        return out;
    }

    /**
     * Problems worth showing for a year: those of the files that count with a report in that year, those of
     * refused files not read since (their year is unknown), the disagreements of files of which a part named that
     * year (counted for another), and one line for every value another file replaced.
     */
    public List<Problem> problems(int tahun) {
        List<Problem> out = new ArrayList<>(jdbc.query("SELECT m.* FROM masalah m JOIN submission_file f ON f.id = m.file_id"
                + " WHERE (" + CURRENT + " AND EXISTS (SELECT 1 FROM laporan l WHERE l.file_id = f.id AND l.tahun = ?"
                + " AND (m.laporan_id IS NULL OR m.laporan_id = l.id)))"
                + " OR (" + CURRENT + " AND m.severity = 'BERBEDA' AND EXISTS (SELECT 1 FROM bacaan_lain b"
                + " WHERE b.laporan_id = m.laporan_id AND b.tahun = ?))"
                + " OR (f.status = 'DITOLAK' AND NOT EXISTS (SELECT 1 FROM submission_file g WHERE g.path = f.path"
                + " AND g.imported_ms > f.imported_ms)) ORDER BY f.path, m.id", this::problem, tahun, tahun));
        out.addAll(replaced.lines(decisions(ROWS + " AND l.tahun = ?", tahun)));
        return out;
    }

    /**
     * The problems of one unit's reports for one quarter, the disagreements of files of which a part named this unit
     * and quarter (counted for another), and the values replaced among its files.
     */
    public List<Problem> problemsOf(String unitCode, Periode periode) {
        List<Problem> out = new ArrayList<>(jdbc.query("SELECT DISTINCT m.* FROM masalah m JOIN submission_file f"
                + " ON f.id = m.file_id JOIN laporan l ON l.file_id = f.id WHERE " + CURRENT + " AND (l.unit_code = ?"
                + " AND l.tahun = ? AND l.triwulan = ? AND (m.laporan_id IS NULL OR m.laporan_id = l.id)"
                + " OR m.severity = 'BERBEDA' AND m.laporan_id = l.id AND EXISTS (SELECT 1 FROM bacaan_lain b"
                + " WHERE b.laporan_id = l.id AND b.unit_code = ? AND b.tahun = ? AND b.triwulan = ?))"
                + " ORDER BY m.id", this::problem, unitCode, periode.tahun(), periode.triwulan(), unitCode,
                periode.tahun(), periode.triwulan()));
        out.addAll(replaced.lines(decisionsOf(unitCode, periode)));
        return out;
    }

    /**
     * The files a unit sent for a quarter, those that count first (the most recently saved first), then earlier
     * versions of them that a re-save replaced: what its receipt lists. Files saved and imported within the same
     * millisecond (a script copying versions, a fast import) are listed the one imported last first, as always, by
     * their record's order rather than as the database happens to return them.
     */
    public List<SentFile> filesOf(String unitCode, Periode periode) {
        return jdbc.query("SELECT DISTINCT f.id, f.path, f.size, f.modified_ms, f.sha256, f.imported_ms, CASE WHEN "
                + CURRENT + " THEN 0 ELSE 1 END AS superseded FROM submission_file f JOIN laporan l ON l.file_id = f.id"
                + " WHERE f.status = 'DITERIMA' AND l.unit_code = ? AND l.tahun = ? AND l.triwulan = ?"
                + " ORDER BY superseded, f.modified_ms DESC, f.imported_ms DESC, f.id DESC",
                (rs, i) -> new SentFile(new SourceFile(rs.getString("path"), rs.getLong("size"),
                        Instant.ofEpochMilli(rs.getLong("modified_ms")), rs.getString("sha256")),
                        rs.getInt("superseded") == 0),
                unitCode, periode.tahun(), periode.triwulan());
    }

    private List<Decision> decisionsOf(String unitCode, Periode periode) {
        return decisions(ROWS + " AND l.unit_code = ? AND l.tahun = ? AND l.triwulan = ?", unitCode, periode.tahun(),
                periode.triwulan());
    }

    private List<Decision> decisions(String sql, Object... args) {
        return InForce.decide(jdbc.query(sql, this::candidate, args));
    }

    private static List<StoredRow> inForce(List<Decision> decisions) {
        return decisions.stream().filter(Decision::hasValue).map(d -> d.winner().row()).sorted(ORDER).toList();
    }

    /**
     * Per file of a unit's quarter, how many of its figures the newer files replaced with another value ([0]) and how
     * many they repeated ([1]): what the receipt says of a file none of whose figures is in force.
     */
    public Map<String, int[]> replacedOf(String unitCode, Periode periode) {
        return replaced.countsByFile(decisionsOf(unitCode, periode));
    }

    private Candidate candidate(ResultSet rs, int i) throws SQLException {
        String predikat = rs.getString("predikat");
        long modified = rs.getLong("modified_ms");
        StoredRow row = new StoredRow(rs.getString("indicator_code"), rs.getString("unit_code"),
                new Periode(rs.getInt("tahun"), rs.getInt("triwulan")), number(rs, "nilai"), number(rs, "pembilang"),
                number(rs, "penyebut"), predikat == null ? null : Predikat.valueOf(predikat),
                rs.getInt("kumulatif") == 1, new ReadRow.Notes(rs.getString("keterangan"), rs.getString("bukti"),
                        rs.getString("kendala"), rs.getString("solusi")), Amounts.read(rs, "anggaran"), rs.getString("path"),
                rs.getString("sheet"), rs.getString("cell"), Instant.ofEpochMilli(modified));
        return new Candidate(row, rs.getLong("file_id"), modified, rs.getInt("ditarik") == 1);
    }

    private Problem problem(ResultSet rs, int i) throws SQLException {
        return new Problem(Severity.valueOf(rs.getString("severity")), rs.getString("file"), rs.getString("sheet"),
                rs.getString("cell"), rs.getString("value"), rs.getString("reason"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
