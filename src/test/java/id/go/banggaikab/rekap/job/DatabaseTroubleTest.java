package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.sqlite.SQLiteConfig;

/**
 * The database's failures in plain words, from the drivers' real failures: SQLite read-only, locked by another
 * program, full, its folder missing; a PostgreSQL server out of reach, refusing the password, lacking the database.
 * Each names the file or server, says what to do, and has the exit code the README documents (5 for the database,
 * 6 for the server). A failure that is no machine's (a bug) is not dressed up as one.
 */
class DatabaseTroubleTest {

    @TempDir
    Path dir;

    private Path database() throws SQLException {
        Path file = dir.resolve("rekap.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)");
        }
        return file;
    }

    private MachineFailure explained(Path file, Throwable failure) {
        return new DatabaseTrouble("jdbc:sqlite:" + file, "").explain(failure).orElseThrow(() ->
                new AssertionError("not explained: " + failure));
    }

    @Test
    void aReadOnlyDatabaseIsSaidSoWithItsFile() throws Exception {
        Path file = database();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        Throwable failure;
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            failure = catchThrowable(() -> s.execute("INSERT INTO t VALUES ('a')"));
        }
        MachineFailure m = explained(file, failure);
        assertThat(m.getExitCode()).isEqualTo(ExitCodes.DATABASE_UNUSABLE).isEqualTo(5);
        assertThat(m.getMessage()).startsWith("Database riwayat " + file.toAbsolutePath() + " hanya dapat dibaca")
                .contains("Yang perlu dilakukan: beri izin menulis").endsWith("lalu jalankan rekap lagi.")
                .doesNotContain("SQLITE");
        assertThat(m.getCause()).isSameAs(failure);
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsSaidSo() throws Exception {
        Path file = database();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement holds = other.createStatement();
                Connection ours = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = ours.createStatement()) {
            holds.execute("BEGIN IMMEDIATE");
            holds.execute("INSERT INTO t VALUES ('dari DB Browser')");
            s.execute("PRAGMA busy_timeout = 100");
            Throwable failure = catchThrowable(() -> s.execute("INSERT INTO t VALUES ('rekap')"));
            MachineFailure m = explained(file, failure);
            assertThat(m.getExitCode()).isEqualTo(5);
            assertThat(m.getMessage()).contains("sedang dikunci program lain").contains("tutup program itu");
            holds.execute("ROLLBACK");
        }
    }

    @Test
    void aFullDatabaseIsSaidSo() throws Exception {
        Path file = database();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA max_page_count = 4");
            Throwable failure = catchThrowable(() -> s.execute("INSERT INTO t VALUES (printf('%.100000c', 'x'))"));
            MachineFailure m = explained(file, failure);
            assertThat(m.getExitCode()).isEqualTo(5);
            assertThat(m.getMessage()).contains("tidak dapat ditulisi: ruang disk penuh").contains("kosongkan ruang");
        }
    }

    @Test
    void aDatabaseInAFolderThatIsNotThereIsSaidSo() {
        Path file = dir.resolve("tidak-ada/rekap.db");
        Throwable failure = catchThrowable(() -> DriverManager.getConnection("jdbc:sqlite:" + file).close());
        assertThat(explained(file, failure).getMessage()).startsWith("Database riwayat " + file + " tidak dapat"
                + " dibuka: folder itu tidak ada");
    }

    @Test
    void aServerOutOfReachIsExitSixNamingTheServer() {
        String url = "jdbc:postgresql://127.0.0.1:1/rekap_diskop?ssl=false";
        Throwable failure = catchThrowable(() -> DriverManager.getConnection(url, "rekap", "rahasia").close());
        MachineFailure m = new DatabaseTrouble(url, "rekap").explain(failure).orElseThrow();
        assertThat(m.getExitCode()).isEqualTo(ExitCodes.DATABASE_SERVER).isEqualTo(6);
        assertThat(m.getMessage()).startsWith("Server database 127.0.0.1:1/rekap_diskop tidak dapat dihubungi"
                + " (sambungan ditolak: server mati atau port salah)").doesNotContain("ssl");
    }

    @Test
    void aWrongPasswordOrAMissingDatabaseIsExitSix() {
        DatabaseTrouble trouble = new DatabaseTrouble("jdbc:postgresql://server-pemda:5432/rekap_diskop",
                "rekap_diskop");
        MachineFailure password = trouble.explain(new PSQLException("password authentication failed",
                PSQLState.INVALID_PASSWORD)).orElseThrow();
        assertThat(password.getExitCode()).isEqualTo(6);
        assertThat(password.getMessage()).startsWith("Server database server-pemda:5432/rekap_diskop menolak masuk"
                + " pengguna \"rekap_diskop\": kata sandi atau nama pengguna salah")
                .contains("spring.datasource.password");
        assertThat(trouble.explain(new SQLException("database \"rekap_diskop\" does not exist", "3D000"))
                .orElseThrow().getMessage()).contains("database itu tidak ada");
    }

    @Test
    void aFailureOfTheProgramIsNotTheMachines() throws Exception {
        Path file = database();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            Throwable bug = catchThrowable(() -> s.execute("SELECT * FROM tabel_yang_tidak_ada"));
            assertThat(new DatabaseTrouble("jdbc:sqlite:" + file, "").explain(bug)).isEmpty();
        }
        assertThat(new DatabaseTrouble("jdbc:postgresql://x:5432/y", "u").explain(new PSQLException("syntax",
                PSQLState.SYNTAX_ERROR))).isEmpty();
    }
}
