package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.shared.BadSetting;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Flyway as the program sets it up: the migrations of the database's kind, and no setting ignored without a word. */
class FlywaySetupTest {

    private static final String LOCATIONS = "classpath:db/migration/{vendor}";

    @TempDir
    Path dir;

    @Test
    void migratesANewSqliteDatabaseWithTheSqliteMigrations() throws Exception {
        DataSource dataSource = newSqliteDatabase();
        Flyway flyway = sqliteFlyway(dataSource);

        new FlywayMigrationInitializer(flyway, FlywaySetup.strategy(true, Flyway::migrate)).afterPropertiesSet();

        assertThat(flyway.getConfiguration().getLocations()).extracting(Location::getDescriptor)
                .containsExactly("classpath:db/migration/sqlite");
        List<String> tables = tables(dataSource);
        assertThat(tables).contains("flyway_schema_history", "BATCH_JOB_INSTANCE", "rekap_terbit");
        assertThat(flyway.info().pending()).as("every migration applied").isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "5", "10");
    }

    @Test
    void leavesTheDatabaseAloneWhenFlywayIsTurnedOff() throws Exception {
        DataSource dataSource = newSqliteDatabase();

        new FlywayMigrationInitializer(sqliteFlyway(dataSource), FlywaySetup.strategy(false, Flyway::migrate))
                .afterPropertiesSet();

        assertThat(tables(dataSource)).isEmpty();
    }

    @Test
    void takesTheServersMigrationsAndTheSchemasAndCustomizersGiven() {
        String url = "jdbc:postgresql://server-pemda:5432/rekap";
        Flyway flyway = FlywaySetup.flyway(new DriverManagerDataSource(url), url, LOCATIONS, " diskop , arsip",
                getClass().getClassLoader(), Stream.of(configuration -> configuration.table("riwayat_flyway")));

        assertThat(flyway.getConfiguration().getLocations()).extracting(Location::getDescriptor)
                .containsExactly("classpath:db/migration/postgresql");
        assertThat(flyway.getConfiguration().getSchemas()).containsExactly("diskop", "arsip");
        assertThat(flyway.getConfiguration().getTable()).isEqualTo("riwayat_flyway");
    }

    @Test
    void readsTheThreeFlywaySettingsAndLeavesOtherSettingsAlone() {
        StandardEnvironment environment = environment(Map.of("spring.flyway.enabled", "true",
                "spring.flyway.locations", LOCATIONS, "spring.flyway.schemas", "diskop",
                "spring.datasource.url", "jdbc:sqlite:data/rekap.db", "rekap.perangkat-daerah", "diskop"));

        assertThatCode(() -> FlywaySetup.refuseUnread(environment)).doesNotThrowAnyException();
    }

    @Test
    void stopsTheStartOnAFlywaySettingItDoesNotRead() {
        StandardEnvironment environment = environment(Map.of("spring.flyway.baseline-on-migrate", "true"));

        assertThatThrownBy(() -> FlywaySetup.refuseUnread(environment)).isInstanceOf(BadSetting.class)
                .hasMessageContaining("spring.flyway.baseline-on-migrate tidak dipakai Rekap Kinerja")
                .hasMessageContaining("spring.flyway.schemas").hasMessageContaining("Hapus pengaturan itu")
                .satisfies(e -> assertThat(((BadSetting) e).getExitCode()).isEqualTo(ExitCodes.BAD_CONFIGURATION));
    }

    @Test
    void seesAFlywaySettingGivenAsAnEnvironmentVariable() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("lingkungan",
                Map.of("SPRING_FLYWAY_USER", "pemilik", "SPRING_FLYWAY_SCHEMAS", "diskop")));

        assertThatThrownBy(() -> FlywaySetup.refuseUnread(environment)).isInstanceOf(BadSetting.class)
                .hasMessageContaining("SPRING_FLYWAY_USER tidak dipakai");
    }

    @Test
    void asksForACommaSeparatedLineWhereASettingIsWrittenAsAList() {
        StandardEnvironment environment = environment(Map.of("spring.flyway.schemas[0]", "diskop"));

        assertThatThrownBy(() -> FlywaySetup.refuseUnread(environment)).isInstanceOf(BadSetting.class)
                .hasMessageContaining("spring.flyway.schemas[0] ditulis sebagai daftar")
                .hasMessageContaining("dipisah koma");
    }

    private String sqliteUrl() {
        return "jdbc:sqlite:" + dir.resolve("rekap.db");
    }

    private DataSource newSqliteDatabase() {
        return new DriverManagerDataSource(sqliteUrl());
    }

    private Flyway sqliteFlyway(DataSource dataSource) {
        return FlywaySetup.flyway(dataSource, sqliteUrl(), LOCATIONS, "", getClass().getClassLoader(), Stream.empty());
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", settings));
        return environment;
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
