package id.go.banggaikab.rekap;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Which database the tests that store history run on. SQLite (a file per test) unless a PostgreSQL server is given
 * with {@code -Drekap.uji.database-url=jdbc:postgresql://localhost:5432/rekap_uji -Drekap.uji.database-user=…
 * -Drekap.uji.database-password=…}, as {@code .ci/run} does for its second pass: then the job tests and the history
 * tests run on that server, each history test in a fresh schema of its own.
 */
public final class TestDatabase {

    public static final String URL = System.getProperty("rekap.uji.database-url", "");
    public static final String USER = System.getProperty("rekap.uji.database-user", "");
    public static final String PASSWORD = System.getProperty("rekap.uji.database-password", "");

    /** How to run the PostgreSQL tests, for the message of a test skipped without a server. */
    public static final String HOW = "Tes PostgreSQL dilewati: jalankan dengan -Drekap.uji.database-url="
            + "jdbc:postgresql://localhost:5432/rekap_uji -Drekap.uji.database-user=rekap_uji"
            + " -Drekap.uji.database-password=rekap_uji (lihat README, bagian untuk pengembang)";

    private TestDatabase() {
    }

    public static boolean postgres() {
        return URL.startsWith("jdbc:postgresql:");
    }

    /** A migrated, empty history: an SQLite file at {@code sqliteFile}, or a new schema on the server. */
    public static DataSource fresh(java.nio.file.Path sqliteFile) {
        DataSource ds = empty(sqliteFile);
        flyway(ds, null).migrate();
        return ds;
    }

    /**
     * A history as an earlier release left it: migrated up to the version each vendor had then ({@code sqlite} or
     * {@code postgresql}, as given), to be filled by the test and then brought up to date with {@link #migrate}.
     */
    public static DataSource atVersion(java.nio.file.Path sqliteFile, String sqlite, String postgresql) {
        DataSource ds = empty(sqliteFile);
        flyway(ds, postgres() ? postgresql : sqlite).migrate();
        return ds;
    }

    /** Brings a history made by {@link #atVersion} up to the current schema. */
    public static void migrate(DataSource ds) {
        flyway(ds, null).migrate();
    }

    private static DataSource empty(java.nio.file.Path sqliteFile) {
        if (!postgres()) {
            return new SingleConnectionDataSource("jdbc:sqlite:" + sqliteFile, true);
        }
        String schema = "uji_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER,
                PASSWORD);
    }

    private static Flyway flyway(DataSource ds, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration/"
                + (postgres() ? "postgresql" : "sqlite"));
        if (postgres()) {
            config.schemas(schemaOf((DriverManagerDataSource) ds));
        }
        if (target != null) {
            config.target(org.flywaydb.core.api.MigrationVersion.fromVersion(target));
        }
        return config.load();
    }

    private static String schemaOf(DriverManagerDataSource ds) {
        String url = ds.getUrl();
        return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    }
}
