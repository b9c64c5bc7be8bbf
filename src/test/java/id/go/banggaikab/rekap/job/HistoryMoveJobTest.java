package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.output.InputDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dinas that started on the planner's PC moves to the Pemda's server: three quarters recapped on SQLite, the
 * history moved with {@code pindah-riwayat}, then the same quarter recapped on PostgreSQL reads no form again and
 * gives the same recap, cell for cell, while the SQLite file stays exactly as it was.
 */
@Timeout(300)
class HistoryMoveJobTest {

    private static final String[] QUARTER = {"tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false"};

    @TempDir
    Path root;

    @Test
    void shouldCarryAThreeQuarterHistoryToPostgresAndRecapTheSameWithoutReadingAFormAgain() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        Path forms = root.resolve("forms");
        new SampleForms(CatalogueLoader.load(Path.of("config/katalog.yml"))).writeSampleYear(forms);
        Path work = ProcessFolders.workingFolder(root.resolve("kerja"), forms);

        JobProcess onSqlite = JobProcess.start(work, List.of(), null, QUARTER);
        assertThat(onSqlite.waitFor(120)).as(onSqlite.console()).isZero();
        Path sqliteRecap = recap(work);
        List<List<String>> before = ProcessFolders.indicatorTable(sqliteRecap);
        Path db = work.resolve("data/rekap.db");
        String fingerprint = DigestUtils.sha256Hex(Files.readAllBytes(db));

        JobProcess move = JobProcess.start(work, null, "--spring.batch.job.name=pindah-riwayat", "dari=" + db);
        assertThat(move.waitFor(120)).as(move.console()).isZero();
        assertThat(move.console()).contains("32 berkas, 32 laporan").contains("jumlahnya sama dengan asalnya");
        assertThat(DigestUtils.sha256Hex(Files.readAllBytes(db))).as("the SQLite file is untouched").isEqualTo(fingerprint);

        JobProcess unchanged = JobProcess.start(work, null, QUARTER);
        assertThat(unchanged.waitFor(120)).as(unchanged.console()).isZero();
        assertThat(unchanged.console()).contains("32 berkas ditemukan, 0 dibaca baru, 32 sudah pernah dibaca")
                .as("the same figures on the server are the same inputs: no new recap")
                .contains("Tidak ada yang baru sejak rekap terakhir");
        String digest = InputDigest.of(sqliteRecap).digest();
        for (Path p : ProcessFolders.outputs(work)) {
            if (p.getParent().equals(work.resolve("output"))) {
                Files.delete(p);
            }
        }
        JobProcess onServer = JobProcess.start(work, null, QUARTER);
        assertThat(onServer.waitFor(120)).as(onServer.console()).isZero();
        Path serverRecap = recap(work);
        assertThat(ProcessFolders.indicatorTable(serverRecap)).isEqualTo(before);
        assertThat(InputDigest.of(serverRecap).digest()).isEqualTo(digest);

        JobProcess again = JobProcess.start(work, null, "--spring.batch.job.name=pindah-riwayat", "dari=" + db);
        assertThat(again.waitFor(120)).as("a second move into a database that holds a history is refused")
                .isNotZero();
        assertThat(again.console()).contains("sudah berisi riwayat");
    }

    @Test
    void shouldNotMoveAnotherOfficesHistoryIntoThisOne() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        Path forms = Files.createDirectories(root.resolve("sedikit"));
        new SampleForms(CatalogueLoader.load(Path.of("config/katalog.yml"))).writeSampleYear(forms);
        Path work = ProcessFolders.workingFolder(root.resolve("dinkes"), forms);
        JobProcess onSqlite = JobProcess.start(work, List.of(), null, "tahun=2026", "triwulan=1",
                "--rekap.contoh.aktif=false", "--rekap.perangkat-daerah=dinkes");
        assertThat(onSqlite.waitFor(120)).as(onSqlite.console()).isZero();

        JobProcess move = JobProcess.start(work, null, "--spring.batch.job.name=pindah-riwayat",
                "dari=" + work.resolve("data/rekap.db"));
        assertThat(move.waitFor(120)).as(move.console()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(move.console()).contains("berisi riwayat perangkat daerah \"dinkes\", sedangkan instalasi ini untuk"
                + " perangkat daerah \"diskop\"").contains("Tidak ada yang dipindah");
        try (var c = ProcessFolders.database(work); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM submission_file")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static Path recap(Path work) throws Exception {
        return ProcessFolders.outputs(work).stream().filter(p -> p.getFileName().toString().startsWith("Rekap"))
                .findFirst().orElseThrow();
    }
}
