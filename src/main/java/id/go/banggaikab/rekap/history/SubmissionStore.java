package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Keeps every form that was read; {@link SubmissionHistory} works out from it what is in force. Saving runs inside
 * the caller's transaction, so a form is stored whole or not at all. Nothing is deleted and no status changes when
 * another file arrives: a file is accepted (with a report per unit and quarter it holds) or refused, and the same
 * content read again updates its one record, so the history never holds the same bytes twice.
 */
@Repository
public class SubmissionStore {

    static final String DITERIMA = "DITERIMA";
    static final String DITOLAK = "DITOLAK";

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
        List<String[]> latest = jdbc.query("SELECT sha256, status FROM submission_file WHERE path = ?"
                + " ORDER BY imported_ms DESC, id DESC LIMIT 1", (rs, i) -> new String[] {rs.getString(1),
                    rs.getString(2)}, path);
        return !latest.isEmpty() && sha256.equals(latest.get(0)[0]) && DITERIMA.equals(latest.get(0)[1]);
    }

    /**
     * For every path whose latest import was accepted, the SHA-256 of that content: read once at the start of an
     * import, so the forms can be checked against it on several threads without a query each.
     */
    public Map<String, String> currentContents() {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT f.path, f.sha256, f.status FROM submission_file f ORDER BY f.imported_ms, f.id", rs -> {
            if (DITERIMA.equals(rs.getString(3))) {
                out.put(rs.getString(1), rs.getString(2));
            } else {
                out.remove(rs.getString(1));
            }
        });
        return out;
    }

    /** Stores one file with its one report (or its refusal). */
    public void save(Submission s) {
        save(List.of(s));
    }

    /** Stores one file with every report it holds: one per unit and quarter, all with the same {@link SourceFile}. */
    public void save(List<Submission> reports) {
        SourceFile file = reports.get(0).file();
        boolean accepted = reports.stream().anyMatch(Submission::accepted);
        Long earlier = jdbc.query("SELECT id FROM submission_file WHERE sha256 = ?", rs -> rs.next() ? rs.getLong(1)
                : null, sha256(file));
        long id = earlier == null ? insertFile(file, accepted) : readAgain(earlier, file, accepted);
        for (Submission report : reports) {
            Long laporan = report.accepted() ? insertReport(id, report) : null;
            for (Problem p : report.problems()) {
                jdbc.update("INSERT INTO masalah (file_id, laporan_id, severity, file, sheet, cell, value, reason)"
                        + " VALUES (?,?,?,?,?,?,?,?)", id, laporan, p.severity().name(), p.file(), p.sheet(), p.cell(),
                        p.value(), p.reason());
            }
        }
        if (!accepted) {
            noteAcceptedVersionKept(file, id);
        }
    }

    private long insertFile(SourceFile file, boolean accepted) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO submission_file (path, size, modified_ms, sha256, status,"
                    + " imported_ms) VALUES (?,?,?,?,?,?)", new String[] {"id"});
            ps.setString(1, file.path());
            ps.setLong(2, file.size());
            ps.setLong(3, millis(file.modified()));
            ps.setString(4, sha256(file));
            ps.setString(5, accepted ? DITERIMA : DITOLAK);
            ps.setLong(6, Instant.now(clock).toEpochMilli());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * The same bytes read again (a refused file after a fix, content restored under its name, a renamed file): the
     * one record of that content is brought up to date.
     */
    private long readAgain(long id, SourceFile file, boolean accepted) {
        jdbc.update("DELETE FROM masalah WHERE file_id = ?", id);
        jdbc.update("DELETE FROM realisasi WHERE laporan_id IN (SELECT id FROM laporan WHERE file_id = ?)", id);
        jdbc.update("DELETE FROM laporan WHERE file_id = ?", id);
        jdbc.update("UPDATE submission_file SET path = ?, size = ?, modified_ms = ?, status = ?, imported_ms = ?"
                + " WHERE id = ?", file.path(), file.size(), millis(file.modified()),
                accepted ? DITERIMA : DITOLAK, Instant.now(clock).toEpochMilli(), id);
        return id;
    }

    /** A file that could not even be hashed (unreadable) is recognised by its path. */
    private static String sha256(SourceFile file) {
        return file.sha256() != null ? file.sha256() : "tidak-terbaca:" + file.path();
    }

    private static long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    private long insertReport(long fileId, Submission report) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO laporan (file_id, unit_code, tahun, triwulan) VALUES (?,?,?,?)",
                    new String[] {"id"});
            ps.setLong(1, fileId);
            ps.setString(2, report.unitCode());
            ps.setInt(3, report.periode().tahun());
            ps.setInt(4, report.periode().triwulan());
            return ps;
        }, key);
        long laporan = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO realisasi (laporan_id, indicator_code, sheet, cell, nilai, pembilang, penyebut,"
                + " predikat, kumulatif, ditarik, anggaran, keterangan, bukti, kendala, solusi)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", report.rows().stream().map(r -> new Object[] {laporan,
                    r.indicatorCode(), r.sheet(), r.cell(), r.value(), r.numerator(), r.denominator(),
                    r.predikat() == null ? null : r.predikat().name(), r.cumulative() ? 1 : 0, r.withdrawn() ? 1 : 0,
                    Amounts.write(r.anggaran()), r.notes().keterangan(), r.notes().bukti(), r.notes().kendala(),
                    r.notes().solusi()}).toList());
        return laporan;
    }

    /**
     * A refused new version of a file: an earlier accepted version of it stays in force (a form re-saved with a
     * cleared cell must not wipe the unit's figures), and the user is told so.
     */
    private void noteAcceptedVersionKept(SourceFile file, long id) {
        for (Long modified : jdbc.queryForList("SELECT modified_ms FROM submission_file WHERE path = ? AND id <> ?"
                + " AND status = ? ORDER BY imported_ms DESC, id DESC LIMIT 1", Long.class, file.path(), id, DITERIMA)) {
            jdbc.update("INSERT INTO masalah (file_id, severity, file, reason) VALUES (?,?,?,?)", id,
                    Severity.PERINGATAN.name(), file.path(), "Versi berkas ini yang diterima sebelumnya (disimpan "
                            + IndonesianTime.format(Instant.ofEpochMilli(modified), clock.getZone())
                            + ") tetap dipakai sampai berkas ini diperbaiki");
        }
    }
}
