package id.go.banggaikab.rekap.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Moving a history copies every row with its id, refuses a target that already has one, and new rows follow on. */
class HistoryMoveTest {

    @TempDir
    Path dir;

    @Test
    void shouldCopyEveryRowSoTheSameValuesAreInForceAndNewFormsFollowOn() {
        JdbcTemplate from = new JdbcTemplate(TestDatabase.fresh(dir.resolve("asal.db")));
        var clock = new SubmissionStoreTest.TickingClock();
        SubmissionStore source = new SubmissionStore(from, clock);
        source.save(form("a.xlsx", "2026-07-05T00:00:00Z", "a", 10.0));
        source.save(form("b.xlsx", "2026-07-08T00:00:00Z", "b", 12.0));
        source.save(Submission.rejected(new SourceFile("rusak.xlsx", 3, Instant.parse("2026-07-06T00:00:00Z"), "r"),
                Problem.file("rusak.xlsx", "Berkas rusak")));
        JdbcTemplate to = new JdbcTemplate(TestDatabase.fresh(dir.resolve("tujuan.db")));

        var copied = new HistoryMove(from, to).copy(TestDatabase.postgres());

        assertThat(copied).containsEntry("submission_file", 3L).containsEntry("laporan", 2L)
                .containsEntry("realisasi", 2L).isEqualTo(HistoryMove.counts(from));
        SubmissionHistory moved = new SubmissionHistory(to, clock);
        assertThat(moved.activeRows(2026, 2026)).isEqualTo(new SubmissionHistory(from, clock).activeRows(2026, 2026));
        new SubmissionStore(to, clock).save(form("c.xlsx", "2026-07-09T00:00:00Z", "c", 13.0));
        assertThat(moved.activeRows(2026, 2026)).extracting(StoredRow::value).containsExactly(13.0);
        assertThatThrownBy(() -> new HistoryMove(from, to).copy(TestDatabase.postgres()))
                .hasMessageContaining("sudah berisi riwayat");
    }

    private static Submission form(String path, String modified, String hash, double value) {
        return new Submission(new SourceFile(path, 100, Instant.parse(modified), hash), "SEKSI-KWU",
                new Periode(2026, 2), List.of(new ReadRow("KASI-KWU-01", "Realisasi", "D5", value, null, null, null,
                        false, ReadRow.Notes.NONE, null, false)), List.of());
    }
}
