package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's failures in the machine's own place and in plain Indonesian (README, exit codes): a full output disk
 * and a read-only output folder end with 4, a read-only, full or locked database with 5, a database server out of
 * reach or refusing the password with 6. Each names the path or server and the cause and says what to do; the
 * console has no technical detail (the log file has it), and a step that failed never says "selesai". The real
 * application runs as its own process; the disks are small tmpfs mounts, the tests run as root where permissions do
 * not bite (skipped, with the reason, where mounting is not allowed).
 */
@Timeout(300)
class MachineFailuresJobTest {

    private static final String[] ARGS = {"tahun=2026", "triwulan=1", "--rekap.contoh.aktif=false"};
    private static final int SECONDS = 90;

    @TempDir
    static Path root;
    static Path forms;

    @BeforeAll
    static void forms() throws Exception {
        forms = root.resolve("forms");
        BenchmarkForms.main(new String[] {"11", forms.toString(), "config/katalog.yml"});
    }

    private static JobProcess run(Path work, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(ARGS));
        args.addAll(List.of(extra));
        boolean ownDatabase = args.stream().anyMatch(a -> a.startsWith("--spring.datasource.url="));
        return JobProcess.start(work, ownDatabase ? List.of() : ProcessFolders.databaseArgs(work), null,
                args.toArray(String[]::new));
    }

    @Test
    void aFullOutputDiskEndsWithExitFourNamingTheFolderAndTheFailedStepNeverSaysSelesai() throws Exception {
        assumeTrue(Tmpfs.mountable(), "tmpfs tidak dapat dipasang di mesin ini");
        Path work = ProcessFolders.workingFolder(root.resolve("disk-penuh"), forms);
        try (Tmpfs disk = Tmpfs.mount(48)) {
            JobProcess p = run(work, "--rekap.output-dir=" + disk.path());

            assertPlainFailure(p, work, 4, "ruang disk penuh", disk.path().toString(), "kosongkan ruang");
            assertThat(p.console()).contains("Langkah menulis tanda terima gagal");
            try (Stream<Path> files = Files.walk(disk.path())) {
                assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aReadOnlyOutputFolderEndsWithExitFourBeforeAnythingIsRead() throws Exception {
        assumeTrue(Tmpfs.mountable(), "tmpfs tidak dapat dipasang di mesin ini");
        Path work = ProcessFolders.workingFolder(root.resolve("keluaran-baca-saja"), forms);
        try (Tmpfs disk = Tmpfs.mount(256)) {
            disk.readOnly();
            JobProcess p = run(work, "--rekap.output-dir=" + disk.path());

            assertPlainFailure(p, work, 4, "Folder output " + disk.path() + " tidak dapat ditulisi: disk atau folder"
                    + " itu hanya dapat dibaca");
            assertThat(p.console()).doesNotContain("Dibaca:");
        }
    }

    @Test
    void aReadOnlyDatabaseEndsWithExitFiveNamingTheFile() throws Exception {
        assumeTrue(Tmpfs.mountable(), "tmpfs tidak dapat dipasang di mesin ini");
        Path work = ProcessFolders.workingFolder(root.resolve("database-baca-saja"), forms);
        try (Tmpfs disk = Tmpfs.mount(16 * 1024)) {
            String url = "--spring.datasource.url=jdbc:sqlite:" + history(disk.path().resolve("rekap.db"));
            disk.readOnly();

            assertPlainFailure(run(work, url), work, 5, "Database riwayat " + disk.path().resolve("rekap.db")
                    + " hanya dapat dibaca", "Yang perlu dilakukan");
        }
    }

    @Test
    void aDatabaseOnAFullDiskEndsWithExitFive() throws Exception {
        assumeTrue(Tmpfs.mountable(), "tmpfs tidak dapat dipasang di mesin ini");
        Path work = ProcessFolders.workingFolder(root.resolve("database-penuh"), forms);
        try (Tmpfs disk = Tmpfs.mount(16 * 1024)) {
            String url = "--spring.datasource.url=jdbc:sqlite:" + history(disk.path().resolve("rekap.db"));
            disk.fill(40 * 1024);

            assertPlainFailure(run(work, url), work, 5, "Database riwayat " + disk.path().resolve("rekap.db"),
                    "ruang disk penuh");
        }
    }

    @Test
    void aDatabaseLockedByAnotherProgramEndsWithExitFive() throws Exception {
        Path work = ProcessFolders.workingFolder(root.resolve("database-dikunci"), forms);
        Path db = history(work.resolve("data/rekap.db"));
        String url = "--spring.datasource.url=jdbc:sqlite:" + db;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // as DB Browser for SQLite holds it while changes are unsaved
            s.execute("INSERT INTO kunci (tahun, triwulan, aksi, waktu_ms, pengguna) VALUES (2000, 1, 'X', 0, 'lain')");

            assertPlainFailure(run(work, url), work, 5, "Database riwayat " + db + " sedang dikunci program lain",
                    "tutup program itu");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aDatabaseServerOutOfReachEndsWithExitSixNamingTheServer() throws Exception {
        Path work = ProcessFolders.workingFolder(root.resolve("server-mati"), forms);
        JobProcess p = run(work, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/rekap_diskop",
                "--spring.datasource.username=rekap_diskop", "--spring.datasource.password=rahasia");

        assertPlainFailure(p, work, 6, "Server database 127.0.0.1:1/rekap_diskop tidak dapat dihubungi",
                "pastikan server PostgreSQL itu menyala");
        assertThat(p.console()).doesNotContain("rahasia");
    }

    @Test
    void aWrongPasswordEndsWithExitSix() throws Exception {
        String url = TestDatabase.postgres() ? TestDatabase.URL : "jdbc:postgresql://localhost:5432/postgres";
        assumeTrue(answers(url), "tidak ada server PostgreSQL di " + url + "; " + TestDatabase.HOW);
        String user = TestDatabase.postgres() ? TestDatabase.USER : "rekap_uji_salah";
        Path work = ProcessFolders.workingFolder(root.resolve("kata-sandi-salah"), forms);
        JobProcess p = run(work, "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=bukan-kata-sandinya");

        assertPlainFailure(p, work, 6, "menolak masuk pengguna \"" + user + "\": kata sandi atau nama pengguna salah",
                "spring.datasource.password");
        assertThat(p.console()).doesNotContain("bukan-kata-sandinya");
    }

    /** An installation's history as the application's first start leaves it (all tables, no form yet). */
    private static Path history(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        var ds = new org.springframework.jdbc.datasource.SingleConnectionDataSource("jdbc:sqlite:" + file, true);
        try {
            org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite").load()
                    .migrate();
        } finally {
            ds.destroy();
        }
        return file;
    }

    /**
     * The run ended with {@code code}, its console says {@code phrases}, holds no technical detail (that is in the log
     * file), and no step that failed said "selesai".
     */
    private static void assertPlainFailure(JobProcess p, Path work, int code, String... phrases) throws Exception {
        assertThat(p.waitFor(SECONDS)).as(p.console()).isEqualTo(code);
        String console = p.console();
        for (String phrase : phrases) {
            assertThat(console).contains(phrase);
        }
        assertThat(p.lines()).as("no technical detail on the console").noneMatch(l -> l.contains("Exception")
                || l.contains("SQLITE_") || l.contains("marshaller") || l.contains("\tat "));
        Matcher failed = Pattern.compile("Langkah (.+) gagal").matcher(console);
        while (failed.find()) {
            assertThat(console).doesNotContain("Langkah " + failed.group(1) + " selesai");
        }
        Path log = work.resolve("logs/rekap-kinerja.log");
        assertThat(log).as("the technical detail is in the log file").exists();
        assertThat(Files.readString(log)).containsAnyOf("Exception", "Caused by");
    }

    private static boolean answers(String url) {
        Matcher m = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(url);
        if (!m.find()) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2))),
                    2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
