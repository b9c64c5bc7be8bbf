package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.OfficeIdentity;
import id.go.banggaikab.rekap.history.OfficeSchemas;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings an office's history up to date: on a shared server its own schema first (named by
 * {@code rekap.perangkat-daerah}; a single-office history kept where the URL pointed is moved into it), then Flyway,
 * then the check that the history is this office's ({@link OfficeIdentity}), which records it at the first start.
 */
final class OfficeMigration implements Consumer<Flyway> {

    private static final Logger log = LoggerFactory.getLogger(OfficeMigration.class);

    private final PerangkatDaerah office;
    private final String url;
    private final String legacySchema;
    private final Clock clock;

    /** {@code legacySchema}: where the history was before the office was named (null on SQLite). */
    OfficeMigration(PerangkatDaerah office, String url, String legacySchema, Clock clock) {
        this.office = office;
        this.url = url;
        this.legacySchema = legacySchema;
        this.clock = clock;
    }

    @Override
    public void accept(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (ownSchema(url, office)) {
            OfficeSchemas.Prepared prepared = new OfficeSchemas(jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)))
                    .prepare(office.kode(), legacySchema);
            if (prepared.foreign() != null) {
                log.info("Skema {} berisi riwayat Rekap Kinerja milik pengguna database lain; tidak disentuh.",
                        prepared.foreign());
            }
            if (prepared.moved() > 0) {
                log.warn("Riwayat lama di skema {} dipindah ke skema perangkat daerah {} ({} tabel dan urutan"
                        + " nomor, bersama riwayat migrasinya).", prepared.movedFrom(), office.kode(),
                        prepared.moved());
            }
        }
        flyway.migrate();
        String where = ownSchema(url, office) ? "Skema \"" + office.kode() + "\" di " + url : "Database " + url;
        PerangkatDaerah before = new OfficeIdentity(jdbc, clock).claim(office, where);
        if (before == null) {
            log.info("Riwayat ini dicatat sebagai milik perangkat daerah \"{}\"{}.", office.kode(),
                    office.set() ? "" : " (kode bawaan; ubah dengan rekap.perangkat-daerah)");
        } else if (!before.kode().equals(office.kode())) {
            log.warn("Riwayat yang tercatat dengan kode bawaan \"{}\" kini milik perangkat daerah \"{}\".",
                    before.kode(), office.kode());
        }
    }

    /** Whether the history lives in the office's own schema: on a server, once the office is named. */
    static boolean ownSchema(String url, PerangkatDaerah office) {
        return office.set() && !DatabaseSettings.isSqlite(url);
    }

    /**
     * Where a server history was kept before the office was named: the first of {@code spring.flyway.schemas} when
     * set, else the URL's {@code currentSchema}, else {@code public}.
     */
    static String legacySchema(String url, String flywaySchemas) {
        if (flywaySchemas != null && !flywaySchemas.isBlank()) {
            return flywaySchemas.split(",")[0].strip();
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.startsWith("currentSchema=")) {
                    String value = URLDecoder.decode(pair.substring("currentSchema=".length()), StandardCharsets.UTF_8);
                    return value.split(",")[0].strip();
                }
            }
        }
        return "public";
    }
}
