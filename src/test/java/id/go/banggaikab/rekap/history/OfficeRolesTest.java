package id.go.banggaikab.rekap.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.TestOffices;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * On the shared server each office's role reads and changes only its own schema and the Pemda's role reads every
 * office's and changes none: proven by connecting as those roles, with the schemas and grants made by the
 * administrator's scripts and the tables made by each office's own migration, as in real use. Isolation rests on
 * schema privileges, not on row policies, so there is no FORCE ROW LEVEL SECURITY to forget and no table owner who
 * could read past a policy: another office's role has no USAGE on the schema at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeRolesTest {

    private static final String DENIED = "42501";

    @BeforeAll
    void offices() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        TestOffices.installPemda();
        for (String code : List.of("diskop", "dinkes")) {
            TestOffices.installOffice(code);
            DriverManagerDataSource own = new DriverManagerDataSource(TestDatabase.URL, TestOffices.role(code),
                    TestDatabase.PASSWORD);
            own.setSchema(code);
            Flyway.configure().dataSource(own).schemas(code).defaultSchema(code)
                    .locations("classpath:db/migration/postgresql").load().migrate();
            new SubmissionStore(new JdbcTemplate(own), Clock.systemUTC()).save(new Submission(new SourceFile(
                    code + "/formulir.xlsx", 100, Instant.parse("2026-07-01T00:00:00Z"), "sha-" + code), "SEKSI-KWU",
                    new Periode(2026, 2), List.of(new ReadRow("KASI-KWU-01", "Realisasi", "D5", 7.0, null, null, null,
                            false, ReadRow.Notes.NONE, null, false)), List.of()));
        }
    }

    @Test
    void shouldNotLetAnOfficesRoleReadOrChangeAnotherOfficesRows() throws SQLException {
        try (Connection diskop = TestOffices.as("diskop"); Statement s = diskop.createStatement()) {
            assertThat(count(s, "diskop.submission_file")).as("its own rows").isEqualTo(1);
            assertDenied(s, "SELECT COUNT(*) FROM dinkes.submission_file");
            assertDenied(s, "SELECT indicator_code, nilai FROM dinkes.realisasi");
            assertDenied(s, "UPDATE dinkes.realisasi SET nilai = 0");
            assertDenied(s, "DELETE FROM dinkes.kunci");
            assertDenied(s, "CREATE TABLE dinkes.sisipan (x int)");
            assertDenied(s, "GRANT USAGE ON SCHEMA dinkes TO " + TestOffices.role("diskop"));
            assertDenied(s, "CREATE TABLE public.sisipan (x int)");
            s.execute("SET search_path TO dinkes");
            assertThatThrownBy(() -> count(s, "submission_file")).as("a schema it may not use is not searched")
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void shouldLetThePemdaRoleReadEveryOfficeAndChangeNothing() throws SQLException {
        try (Connection pemda = TestOffices.as("pemda"); Statement s = pemda.createStatement()) {
            assertThat(count(s, "diskop.submission_file")).isEqualTo(1);
            assertThat(count(s, "dinkes.realisasi")).isEqualTo(1);
            assertThat(count(s, "dinkes.perangkat_daerah")).as("tables made by the office's own migrations")
                    .isZero();
            assertDenied(s, "INSERT INTO diskop.kunci (tahun, triwulan, aksi, waktu_ms, pengguna) VALUES"
                    + " (2026, 2, 'KUNCI', 0, 'pemda')");
            assertDenied(s, "UPDATE dinkes.realisasi SET nilai = 0");
            assertDenied(s, "DELETE FROM diskop.rekap_terbit");
            assertDenied(s, "TRUNCATE diskop.submission_file");
            assertDenied(s, "CREATE TABLE diskop.sisipan (x int)");
        }
    }

    @Test
    void shouldLetThePemdaReadATableAnOfficesLaterMigrationAdds() throws SQLException {
        try (Connection diskop = TestOffices.as("diskop"); Statement s = diskop.createStatement()) {
            s.execute("CREATE TABLE diskop.tambahan_kemudian (x int)");
            s.execute("INSERT INTO diskop.tambahan_kemudian VALUES (1)");
        }
        try (Connection pemda = TestOffices.as("pemda"); Statement s = pemda.createStatement()) {
            assertThat(count(s, "diskop.tambahan_kemudian")).isEqualTo(1);
        }
        try (Connection dinkes = TestOffices.as("dinkes"); Statement s = dinkes.createStatement()) {
            assertDenied(s, "SELECT COUNT(*) FROM diskop.tambahan_kemudian");
        }
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void assertDenied(Statement s, String sql) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(DENIED));
    }
}
