package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.SourceFile;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The files of which a part (the header block, the name, the folder) named a unit and quarter other than those they
 * were counted for. The rule decided, and these are what the recap and the receipts of the unit and quarter that was
 * named say, instead of a bare "belum melapor": that there is a file, which one, and where it was counted.
 */
@Repository
public class CountedElsewhere {

    /** A file that named {@code namedUnit} and {@code namedPeriode} in its {@code source}, counted for another. */
    public record File(String namedUnit, Periode namedPeriode, SourceFile file, String unitCode, Periode periode,
            String source) {
    }

    private static final String SELECT = "SELECT DISTINCT b.unit_code AS named_unit, b.tahun AS named_tahun,"
            + " b.triwulan AS named_triwulan, b.sumber, f.path, f.size, f.modified_ms, f.sha256, l.unit_code, l.tahun,"
            + " l.triwulan FROM bacaan_lain b JOIN laporan l ON l.id = b.laporan_id JOIN submission_file f"
            + " ON f.id = l.file_id WHERE f.status = 'DITERIMA' AND NOT EXISTS (SELECT 1 FROM submission_file g"
            + " WHERE g.path = f.path AND g.status = 'DITERIMA' AND (g.imported_ms > f.imported_ms"
            + " OR (g.imported_ms = f.imported_ms AND g.id > f.id)))";

    private final JdbcTemplate jdbc;

    public CountedElsewhere(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The files that named this unit and quarter, counted for another. */
    public List<File> of(String unitCode, Periode periode) {
        return jdbc.query(SELECT + " AND b.unit_code = ? AND b.tahun = ? AND b.triwulan = ? ORDER BY f.path",
                (rs, i) -> file(rs), unitCode, periode.tahun(), periode.triwulan());
    }

    /** The files that named any unit in this quarter, counted for another unit or quarter. */
    public List<File> of(Periode periode) {
        return jdbc.query(SELECT + " AND b.tahun = ? AND b.triwulan = ? ORDER BY b.unit_code, f.path",
                (rs, i) -> file(rs), periode.tahun(), periode.triwulan());
    }

    private static File file(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new File(rs.getString("named_unit"), new Periode(rs.getInt("named_tahun"), rs.getInt("named_triwulan")),
                new SourceFile(rs.getString("path"), rs.getLong("size"), Instant.ofEpochMilli(rs.getLong("modified_ms")),
                        rs.getString("sha256")), rs.getString("unit_code"), new Periode(rs.getInt("tahun"),
                        rs.getInt("triwulan")), rs.getString("sumber"));
    }
}
