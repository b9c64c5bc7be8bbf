package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Keeps every form that was read; {@link SubmissionHistory} reads it back. Saving runs inside the caller's transaction (one form, one chunk), so a form is
 * stored whole or not at all. Nothing is deleted: a newer form for the same unit and quarter marks the older one
 * DIGANTI, a new version of a file at the same path marks the old one USANG, and both keep their rows.
 */
@Repository
public class SubmissionStore {

    static final String AKTIF = "AKTIF";
    static final String DIGANTI = "DIGANTI";
    static final String DITOLAK = "DITOLAK";
    static final String USANG = "USANG";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SubmissionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when these exact bytes were imported (or refused) before, under any name. */
    public boolean isKnown(String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM submission_file WHERE sha256 = ?", Integer.class,
                sha256);
        return n != null && n > 0;
    }

    /**
     * True when the file at {@code path} still holds the content imported from it last and that import was
     * accepted: reading it again would change nothing. A refused file is read again (the catalogue or a setting may
     * have been fixed since), and so is older content put back under a name (a form restored from a backup).
     */
    public boolean isCurrent(String path, String sha256) {
        List<Map<String, Object>> latest = jdbc.queryForList("SELECT sha256, status FROM submission_file WHERE path = ?"
                + " ORDER BY imported_at DESC, id DESC LIMIT 1", path);
        return !latest.isEmpty() && sha256.equals(latest.get(0).get("sha256"))
                && !DITOLAK.equals(latest.get(0).get("status"));
    }

    public void save(Submission s) {
        Long earlier = jdbc.query("SELECT id FROM submission_file WHERE sha256 = ?", rs -> rs.next() ? rs.getLong(1)
                : null, s.file().sha256());
        long id = earlier == null ? insertFile(s) : readAgain(earlier, s);
        if (s.accepted()) {
            retireEarlierVersionsOfPath(s, id);
            replaceOrBeReplaced(s, id);
            for (ReadRow r : s.rows()) {
                jdbc.update("INSERT INTO realisasi (file_id, indicator_code, sheet, cell, nilai, pembilang, penyebut,"
                        + " predikat, kumulatif, keterangan, bukti) VALUES (?,?,?,?,?,?,?,?,?,?,?)", id,
                        r.indicatorCode(), r.sheet(), r.cell(), r.value(), r.numerator(), r.denominator(),
                        r.predikat() == null ? null : r.predikat().name(), r.cumulative() ? 1 : 0, r.keterangan(),
                        r.bukti());
            }
        } else {
            keepAcceptedVersionOf(s, id);
        }
        for (Problem p : s.problems()) {
            jdbc.update("INSERT INTO masalah (file_id, severity, file, sheet, cell, value, reason) VALUES (?,?,?,?,?,?,?)",
                    id, p.severity().name(), p.file(), p.sheet(), p.cell(), p.value(), p.reason());
        }
    }

    private long insertFile(Submission s) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO submission_file (path, size, modified, sha256, unit_code, tahun,"
                    + " triwulan, status, imported_at) VALUES (?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setString(1, s.file().path());
            ps.setLong(2, s.file().size());
            ps.setString(3, s.file().modified().toString());
            ps.setString(4, s.file().sha256());
            ps.setString(5, s.unitCode());
            ps.setObject(6, s.periode() == null ? null : s.periode().tahun());
            ps.setObject(7, s.periode() == null ? null : s.periode().triwulan());
            ps.setString(8, s.accepted() ? AKTIF : DITOLAK);
            ps.setString(9, Instant.now(clock).toString());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * The same bytes read again (a refused file after a fix, content restored under its name, a renamed file): the
     * one record of that content is brought up to date, so the history never holds the same content twice.
     */
    private long readAgain(long id, Submission s) {
        jdbc.update("DELETE FROM realisasi WHERE file_id = ?", id);
        jdbc.update("DELETE FROM masalah WHERE file_id = ?", id);
        jdbc.update("UPDATE submission_file SET path = ?, size = ?, modified = ?, unit_code = ?, tahun = ?, triwulan = ?,"
                + " status = ?, replaced_by = NULL, imported_at = ? WHERE id = ?", s.file().path(), s.file().size(),
                s.file().modified().toString(), s.unitCode(), s.periode() == null ? null : s.periode().tahun(),
                s.periode() == null ? null : s.periode().triwulan(), s.accepted() ? AKTIF : DITOLAK,
                Instant.now(clock).toString(), id);
        return id;
    }

    /**
     * A file saved again under the same name with other content: its earlier version no longer counts. When that
     * earlier version was the form in force for another quarter (the unit changed the Triwulan cell), the form it
     * had replaced for that quarter, if any, counts again, so the quarter is not left without its figures.
     */
    private void retireEarlierVersionsOfPath(Submission s, long id) {
        String others = " FROM submission_file WHERE path = ? AND id <> ? AND status IN ('AKTIF','DITOLAK')"
                + " AND NOT (status = 'AKTIF' AND unit_code = ? AND tahun = ? AND triwulan = ?)";
        Object[] args = {s.file().path(), id, s.unitCode(), s.periode().tahun(), s.periode().triwulan()};
        List<Long> leftBehind = jdbc.queryForList("SELECT id" + others + " AND status = 'AKTIF'", Long.class, args);
        jdbc.update("UPDATE submission_file SET status = '" + USANG + "' WHERE id IN (SELECT id" + others + ")", args);
        for (Long retired : leftBehind) {
            jdbc.update("UPDATE submission_file SET status = 'AKTIF', replaced_by = NULL WHERE id = (SELECT id FROM"
                    + " submission_file WHERE replaced_by = ? AND status = 'DIGANTI' ORDER BY modified DESC LIMIT 1)",
                    retired);
        }
    }

    /**
     * A refused new version of a file: its earlier refusals are stale, but an earlier accepted version stays in
     * force (a form re-saved with a cleared cell must not wipe the unit's figures), and the user is told so.
     */
    private void keepAcceptedVersionOf(Submission s, long id) {
        jdbc.update("UPDATE submission_file SET status = ? WHERE path = ? AND id <> ? AND status = 'DITOLAK'", USANG,
                s.file().path(), id);
        for (Map<String, Object> kept : jdbc.queryForList("SELECT modified FROM submission_file WHERE path = ?"
                + " AND id <> ? AND status = 'AKTIF'", s.file().path(), id)) {
            jdbc.update("INSERT INTO masalah (file_id, severity, file, reason) VALUES (?,?,?,?)", id,
                    Severity.PERINGATAN.name(), s.file().path(), "Versi berkas ini yang diterima sebelumnya (disimpan "
                            + when((String) kept.get("modified")) + ") tetap dipakai sampai berkas ini diperbaiki");
        }
    }

    /** One active form per unit and quarter: the one saved last (by the file's own time) wins. */
    private void replaceOrBeReplaced(Submission s, long id) {
        List<Map<String, Object>> active = jdbc.queryForList("SELECT id, modified FROM submission_file WHERE unit_code = ?"
                + " AND tahun = ? AND triwulan = ? AND status = 'AKTIF' AND id <> ?", s.unitCode(), s.periode().tahun(),
                s.periode().triwulan(), id);
        for (Map<String, Object> other : active) {
            long otherId = ((Number) other.get("id")).longValue();
            Instant otherModified = Instant.parse((String) other.get("modified"));
            if (otherModified.isAfter(s.file().modified())) {
                jdbc.update("UPDATE submission_file SET status = ?, replaced_by = ? WHERE id = ?", DIGANTI, otherId, id);
                return;
            }
            jdbc.update("UPDATE submission_file SET status = ?, replaced_by = ? WHERE id = ?", DIGANTI, id, otherId);
        }
    }

    private String when(String instant) {
        return IndonesianTime.format(Instant.parse(instant), clock.getZone());
    }
}
