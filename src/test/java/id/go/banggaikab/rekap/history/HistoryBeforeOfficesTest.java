package id.go.banggaikab.rekap.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.TestOffices;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A single installation's history from before offices were named keeps working: on SQLite it is brought up to date
 * where it is and recorded under the installation's office; on a server, where it sat in the schema the URL named, it
 * is moved whole into the office's own schema (forms, locks, job repository and Flyway's own history), the same
 * figures in force and numbering carrying on; and it is never taken by another office.
 */
class HistoryBeforeOfficesTest {

    private static final Periode TW2 = new Periode(2026, 2);
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void shouldBringAnSqliteHistoryUpToDateAndRecordItUnderTheInstallationsOffice() {
        assumeTrue(!TestDatabase.postgres(), "SQLite: dijalankan pada putaran SQLite");
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("lama.db"), true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite")
                .target(MigrationVersion.fromVersion("4")).load().migrate();
        fillHistory(jdbc);
        List<StoredRow> before = new SubmissionHistory(jdbc, CLOCK).activeRows(2026, 2026);

        Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite").load().migrate();
        assertThat(new OfficeIdentity(jdbc, CLOCK).claim(PerangkatDaerah.of(null), "Database uji")).isNull();

        assertThat(new OfficeIdentity(jdbc, CLOCK).recorded()).isEqualTo(new PerangkatDaerah("diskop", false));
        assertThat(new SubmissionHistory(jdbc, CLOCK).activeRows(2026, 2026)).isEqualTo(before);
        assertThat(new QuarterLocks(jdbc).active(TW2)).isPresent();
    }

    @Test
    void shouldMoveAServerHistoryFromTheUrlsSchemaIntoTheOfficesOwnWithEverythingInForce() {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        String legacy = schema("lama");
        String office = schema("pd");
        JdbcTemplate old = new JdbcTemplate(in(legacy));
        Flyway.configure().dataSource(old.getDataSource()).schemas(legacy)
                .locations("classpath:db/migration/postgresql")
                .target(MigrationVersion.fromVersion("3")).load().migrate();
        fillHistory(old);
        List<StoredRow> before = new SubmissionHistory(old, CLOCK).activeRows(2026, 2026);

        DataSource ds = in(office);
        OfficeSchemas.Prepared prepared = new OfficeSchemas(new JdbcTemplate(ds), transactions(ds)).prepare(office,
                legacy);
        Flyway.configure().dataSource(ds).schemas(office).defaultSchema(office)
                .locations("classpath:db/migration/postgresql").load().migrate();
        JdbcTemplate moved = new JdbcTemplate(ds);
        assertThat(new OfficeIdentity(moved, CLOCK).claim(new PerangkatDaerah(office, true), "Skema uji")).isNull();

        assertThat(prepared.movedFrom()).isEqualTo(legacy);
        assertThat(prepared.moved()).as("Flyway's history, 13 tables and 3 sequences of V1–V3").isEqualTo(17);
        assertThat(tablesIn(moved, legacy)).as("nothing of ours left behind").isEmpty();
        assertThat(moved.queryForList("SELECT version FROM " + office + ".flyway_schema_history WHERE success"
                + " AND type = 'SQL' ORDER BY installed_rank", String.class)).startsWith("1", "2", "3").endsWith("10");
        assertThat(new SubmissionHistory(moved, CLOCK).activeRows(2026, 2026)).isEqualTo(before);
        assertThat(new QuarterLocks(moved).active(TW2)).isPresent();
        new SubmissionStore(moved, CLOCK).save(form("baru.xlsx", "sha-baru", 9.0));
        assertThat(moved.queryForObject("SELECT MAX(id) FROM submission_file", Long.class)).as("numbering goes on")
                .isEqualTo(3L);
    }

