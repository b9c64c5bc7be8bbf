package id.go.banggaikab.rekap.job;

import com.zaxxer.hikari.HikariDataSource;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * SQLite's own settings on every connection, whatever {@code spring.datasource.url} the staff write
 * ({@code jdbc:sqlite:D:/Kinerja/rekap.db} as the example in config/application.yml invites): the WAL journal,
 * a busy timeout, foreign keys and {@code synchronous=NORMAL}, given to the driver as connection properties rather
 * than in the URL, and one connection, because SQLite has one writer. The driver loads its native library from a
 * copy kept once ({@link SqliteNativeLibrary}). On a database server shared by several offices, every connection
 * works in the office's own schema ({@code rekap.perangkat-daerah}), so the history's SQL names no schema. Either
 * way a failure to connect names the file or server and the cause in plain words.
 */
class DatabaseSettings implements BeanPostProcessor {

    private final Environment environment;

    DatabaseSettings(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && !isSqlite(hikari.getJdbcUrl()) && hikari.getJdbcUrl() != null) {
            PerangkatDaerah office = PerangkatDaerah.of(environment.getProperty("rekap.perangkat-daerah"));
            if (OfficeMigration.ownSchema(hikari.getJdbcUrl(), office)) {
                hikari.setSchema(office.kode());
            }
        }
        if (bean instanceof HikariDataSource hikari && isSqlite(hikari.getJdbcUrl())) {
            SqliteNativeLibrary.useKeptCopy();
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("busy_timeout", "10000");
            hikari.addDataSourceProperty("foreign_keys", "true");
            hikari.addDataSourceProperty("synchronous", "NORMAL");
            hikari.setMaximumPoolSize(1);
            hikari.setMinimumIdle(1);
        }
        return bean;
    }

    /**
     * The pool as the application uses it: a failure to connect is said in plain words, naming the file or server
     * ({@link ExplainedDataSource}).
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            return new ExplainedDataSource(hikari, new DatabaseTrouble(hikari.getJdbcUrl(), hikari.getUsername()));
        }
        return bean;
    }

    static boolean isSqlite(String url) {
        return url != null && url.startsWith("jdbc:sqlite:");
    }
}
