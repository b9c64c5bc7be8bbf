package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.history.SubmissionHistory;
import id.go.banggaikab.rekap.history.SubmissionStore;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import id.go.banggaikab.rekap.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history keeps everything and works out what is in force indicator by indicator: among the files of a unit for
 * a quarter, the most recently saved file that gives a value wins, whatever order the files were read in.
 */
class SubmissionStoreTest {

    private static final Periode TW2 = new Periode(2026, 2);

    @TempDir
    Path dir;
    private SubmissionStore store;
    private SubmissionHistory history;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(TestDatabase.fresh(dir.resolve("t.db")));
        TickingClock clock = new TickingClock();
        store = new SubmissionStore(jdbc, clock);
        history = new SubmissionHistory(jdbc, clock);
    }

    @Test
    void shouldLetTheFormSavedLastWinAndKeepTheOtherAsReplacedWhateverTheImportOrder() {
        store.save(form("b.xlsx", "2026-07-08T00:00:00Z", "hash-b", 12.0));
        store.save(form("a.xlsx", "2026-07-05T00:00:00Z", "hash-a", 10.0));
        List<StoredRow> rows = history.activeRows(2026, 2026);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(12.0);
            assertThat(r.fileName()).isEqualTo("b.xlsx");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM realisasi", Integer.class)).isEqualTo(2);
        assertThat(history.problems(2026)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.DIGANTI);
            assertThat(p.file()).isEqualTo("a.xlsx");
            assertThat(p.reason()).contains("diganti oleh berkas \"b.xlsx\"");
        });
    }

    @Test
    void shouldCombineTwoPeoplesFilesIndicatorByIndicatorInEitherSaveOrder() {
        for (boolean headFirst : new boolean[] {true, false}) {
            database();
            Submission head = form("kasi.xlsx", "2026-07-05T09:00:00Z", "h-kasi", Map.of("KASI-KWU-01", 4.0));
            Submission staff = form("staf.xlsx", "2026-07-05T09:07:00Z", "h-staf", Map.of("PD-KWU-01", 9.0));
            store.save(headFirst ? head : staff);
            store.save(headFirst ? staff : head);

            assertThat(history.activeRows(2026, 2026)).extracting(r -> r.indicatorCode() + "=" + r.value() + "@"
                    + r.fileName()).containsExactly("KASI-KWU-01=4.0@kasi.xlsx", "PD-KWU-01=9.0@staf.xlsx");
            assertThat(history.problems(2026)).as("nothing was replaced").isEmpty();
        }
    }

    @Test
    void shouldLetACorrectionReplaceOneRowAndKeepTheRowsItLeavesOut() {
        store.save(form("kwu.xlsx", "2026-07-05T09:00:00Z", "first", Map.of("KASI-KWU-01", 4.0, "PD-KWU-01", 9.0)));
        store.save(form("kwu-perbaikan.xlsx", "2026-07-08T10:00:00Z", "fix", Map.of("KASI-KWU-01", 5.0)));

        assertThat(history.activeRows(2026, 2026)).extracting(r -> r.indicatorCode() + "=" + r.value() + "@"
                + r.fileName()).containsExactly("KASI-KWU-01=5.0@kwu-perbaikan.xlsx", "PD-KWU-01=9.0@kwu.xlsx");
        assertThat(history.problemsOf("SEKSI-KWU", TW2)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.DIGANTI);
            assertThat(p.file()).isEqualTo("kwu.xlsx");
            assertThat(p.reason()).startsWith("KASI-KWU-01 TW II: nilai 4 di berkas ini diganti oleh berkas"
                    + " \"kwu-perbaikan.xlsx\" (nilai 5)");
        });
    }

    @Test
    void shouldListNoReplacementWhenTheNewerFileRepeatsTheSameValue() {
        store.save(form("kwu.xlsx", "2026-07-05T09:00:00Z", "first", Map.of("KASI-KWU-01", 4.0, "PD-KWU-01", 9.0)));
        store.save(form("kwu-perbaikan.xlsx", "2026-07-08T10:00:00Z", "fix", Map.of("KASI-KWU-01", 4.0,
                "PD-KWU-01", 10.0)));

        assertThat(history.problemsOf("SEKSI-KWU", TW2)).extracting(Problem::reason).containsExactly(
                "PD-KWU-01 TW II: nilai 9 di berkas ini diganti oleh berkas \"kwu-perbaikan.xlsx\" (nilai 10) yang"
                        + " disimpan lebih baru (8 Juli 2026 pukul 10.00 Z, sedangkan berkas ini 5 Juli 2026 pukul"
                        + " 09.00 Z); keduanya tetap tersimpan di riwayat");
        assertThat(history.replacedOf("SEKSI-KWU", TW2)).as("one replaced, one repeated").containsOnlyKeys("kwu.xlsx")
                .hasEntrySatisfying("kwu.xlsx", n -> assertThat(n).containsExactly(1, 1));
    }

    @Test
    void shouldNotCountAUnitWhoseOnlyReportGivesNoFigureAsReported() {
        store.save(new Submission(new SourceFile("kwu.xlsx", 100, Instant.parse("2026-07-05T00:00:00Z"), "empty"),
                "SEKSI-KWU", TW2, List.of(row("KASI-KWU-01", null)), List.of(Problem.cell("kwu.xlsx", "Realisasi",
                        "D6", "enam", "bukan angka"))));
        assertThat(history.submittedUnits(2026)).doesNotContainKey(TW2);
        assertThat(history.filesOf("SEKSI-KWU", TW2)).as("the file is still received").hasSize(1);

        store.save(form("kwu-2.xlsx", "2026-07-06T00:00:00Z", "good", 6.0));
        assertThat(history.submittedUnits(2026)).containsEntry(TW2, java.util.Set.of("SEKSI-KWU"));
    }

    @Test
    void shouldNeverLetAnEmptyCellEraseAnEarlierValueButLetAWithdrawalDoSo() {
        store.save(form("kwu.xlsx", "2026-07-05T09:00:00Z", "first", Map.of("KASI-KWU-01", 4.0, "PD-KWU-01", 9.0)));
        Submission later = new Submission(new SourceFile("kwu-baru.xlsx", 100, Instant.parse("2026-07-09T00:00:00Z"),
                "later"), "SEKSI-KWU", TW2, List.of(row("KASI-KWU-01", null), row("PD-KWU-01", null)), List.of());
        store.save(later);
        assertThat(history.activeRows(2026, 2026)).extracting(StoredRow::value).containsExactly(4.0, 9.0);

        store.save(new Submission(new SourceFile("kwu-batal.xlsx", 100, Instant.parse("2026-07-10T00:00:00Z"),
                "withdraw"), "SEKSI-KWU", TW2, List.of(new ReadRow("PD-KWU-01", "Realisasi", "D6", null, null, null,
                        null, false, ReadRow.Notes.NONE, null, true)), List.of()));

        assertThat(history.activeRows(2026, 2026)).extracting(r -> r.indicatorCode() + "=" + r.value())
                .containsExactly("KASI-KWU-01=4.0");
        assertThat(history.problems(2026)).anySatisfy(p -> assertThat(p.reason())
                .contains("PD-KWU-01 TW II: nilai 9 di berkas ini dibatalkan oleh berkas \"kwu-batal.xlsx\""));
    }

    @Test
    void shouldTellTwoSavesWithinOneSecondApart() {
        store.save(form("a.xlsx", "2026-07-05T12:00:00.500Z", "half", 2.0));
        store.save(form("b.xlsx", "2026-07-05T12:00:00Z", "whole", 1.0));
        store.save(form("c.xlsx", "2026-07-05T12:00:00.050Z", "tenth", 3.0));

        assertThat(history.activeRows(2026, 2026)).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("a.xlsx");
            assertThat(r.fileModified()).isEqualTo(Instant.parse("2026-07-05T12:00:00.500Z"));
        });
    }

    @Test
    void shouldRetireTheEarlierContentOfAFileSavedAgainUnderTheSameName() {
        store.save(form("kwu.xlsx", "2026-07-05T00:00:00Z", "v1", 10.0));
        store.save(form("kwu.xlsx", "2026-07-06T00:00:00Z", "v2", 11.0));
        assertThat(store.isKnown("v1")).isTrue();
        assertThat(history.activeRows(2026, 2026)).extracting(StoredRow::value).containsExactly(11.0);
        assertThat(history.filesOf("SEKSI-KWU", TW2)).extracting(f -> f.file().sha256() + ":" + f.counts())
                .containsExactly("v2:true", "v1:false");
    }

    @Test
    void versionsSavedAndImportedInTheSameMillisecondAreListedTheOneImportedLastFirst() {
        Clock sameInstant = Clock.fixed(Instant.parse("2026-07-10T00:00:00Z"), java.time.ZoneOffset.UTC);
        SubmissionStore fast = new SubmissionStore(jdbc, sameInstant);
        for (String version : List.of("v1", "v2", "v3", "v4")) {
            fast.save(List.of(form(version + "/kwu.xlsx", "2026-07-05T00:00:00Z", version, 10.0)), path -> true);
        }

        assertThat(new SubmissionHistory(jdbc, sameInstant).filesOf("SEKSI-KWU", TW2))
                .extracting(f -> f.file().sha256() + ":" + f.counts())
                .containsExactly("v4:true", "v3:true", "v2:true", "v1:true");
    }

    @Test
    void shouldStoreTheSameBytesUnderTwoPathsAsTwoSubmissionsAndARenameAsOne() {
        store.save(List.of(form("2026/TW2/kwu.xlsx", "2026-07-05T00:00:00Z", "same", 10.0)), path -> true);
        store.save(List.of(form("2026/TW2/salinan kwu.xlsx", "2026-07-05T00:00:00Z", "same", 10.0)),
                path -> true);
        assertThat(jdbc.queryForList("SELECT path FROM submission_file ORDER BY id", String.class))
                .as("both paths are still there: two submissions")
                .containsExactly("2026/TW2/kwu.xlsx", "2026/TW2/salinan kwu.xlsx");

        store.save(List.of(form("2026/TW2/kwu final.xlsx", "2026-07-05T00:00:00Z", "same", 10.0)),
                path -> !path.equals("2026/TW2/kwu.xlsx"));
        assertThat(jdbc.queryForList("SELECT path FROM submission_file ORDER BY id", String.class))
                .as("kwu.xlsx is gone: kwu final.xlsx is it, renamed")
                .containsExactly("2026/TW2/kwu final.xlsx", "2026/TW2/salinan kwu.xlsx");
        assertThat(history.activeRows(2026, 2026)).extracting(StoredRow::fileName)
                .containsExactly("2026/TW2/salinan kwu.xlsx");
    }

    @Test
    void shouldRememberARefusedFileWithItsProblemSoItIsNotReadAgain() {
        SourceFile file = new SourceFile("rusak.xlsx", 7, Instant.parse("2026-07-05T00:00:00Z"), "bad");
        store.save(Submission.rejected(file, Problem.file("rusak.xlsx", "Berkas rusak")));
        assertThat(store.isKnown("bad")).isTrue();
        assertThat(history.activeRows(2026, 2026)).isEmpty();
        assertThat(history.problems(2026)).extracting(Problem::reason).containsExactly("Berkas rusak");
    }

    @Test
    void shouldGiveAReceiptTheAcceptedRowsAndProblemsOfTheActiveForm() {
        Submission s = new Submission(new SourceFile("kwu.xlsx", 10, Instant.parse("2026-07-05T00:00:00Z"), "h"),
                "SEKSI-KWU", TW2, List.of(new ReadRow("KASI-KWU-01", "Realisasi", "F9", 10.0, null, null, null, false,
                        new ReadRow.Notes("ok", null, null, null), null, false)), List.of(Problem.cell("kwu.xlsx", "Realisasi", "F10", "x", "bukan angka")));
        store.save(s);
        assertThat(history.inForceRowsOf("SEKSI-KWU", TW2)).singleElement()
                .satisfies(r -> assertThat(r.cell()).isEqualTo("F9"));
        assertThat(history.problemsOf("SEKSI-KWU", TW2)).extracting(Problem::cell).containsExactly("F10");
        assertThat(history.submittedUnits(2026)).containsEntry(TW2, java.util.Set.of("SEKSI-KWU"));
    }

    @Test
    void shouldKeepTheAcceptedVersionInForceWhenARefusedVersionIsSavedUnderTheSameName() {
        store.save(form("kwu.xlsx", "2026-07-05T00:00:00Z", "good", 10.0));
        store.save(Submission.rejected(new SourceFile("kwu.xlsx", 5, Instant.parse("2026-07-06T00:00:00Z"), "bad"),
                Problem.file("kwu.xlsx", "Triwulan tidak diketahui")));

        assertThat(history.activeRows(2026, 2026)).extracting(StoredRow::value).containsExactly(10.0);
        assertThat(history.problems(2026)).extracting(Problem::reason).contains("Triwulan tidak diketahui")
                .anySatisfy(r -> assertThat(r).contains("tetap dipakai"));
        assertThat(store.isCurrent("kwu.xlsx", "bad")).as("a refused file is read again next run").isFalse();
    }

    @Test
    void shouldReadAgainContentRestoredUnderItsNameAndLetItCountAgain() {
        store.save(form("kwu.xlsx", "2026-07-05T00:00:00Z", "v1", 10.0));
        store.save(form("kwu.xlsx", "2026-07-06T00:00:00Z", "v2", 11.0));
        assertThat(store.isCurrent("kwu.xlsx", "v2")).isTrue();
        assertThat(store.isCurrent("kwu.xlsx", "v1")).as("v1 put back from a backup").isFalse();

        store.save(form("kwu.xlsx", "2026-07-07T00:00:00Z", "v1", 10.0));

        assertThat(history.activeRows(2026, 2026)).extracting(StoredRow::value).containsExactly(10.0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_file", Integer.class)).isEqualTo(2);
        assertThat(store.isCurrent("kwu.xlsx", "v1")).isTrue();
    }

    @Test
    void shouldBringBackTheReplacedFormWhenTheFormInForceIsResavedForAnotherQuarter() {
        store.save(form("lama.xlsx", "2026-07-01T00:00:00Z", "old", 10.0));
        store.save(form("baru.xlsx", "2026-07-05T00:00:00Z", "new-tw2", 12.0));
        assertThat(history.activeRows(2026, 2026)).extracting(StoredRow::value).containsExactly(12.0);

        Submission movedToTw3 = new Submission(new SourceFile("baru.xlsx", 100, Instant.parse("2026-10-05T00:00:00Z"),
                "new-tw3"), "SEKSI-KWU", new Periode(2026, 3), List.of(new ReadRow("KASI-KWU-01", "Realisasi", "D5",
                        30.0, null, null, null, false, ReadRow.Notes.NONE, null, false)), List.of());
        store.save(movedToTw3);

        assertThat(history.activeRows(2026, 2026)).extracting(r -> r.periode().triwulan() + "=" + r.value())
                .containsExactlyInAnyOrder("2=10.0", "3=30.0");
    }

    @Test
    void shouldKeepAmountsToTheCentAndTheUnitsOwnWords() {
        java.math.BigDecimal amount = new java.math.BigDecimal("2150000000.50");
        store.save(new Submission(new SourceFile("renja.xlsx", 100, Instant.parse("2026-07-05T00:00:00Z"), "renja"),
                "SEKSI-KWU", TW2, List.of(new ReadRow("KASI-KWU-01", "Realisasi", "E9", 12.0, null, null, null, false,
                        new ReadRow.Notes("sesuai jadwal", "daftar hadir", "anggaran terlambat", "jadwal ulang"), amount,
                        false)), List.of()));

        assertThat(history.activeRows(2026, 2026)).singleElement().satisfies(r -> {
            assertThat(r.anggaran()).isEqualByComparingTo(amount);
            assertThat(r.anggaran().toPlainString()).endsWith(".50");
            assertThat(r.notes()).isEqualTo(new ReadRow.Notes("sesuai jadwal", "daftar hadir", "anggaran terlambat",
                    "jadwal ulang"));
        });
    }

    @Test
    void shouldKeepTheWordsAndRupiahOfRowsWithoutAFigureTheNewestFileSayingSomethingWinning() {
        ReadRow.Notes older = new ReadRow.Notes(null, null, "anggaran belum cair", null);
        ReadRow.Notes newer = new ReadRow.Notes(null, null, "anggaran cair akhir Juni", "pelatihan dijadwal Juli");
        store.save(new Submission(new SourceFile("kwu.xlsx", 100, Instant.parse("2026-07-05T09:00:00Z"), "first"),
                "SEKSI-KWU", TW2, List.of(noted("KASI-KWU-01", null, older, null), noted("PD-KWU-01", 9.0, older,
                        null)), List.of()));
        store.save(new Submission(new SourceFile("kwu-2.xlsx", 100, Instant.parse("2026-07-06T09:00:00Z"), "second"),
                "SEKSI-KWU", TW2, List.of(noted("KASI-KWU-01", null, newer, new java.math.BigDecimal("1500000")),
                        noted("PD-KWU-01", null, ReadRow.Notes.NONE, null)), List.of()));
        store.save(new Submission(new SourceFile("kwu-3.xlsx", 100, Instant.parse("2026-07-07T09:00:00Z"), "third"),
                "SEKSI-KWU", TW2, List.of(noted("KASI-KWU-01", null, new ReadRow.Notes(null, null, "-", " "), null)),
                List.of()));

        assertThat(history.activeRows(2026, 2026)).as("figures in force are unchanged").extracting(r -> r.indicatorCode()
                + "=" + r.value()).containsExactly("PD-KWU-01=9.0");
        assertThat(history.unfiguredRows(2026, 2026)).as("a row of '-' says nothing; a key with a figure is left to it")
                .singleElement().satisfies(r -> {
                    assertThat(r.indicatorCode()).isEqualTo("KASI-KWU-01");
                    assertThat(r.fileName()).isEqualTo("kwu-2.xlsx");
                    assertThat(r.notes()).isEqualTo(newer);
                    assertThat(r.anggaran()).isEqualByComparingTo("1500000");
                });
        assertThat(history.unfiguredRows(2025, 2025)).isEmpty();
    }

    private static ReadRow noted(String code, Double value, ReadRow.Notes notes, java.math.BigDecimal anggaran) {
        return new ReadRow(code, "Realisasi", "D5", value, null, null, null, false, notes, anggaran, false);
    }

    private static Submission form(String path, String modified, String hash, double value) {
        return form(path, modified, hash, Map.of("KASI-KWU-01", value));
    }

    private static Submission form(String path, String modified, String hash, Map<String, Double> values) {
        return new Submission(new SourceFile(path, 100, Instant.parse(modified), hash), "SEKSI-KWU", TW2,
                new java.util.TreeMap<>(values).entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList(),
                List.of());
    }

    private static ReadRow row(String code, Double value) {
        return new ReadRow(code, "Realisasi", "D5", value, null, null, null, false, ReadRow.Notes.NONE, null, false);
    }

    /** Every reading one second later than the last, as the imports of a real run are. */
    static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-07-10T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