    @Test
    void shouldNotMoveAHistoryRecordedForAnotherOffice() {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        String legacy = schema("lama");
        String office = schema("pd");
        JdbcTemplate old = new JdbcTemplate(in(legacy));
        Flyway.configure().dataSource(old.getDataSource()).schemas(legacy)
                .locations("classpath:db/migration/postgresql")
                .load().migrate();
        new OfficeIdentity(old, CLOCK).claim(PerangkatDaerah.of("dinkes"), "Skema uji");
        fillHistory(old);

        DataSource ds = in(office);
        assertThatThrownBy(() -> new OfficeSchemas(new JdbcTemplate(ds), transactions(ds)).prepare(office, legacy))
                .isInstanceOf(BadSetting.class).hasMessageContaining("berisi riwayat perangkat daerah \"dinkes\"");
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM " + legacy + ".submission_file",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void shouldTellAnOfficeRoleToAskTheAdministratorForItsSchema() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        TestOffices.installPemda();
        TestOffices.installOffice("dinkes");
        DataSource asDinkes = new DriverManagerDataSource(TestDatabase.URL, TestOffices.role("dinkes"),
                TestDatabase.PASSWORD);
        String missing = schema("belum");
        assertThatThrownBy(() -> new OfficeSchemas(new JdbcTemplate(asDinkes), transactions(asDinkes))
                .prepare(missing, "public")).isInstanceOf(BadSetting.class)
                .hasMessageContaining("Skema \"" + missing + "\"").hasMessageContaining("belum ada")
                .hasMessageContaining("scripts/pemda/tambah-perangkat-daerah.sql");
        assertThatThrownBy(() -> new OfficeSchemas(new JdbcTemplate(asDinkes), transactions(asDinkes))
                .prepare("pemda", "public")).isInstanceOf(BadSetting.class)
                .hasMessageContaining("tidak boleh memakai skema \"pemda\"");
        assertThat(new OfficeSchemas(new JdbcTemplate(asDinkes), transactions(asDinkes)).prepare("dinkes", "public")
                .moved()).as("its own schema").isZero();
    }

    @Test
    void shouldLeaveAnOlderHistoryOfAnotherRoleWhereItIs() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        TestOffices.installPemda();
        TestOffices.installOffice("dinkes");
        String legacy = schema("lain");
        JdbcTemplate old = new JdbcTemplate(in(legacy));
        Flyway.configure().dataSource(old.getDataSource()).schemas(legacy)
                .locations("classpath:db/migration/postgresql").load().migrate();
        fillHistory(old);
        DataSource asDinkes = new DriverManagerDataSource(TestDatabase.URL, TestOffices.role("dinkes"),
                TestDatabase.PASSWORD);

        OfficeSchemas.Prepared prepared = new OfficeSchemas(new JdbcTemplate(asDinkes), transactions(asDinkes))
                .prepare("dinkes", legacy);

        assertThat(prepared.moved()).isZero();
        assertThat(prepared.foreign()).isEqualTo(legacy);
        assertThat(old.queryForObject("SELECT COUNT(*) FROM " + legacy + ".submission_file", Integer.class))
                .isEqualTo(2);
    }

    /** Two forms of one unit and quarter, the later one in force, and the quarter locked. */
    private static void fillHistory(JdbcTemplate jdbc) {
        SubmissionStore store = new SubmissionStore(jdbc, CLOCK);
        store.save(form("lama.xlsx", "sha-lama", 5.0));
        store.save(form("baru-lagi.xlsx", "sha-baru-lagi", 7.0));
        QuarterLocks locks = new QuarterLocks(jdbc);
        locks.lock(TW2, "budi", Instant.parse("2026-07-10T00:00:00Z"), "Rekap Kinerja 2026 TW II.xlsx", "abc",
                Map.of("katalog.yml", "dinas: {}".getBytes()), new SubmissionHistory(jdbc, CLOCK)
                        .activeRows(2026, 2026));
    }

    private static Submission form(String path, String sha, double value) {
        return new Submission(new SourceFile(path, 100, Instant.parse("2026-07-0" + (path.length() % 8 + 1)
                + "T00:00:00Z"), sha), "SEKSI-KWU", TW2, List.of(new ReadRow("KASI-KWU-01", "Realisasi", "D5", value,
                        null, null, null, false, ReadRow.Notes.NONE, null, false)), List.of());
    }

    private static String schema(String what) {
        return "uji_" + what + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static DataSource in(String schema) {
        DriverManagerDataSource ds = new DriverManagerDataSource(TestDatabase.URL, TestDatabase.USER,
                TestDatabase.PASSWORD);
        ds.setSchema(schema);
        return ds;
    }

    private static TransactionTemplate transactions(DataSource ds) {
        return new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    private static List<String> tablesIn(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'S')", String.class, schema);
    }
}
