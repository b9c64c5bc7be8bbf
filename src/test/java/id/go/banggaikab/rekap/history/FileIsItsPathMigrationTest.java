package id.go.banggaikab.rekap.history;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The release that stored a content once (UNIQUE sha256) left a history in which every record is one path with one
 * content. The migration to "a file is its path" keeps every record, report, row, problem and lock with its id, the
 * same values stay in force, and from then on the same bytes under a second path are a submission of their own.
 */
class FileIsItsPathMigrationTest {

    private static final Periode TW2 = new Periode(2026, 2);

    @TempDir
    Path dir;

    @Test
    void shouldKeepEveryEarlierImportAndThenStoreACopyUnderAnotherPathAsItsOwnSubmission() {
        DataSource ds = TestDatabase.atVersion(dir.resolve("lama.db"), "4", "3");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        file(jdbc, 1, "2026/TW2/kwu.xlsx", "h1", "DITERIMA", "2026-07-05T08:00:00Z", 1);
        file(jdbc, 2, "2026/TW2/kwu revisi.xlsx", "h2", "DITERIMA", "2026-07-08T08:00:00Z", 2);
        file(jdbc, 3, "2026/TW2/rusak.xlsx", "h3", "DITOLAK", "2026-07-09T08:00:00Z", 3);
        report(jdbc, 1, 1, 10.0);
        report(jdbc, 2, 2, 12.0);
        jdbc.update("INSERT INTO masalah (id, file_id, laporan_id, severity, file, sheet, cell, value, reason) VALUES"
                + " (1, 2, 2, 'SEL_DITOLAK', '2026/TW2/kwu revisi.xlsx', 'Realisasi', 'F9', 'dua', 'bukan angka')");
        jdbc.update("INSERT INTO masalah (id, file_id, severity, file, reason) VALUES (2, 3, 'BERKAS_DITOLAK',"
                + " '2026/TW2/rusak.xlsx', 'Berkas rusak')");
        jdbc.update("INSERT INTO kunci (id, tahun, triwulan, aksi, waktu_ms, pengguna) VALUES (1, 2026, 2, 'KUNCI',"
                + " 1, 'perencanaan')");
        Map<String, Long> before = new java.util.LinkedHashMap<>();
        for (String table : List.of("submission_file", "laporan", "realisasi", "masalah", "kunci")) {
            before.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            if (TestDatabase.postgres()) { // the ids above were given, as an earlier release's own runs gave them
                jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id)"
                        + " FROM " + table + "))", Long.class);
            }
        }

        TestDatabase.migrate(ds);

        assertThat(HistoryMove.counts(jdbc)).as("every row of every table is still there")
                .containsAllEntriesOf(before).containsEntry("bacaan_lain", 0L);
        assertThat(jdbc.queryForList("SELECT id || ':' || path || ':' || sha256 || ':' || status FROM submission_file"
                + " ORDER BY id", String.class)).containsExactly("1:2026/TW2/kwu.xlsx:h1:DITERIMA",
                        "2:2026/TW2/kwu revisi.xlsx:h2:DITERIMA", "3:2026/TW2/rusak.xlsx:h3:DITOLAK");
        Clock clock = Clock.fixed(Instant.parse("2026-07-10T00:00:00Z"), ZoneOffset.UTC);
        SubmissionHistory history = new SubmissionHistory(jdbc, clock);
        assertThat(history.activeRows(2026, 2026)).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(12.0);
            assertThat(r.fileName()).isEqualTo("2026/TW2/kwu revisi.xlsx");
        });
        assertThat(history.problems(2026)).extracting(Problem::severity, Problem::file).contains(
                org.assertj.core.groups.Tuple.tuple(Severity.SEL_DITOLAK, "2026/TW2/kwu revisi.xlsx"),
                org.assertj.core.groups.Tuple.tuple(Severity.BERKAS_DITOLAK, "2026/TW2/rusak.xlsx"),
                org.assertj.core.groups.Tuple.tuple(Severity.DIGANTI, "2026/TW2/kwu.xlsx"));

        SubmissionStore store = new SubmissionStore(jdbc, clock);
        store.save(List.of(form("2026/TW3/kwu revisi.xlsx", "h2", new Periode(2026, 3))), path -> true);
        assertThat(jdbc.queryForList("SELECT path FROM submission_file WHERE sha256 = 'h2' ORDER BY id", String.class))
                .as("the same bytes in the next quarter's folder are a second submission")
                .containsExactly("2026/TW2/kwu revisi.xlsx", "2026/TW3/kwu revisi.xlsx");
        assertThat(history.submittedUnits(2026)).containsEntry(TW2, java.util.Set.of("SEKSI-KWU"))
                .containsEntry(new Periode(2026, 3), java.util.Set.of("SEKSI-KWU"));
    }

    private static void file(JdbcTemplate jdbc, long id, String path, String sha, String status, String modified,
            int second) {
        jdbc.update("INSERT INTO submission_file (id, path, size, modified_ms, sha256, status, imported_ms) VALUES"
                + " (?,?,?,?,?,?,?)", id, path, 100, Instant.parse(modified).toEpochMilli(), sha, status,
                Instant.parse("2026-07-10T00:00:00Z").plusSeconds(second).toEpochMilli());
    }

    private static void report(JdbcTemplate jdbc, long id, long fileId, double value) {
        jdbc.update("INSERT INTO laporan (id, file_id, unit_code, tahun, triwulan) VALUES (?,?,'SEKSI-KWU',2026,2)", id,
                fileId);
        jdbc.update("INSERT INTO realisasi (laporan_id, indicator_code, sheet, cell, nilai, kumulatif, ditarik) VALUES"
                + " (?, 'KASI-KWU-01', 'Realisasi', 'F8', ?, 0, 0)", id, value);
    }

    private static Submission form(String path, String sha, Periode periode) {
        return new Submission(new SourceFile(path, 100, Instant.parse("2026-10-02T00:00:00Z"), sha), "SEKSI-KWU",
                periode, List.of(new ReadRow("KASI-KWU-01", "Realisasi", "F8", 12.0, null, null, null, false,
                        ReadRow.Notes.NONE, null, false)), List.of());
    }
}
