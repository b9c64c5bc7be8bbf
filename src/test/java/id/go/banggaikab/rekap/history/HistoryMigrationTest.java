package id.go.banggaikab.rekap.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An installation that ran the first release has its history in the V2 tables: statuses AKTIF / DIGANTI / USANG /
 * DITOLAK and times as ISO text. V3 carries it over without losing a row: each accepted file becomes a report of its
 * unit and quarter, the times become epoch milliseconds to the millisecond, and the same values are in force.
 */
class HistoryMigrationTest {

    @TempDir
    Path dir;

    @Test
    void shouldCarryAFirstReleaseHistoryOverWithTheSameValuesInForce() {
        var ds = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("lama.db"), true);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite")
                .target(MigrationVersion.fromVersion("2")).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        insert(jdbc, 1, "lama.xlsx", "2026-07-01T08:00:00Z", "DIGANTI", 10.0);
        insert(jdbc, 2, "baru.xlsx", "2026-07-05T08:00:00.123456789Z", "AKTIF", 12.0);
        insert(jdbc, 3, "kwu.xlsx", "2026-06-30T08:00:00.5Z", "USANG", 7.0);
        jdbc.update("INSERT INTO submission_file (id, path, size, modified, sha256, status, imported_at) VALUES"
                + " (4, 'rusak.xlsx', 3, '2026-07-02T00:00:00Z', 'h4', 'DITOLAK', '2026-07-10T00:00:04Z')");
        jdbc.update("INSERT INTO masalah (file_id, severity, file, reason) VALUES (4, 'BERKAS_DITOLAK', 'rusak.xlsx',"
                + " 'Berkas rusak')");

        Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite").load().migrate();

        assertThat(jdbc.queryForObject("SELECT modified_ms FROM submission_file WHERE id = 2", Long.class))
                .isEqualTo(Instant.parse("2026-07-05T08:00:00.123Z").toEpochMilli());
        assertThat(jdbc.queryForObject("SELECT modified_ms FROM submission_file WHERE id = 3", Long.class))
                .isEqualTo(Instant.parse("2026-06-30T08:00:00.500Z").toEpochMilli());
        assertThat(jdbc.queryForList("SELECT status FROM submission_file ORDER BY id", String.class))
                .containsExactly("DITERIMA", "DITERIMA", "DITERIMA", "DITOLAK");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM laporan", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM realisasi", Integer.class)).isEqualTo(3);

        SubmissionHistory history = new SubmissionHistory(jdbc, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThat(history.activeRows(2026, 2026)).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(12.0);
            assertThat(r.fileName()).isEqualTo("baru.xlsx");
        });
        assertThat(history.problems(2026)).extracting(p -> p.file() + ": " + p.reason().substring(0, 12))
                .contains("rusak.xlsx: Berkas rusak");
    }

    private static void insert(JdbcTemplate jdbc, int id, String path, String modified, String status, double value) {
        jdbc.update("INSERT INTO submission_file (id, path, size, modified, sha256, unit_code, tahun, triwulan, status,"
                + " imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)", id, path, 100, modified, "h" + id, "SEKSI-KWU", 2026, 2,
                status, "2026-07-10T00:00:0" + id + "Z");
        jdbc.update("INSERT INTO realisasi (file_id, indicator_code, sheet, cell, nilai, kumulatif) VALUES"
                + " (?, 'KASI-KWU-01', 'Realisasi', 'D5', ?, 0)", id, value);
    }
}
