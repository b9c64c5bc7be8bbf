package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.BadSetting;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Flyway as the program sets it up, in place of Spring Boot's Flyway auto-configuration (left out on
 * {@code RekapApplication}). Boot's binds its 90-odd {@code spring.flyway.*} settings, opens a connection to tell the
 * database's kind for {@code {vendor}} and, in the prepared context the jar starts from, adds a resource provider made
 * for native images: 50-70 ms of one quarter's main thread for the three settings an installation uses. Those three
 * are read here: {@code spring.flyway.enabled}, {@code .locations} (with {@code {vendor}} told from the URL) and
 * {@code .schemas} (comma-separated); the office's schema on a shared server comes from a
 * {@link FlywayConfigurationCustomizer}. Any other {@code spring.flyway.*} setting stops the start with the
 * configuration error code, naming it, rather than being ignored without a word.
 */
final class FlywaySetup {

    private static final String PREFIX = "spring.flyway.";
    private static final Set<String> READ = Set.of("enabled", "locations", "schemas");

    private FlywaySetup() {
    }

    /** Flyway on the program's data source, with the migrations of the database's kind. */
    static Flyway flyway(DataSource dataSource, String url, String locations, String schemas, ClassLoader classLoader,
            Stream<FlywayConfigurationCustomizer> customizers) {
        String vendor = DatabaseDriver.fromJdbcUrl(url).getId();
        FluentConfiguration configuration = Flyway.configure(classLoader).dataSource(dataSource)
                .locations(list(locations.replace("{vendor}", vendor)));
        if (!schemas.isBlank()) {
            configuration.schemas(list(schemas));
        }
        customizers.forEach(customizer -> customizer.customize(configuration));
        return configuration.load();
    }

    /** Migrates as {@code migrate} does, or not at all when {@code spring.flyway.enabled} is false. */
    static FlywayMigrationStrategy strategy(boolean enabled, FlywayMigrationStrategy migrate) {
        return enabled ? migrate : flyway -> { };
    }

    /**
     * Refuses a {@code spring.flyway.*} setting the program does not read, from any source Spring reads settings from
     * (application.yml, the command line, an environment variable such as {@code SPRING_FLYWAY_USER}).
     */
    static void refuseUnread(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> names) {
                for (String name : names.getPropertyNames()) {
                    String key = flywayKey(name);
                    if (key == null || READ.contains(key)) {
                        continue;
                    }
                    if (READ.contains(key.split("[\\[.]")[0])) {
                        throw new BadSetting("Pengaturan " + name + " ditulis sebagai daftar; tulis nilainya dalam satu"
                                + " baris, dipisah koma (mis. schemas: diskop,arsip), lalu jalankan rekap lagi.");
                    }
                    throw new BadSetting("Pengaturan " + name + " tidak dipakai Rekap Kinerja: dari pengaturan"
                            + " Flyway hanya spring.flyway.enabled, spring.flyway.locations dan"
                            + " spring.flyway.schemas (dipisah koma) yang dibaca. Hapus pengaturan itu, lalu"
                            + " jalankan rekap lagi.");
                }
            }
        }
    }

    /**
     * The part of a setting's name after {@code spring.flyway.}, lower case without dashes ({@code baselineonmigrate}
     * for {@code spring.flyway.baseline-on-migrate} and {@code SPRING_FLYWAY_BASELINEONMIGRATE}), or null for a
     * setting of something else.
     */
    static String flywayKey(String name) {
        String relaxed = name.toLowerCase(Locale.ROOT).replace('_', '.');
        if (!relaxed.startsWith(PREFIX)) {
            return null;
        }
        return relaxed.substring(PREFIX.length()).replace("-", "");
    }

    /** The values of a comma-separated setting, each trimmed, empty ones left out. */
    private static String[] list(String commaSeparated) {
        return StringUtils.tokenizeToStringArray(commaSeparated, ",");
    }
}
