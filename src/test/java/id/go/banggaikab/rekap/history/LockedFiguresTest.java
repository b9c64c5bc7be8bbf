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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A locked quarter keeps its figures: a corrected file read later is stored but changes nothing and is listed as
 * held; later quarters build on the locked figures; after a reopen the correction applies and is listed as changed.
 */
class LockedFiguresTest {

    private static final Periode TW1 = new Periode(2026, 1);
    private static final Periode TW2 = new Periode(2026, 2);
    private static final Periode TW3 = new Periode(2026, 3);

    @TempDir
    Path dir;
    private SubmissionStore store;
    private QuarterLocks locks;
    private LockedFigures figures;

    @BeforeEach
    void database() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.fresh(dir.resolve("t.db")));
        var clock = new SubmissionStoreTest.TickingClock();
        store = new SubmissionStore(jdbc, clock);
        locks = new QuarterLocks(jdbc);
        figures = new LockedFigures(new SubmissionHistory(jdbc, clock), locks, clock);
    }

    @Test
    void shouldHoldACorrectionWhileLockedAndApplyItAfterTheReopen() {
        store.save(form("tw1.xlsx", "2026-04-05T00:00:00Z", TW1, 3.0));
        store.save(form("tw2.xlsx", "2026-07-05T00:00:00Z", TW2, 4.0));
        locks.lock(TW2, "sri", Instant.parse("2026-07-10T01:00:00Z"), "Rekap Kinerja 2026 TW II.xlsx", "abc",
                Map.of("katalog.yml", "dinas: {}".getBytes()), figures.forRecap(TW2));

        store.save(form("tw2-perbaikan.xlsx", "2026-07-12T00:00:00Z", TW2, 6.0));
        store.save(form("tw1-susulan.xlsx", "2026-07-12T00:00:00Z", TW1, 5.0));
        store.save(form("tw3.xlsx", "2026-10-05T00:00:00Z", TW3, 7.0));

        assertThat(values(figures.forRecap(TW2))).containsExactly("1=3.0@tw1.xlsx", "2=4.0@tw2.xlsx");
        assertThat(values(figures.forRecap(TW3))).as("TW III builds on the locked TW I and TW II")
                .containsExactly("1=3.0@tw1.xlsx", "2=4.0@tw2.xlsx", "3=7.0@tw3.xlsx");
        assertThat(figures.ofUnit("SEKSI-KWU", TW2)).extracting(StoredRow::value).containsExactly(4.0);
        List<Problem> held = figures.notes(TW2);
        assertThat(held).extracting(Problem::severity).containsOnly(Severity.DITAHAN);
        assertThat(held).extracting(Problem::file).containsExactly("tw1-susulan.xlsx", "tw2-perbaikan.xlsx");
        assertThat(held.get(1).reason()).contains("Triwulan II 2026 sudah dikunci").contains("oleh sri")
                .contains("KASI-KWU-01 (SEKSI-KWU) akan menjadi 6 (terkunci 4, selisih +2)");
        assertThat(locks.inputs(locks.active(TW2).orElseThrow())).containsKey("katalog.yml");

        locks.reopen(TW2, "sri", Instant.parse("2026-07-13T01:00:00Z"), "koreksi dari Seksi KWU");

        assertThat(locks.active(TW2)).isEmpty();
        assertThat(values(figures.forRecap(TW2))).containsExactly("1=5.0@tw1-susulan.xlsx",
                "2=6.0@tw2-perbaikan.xlsx", "3=7.0@tw3.xlsx");
        assertThat(figures.notes(TW2)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.BERUBAH);
            assertThat(p.reason()).startsWith("KASI-KWU-01 (SEKSI-KWU) TW II: 4 saat dikunci")
                    .contains("sekarang 6, selisih +2").endsWith("karena: koreksi dari Seksi KWU");
        });
        assertThat(locks.all()).extracting(l -> l.action() + " " + l.periode().label() + " " + l.user())
                .containsExactly("KUNCI TW II sri", "BUKA TW II sri");
    }

    private static List<String> values(List<StoredRow> rows) {
        return rows.stream().filter(r -> r.periode().tahun() == 2026)
                .sorted(java.util.Comparator.comparing(StoredRow::periode))
                .map(r -> r.periode().triwulan() + "=" + r.value() + "@" + r.fileName()).toList();
    }

    private static Submission form(String path, String modified, Periode periode, double value) {
        return new Submission(new SourceFile(path, 100, Instant.parse(modified), path), "SEKSI-KWU", periode,
                List.of(new ReadRow("KASI-KWU-01", "Realisasi", "D5", value, null, null, null, false,
                        ReadRow.Notes.NONE, null, false)),
                List.of());
    }
}
