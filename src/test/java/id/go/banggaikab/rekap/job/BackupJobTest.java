package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.contoh.SampleForms;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The administrator's backup of an SQLite history ({@code cadangkan}) and its restoring, as the admin guide tells
 * them: three quarters recapped, a backup taken, then a fresh working folder with no form at all and the backup as
 * its {@code data/rekap.db} recaps the same figures, cell for cell, from the history alone. A backup waits for no one:
 * while another run holds the run lock it writes nothing; it never overwrites a file; on a server it points to
 * pg_dump.
 */
@Timeout(300)
class BackupJobTest {

    private static final String[] QUARTER = {"tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false"};
    private static final String BACKUP = "--spring.batch.job.name=cadangkan";

    @TempDir
    Path root;

    @Test
    void shouldRestoreABackupIntoAFolderWithoutFormsAndRecapTheSameFigures() throws Exception {
        assumeFalse(TestDatabase.postgres(), "cadangkan menyalin riwayat SQLite; di server: pg_dump");
        Path work = recappedFolder("kerja");
        List<List<String>> before = ProcessFolders.indicatorTable(ProcessFolders.document(work,
                "Rekap Kinerja 2026 TW III"));
        Path backups = root.resolve("cadangan di disk lain");

        JobProcess backup = JobProcess.start(work, null, BACKUP, "ke=" + backups);
        assertThat(backup.waitFor(120)).as(backup.console()).isZero();
        List<Path> written = files(backups);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).getFileName().toString()).matches("rekap \\d{4}-\\d{2}-\\d{2} \\d{4}\\.db");
        assertThat(backup.console()).contains("Cadangan riwayat ditulis: " + written.get(0))
                .contains("32 berkas formulir").contains("diperiksa utuh");
        assertThat(status(written.get(0))).as("the backup's own run is finished in the copy, not left running")
                .isEqualTo("COMPLETED");

        Path restored = Files.createDirectories(root.resolve("pulih"));
        FileSystemUtils.copyRecursively(Path.of("config"), restored.resolve("config"));
        Files.createDirectories(restored.resolve("input"));
        Files.createDirectories(restored.resolve("data"));
        Files.copy(written.get(0), restored.resolve("data/rekap.db"));
        JobProcess recap = JobProcess.start(restored, null, QUARTER);
        assertThat(recap.waitFor(120)).as(recap.console()).isZero();
        assertThat(recap.console()).contains("0 berkas ditemukan");
        assertThat(ProcessFolders.indicatorTable(ProcessFolders.document(restored, "Rekap Kinerja 2026 TW III")))
                .as("the same figures from the restored history alone").isEqualTo(before);
    }

    @Test
    void shouldWriteNothingWhileAnotherRunHoldsTheRunLock() throws Exception {
        assumeFalse(TestDatabase.postgres(), "cadangkan menyalin riwayat SQLite; di server: pg_dump");
        Path work = recappedFolder("sibuk");
        Path backups = root.resolve("cadangan");
        try (FileChannel channel = FileChannel.open(work.resolve("data/rekap.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            JobProcess backup = JobProcess.start(work, null, BACKUP, "ke=" + backups);
            assertThat(backup.waitFor(120)).as(backup.console()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(backup.console()).contains("Proses rekap lain sedang berjalan");
        }
        assertThat(files(backups)).isEmpty();

        Path named = Files.createDirectories(backups).resolve("rekap-diskop.db");
        Files.writeString(named, "cadangan lama");
        String fingerprint = DigestUtils.sha256Hex(Files.readAllBytes(named));
        JobProcess again = JobProcess.start(work, null, BACKUP, "ke=" + named);
        assertThat(again.waitFor(120)).as(again.console()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(again.console()).contains("sudah ada; cadangan tidak pernah menimpa berkas");
        assertThat(DigestUtils.sha256Hex(Files.readAllBytes(named))).isEqualTo(fingerprint);
        assertThat(files(backups)).containsExactly(named);
    }

    @Test
    void shouldPointToPgDumpWhenTheHistoryIsOnAServer() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        Path empty = Files.createDirectories(root.resolve("kosong"));
        Path work = ProcessFolders.workingFolder(root.resolve("server"), empty);
        JobProcess backup = JobProcess.start(work, null, BACKUP);
        assertThat(backup.waitFor(120)).as(backup.console()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(backup.console()).contains("pg_dump").contains("Tidak ada yang ditulis");
        assertThat(files(work.resolve("data/cadangan"))).isEmpty();
    }

    private Path recappedFolder(String name) throws Exception {
        Path forms = root.resolve("formulir-" + name);
        new SampleForms(CatalogueLoader.load(Path.of("config/katalog.yml"))).writeSampleYear(forms);
        Path work = ProcessFolders.workingFolder(root.resolve(name), forms);
        JobProcess recap = JobProcess.start(work, null, QUARTER);
        assertThat(recap.waitFor(120)).as(recap.console()).isZero();
        return work;
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String status(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC"
                        + " LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "(tidak ada)";
        }
    }
}
