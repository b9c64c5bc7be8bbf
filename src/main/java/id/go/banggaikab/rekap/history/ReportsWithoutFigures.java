package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The files that were received for a unit and quarter but gave no figure at all (every cell refused or empty): the
 * unit has not reported, and Belum Lapor says which file came and that nothing in it could be used.
 */
@Repository
public class ReportsWithoutFigures {

    private final JdbcTemplate jdbc;

    public ReportsWithoutFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By unit code, the paths of the files that count whose report for the quarter gives no figure. */
    public Map<String, List<String>> of(Periode periode) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.query("SELECT l.unit_code, f.path FROM laporan l JOIN submission_file f ON f.id = l.file_id WHERE "
                + SubmissionHistory.CURRENT + " AND l.tahun = ? AND l.triwulan = ? AND NOT "
                + SubmissionHistory.GIVES_A_FIGURE + " ORDER BY f.path", rs -> {
                    out.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
                }, periode.tahun(), periode.triwulan());
        return out;
    }
}
