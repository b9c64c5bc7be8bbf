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
        if (!postgres()) {
            DataSource ds = new SingleConnectionDataSource("jdbc:sqlite:" + sqliteFile, true);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite").load().migrate();
            return ds;
        }
        String schema = "uji_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource ds = new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?")
                + "currentSchema=" + schema, USER, PASSWORD);
        Flyway.configure().dataSource(ds).schemas(schema).locations("classpath:db/migration/postgresql").load()
                .migrate();
        return ds;
    }
}
