package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps every form that was read; {@link SubmissionHistory} works out from it what is in force. Saving runs inside
 * the caller's transaction, so a form is stored whole or not at all. Nothing is deleted and no status changes when
 * another file arrives: a file is accepted (with a report per unit and quarter it holds) or refused. A file is its
 * path (SPEC §2): the same bytes under another path are a submission of their own, with the unit and quarter their
 * own place gives; the same content read again at the same path updates its one record, and so does a renamed file,
 * recognised as such only when its old path is gone.
 */
@Repository
public class SubmissionStore {

    static final String DITERIMA = "DITERIMA";
    static final String DITOLAK = "DITOLAK";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** The statements every saved form runs, prepared once per transaction (a chunk of forms). */
    private final TransactionStatements statements;

    public SubmissionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statements = new TransactionStatements(jdbc);
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

    /**
     * Stores one file with every report it holds, as a new submission unless its path already holds these bytes:
     * without knowing which paths are still there, no file is taken for a renamed one.
     */
    public void save(List<Submission> reports) {
        save(reports, path -> true);
    }

    /**
     * Stores one file with every report it holds: one per unit and quarter, all with the same {@link SourceFile}.
     * {@code stillThere} tells whether a path is still in the input folder; the same bytes whose earlier path is gone
     * are that file renamed (or moved), and their record follows it instead of a second one being made.
     */
    public void save(List<Submission> reports, Predicate<String> stillThere) {
        SourceFile file = reports.get(0).file();
        boolean accepted = reports.stream().anyMatch(Submission::accepted);
        // one look-up by content: new content (nearly every form) has no record at all, and needs no second query
        List<Stored> sameContent = statements.run("SELECT id, path FROM submission_file WHERE sha256 = ?",
                ps -> {
                    ps.setString(1, sha256(file));
                    List<Stored> rows = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Stored(rs.getLong(1), rs.getString(2)));
                        }
                    }
                    return rows;
                });
        Long earlier = sameContent.stream().filter(r -> file.path().equals(r.path())).map(Stored::id).findFirst()
                .orElse(null);
        if (earlier == null && !sameContent.isEmpty()) {
            earlier = renamedFrom(file, stillThere);
        }
        long id = earlier == null ? insertFile(file, accepted) : readAgain(earlier, file, accepted);
        List<Object[]> problems = new ArrayList<>();
        for (Submission report : reports) {
            Long laporan = report.accepted() ? insertReport(id, report) : null;
            for (Problem p : report.problems()) {
                problems.add(new Object[] {id, laporan, p.severity().name(), p.file(), p.sheet(), p.cell(), p.value(),
                    p.reason()});
            }
        }
        if (!problems.isEmpty()) {
            statements.insertAll("INSERT INTO masalah (file_id, laporan_id, severity, file, sheet, cell, value, reason)"
                    + " VALUES (?,?,?,?,?,?,?,?)", problems);
        }
        if (!accepted) {
            noteAcceptedVersionKept(file, id);
        }
    }

    /**
     * The record of these bytes under a path that is gone, when that path held them last: the file was renamed or
     * moved. Content restored from a backup under a new name beside the original is a new submission, and so are the
     * old bytes of a path that has since been saved again.
     */
    private Long renamedFrom(SourceFile file, Predicate<String> stillThere) {
        List<Object[]> same = statements.run("SELECT f.id, f.path FROM submission_file f WHERE f.sha256 = ?"
                + " AND f.path <> ? AND NOT EXISTS (SELECT 1 FROM submission_file g WHERE g.path = f.path AND"
                + " (g.imported_ms > f.imported_ms OR (g.imported_ms = f.imported_ms AND g.id > f.id)))"
                + " ORDER BY f.imported_ms DESC, f.id DESC", ps -> {
                    ps.setString(1, sha256(file));
                    ps.setString(2, file.path());
                    List<Object[]> rows = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                        }
                    }
                    return rows;
                });
        return same.stream().filter(r -> !stillThere.test((String) r[1])).map(r -> (Long) r[0]).findFirst()
                .orElse(null);
    }

    private long insertFile(SourceFile file, boolean accepted) {
        return statements.insert("INSERT INTO submission_file (path, size, modified_ms, sha256, status, imported_ms)"
                + " VALUES (?,?,?,?,?,?)", ps -> {
                    ps.setString(1, file.path());
                    ps.setLong(2, file.size());
                    ps.setLong(3, millis(file.modified()));
                    ps.setString(4, sha256(file));
                    ps.setString(5, accepted ? DITERIMA : DITOLAK);
                    ps.setLong(6, Instant.now(clock).toEpochMilli());
                });
    }

    /**
     * The same bytes read again (a refused file after a fix, content restored under its name, a renamed file): the
     * one record of that path and content is brought up to date.
     */
    private long readAgain(long id, SourceFile file, boolean accepted) {
        jdbc.update("DELETE FROM masalah WHERE file_id = ?", id);
        jdbc.update("DELETE FROM bacaan_lain WHERE laporan_id IN (SELECT id FROM laporan WHERE file_id = ?)", id);
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
        long laporan = statements.insert("INSERT INTO laporan (file_id, unit_code, tahun, triwulan)"
                + " VALUES (?,?,?,?)", ps -> {
                    ps.setLong(1, fileId);
                    ps.setString(2, report.unitCode());
                    ps.setInt(3, report.periode().tahun());
                    ps.setInt(4, report.periode().triwulan());
                });
        statements.insertAll("INSERT INTO realisasi (laporan_id, indicator_code, sheet, cell, nilai, pembilang,"
                + " penyebut, predikat, kumulatif, ditarik, anggaran, keterangan, bukti, kendala, solusi)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", report.rows().stream().map(r -> new Object[] {laporan,
                    r.indicatorCode(), r.sheet(), r.cell(), r.value(), r.numerator(), r.denominator(),
                    r.predikat() == null ? null : r.predikat().name(), r.cumulative() ? 1 : 0, r.withdrawn() ? 1 : 0,
                    Amounts.write(r.anggaran()), r.notes().keterangan(), r.notes().bukti(), r.notes().kendala(),
                    r.notes().solusi()}).toList());
        for (Submission.OtherReading other : report.otherReadings()) {
            jdbc.update("INSERT INTO bacaan_lain (laporan_id, unit_code, tahun, triwulan, sumber) VALUES (?,?,?,?,?)",
                    laporan, other.unitCode(), other.periode().tahun(), other.periode().triwulan(), other.source());
        }
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

    /** A form already on record: its id and the path it was read from. */
    private record Stored(long id, String path) {
    }
}
