package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.BadSetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's own schema on a shared PostgreSQL server, made ready before Flyway brings it up to date. The schema is
 * created by the server's administrator with the office's role as its owner (an office role may not create schemas);
 * one that is missing or not the role's to use is refused with what to ask the administrator. An installation that
 * kept its history in the schema its URL named (public, or {@code currentSchema}) before it named its office has that
 * history moved into the office's schema once, in one transaction: every table and sequence the migrations create,
 * Flyway's own history with them, so Flyway carries on from where that history was. Only a history of the office's own
 * role is moved: one owned by another role is another installation's and is left where it is.
 */
public final class OfficeSchemas {

    private static final Pattern CREATED = Pattern.compile(
            "CREATE\\s+(TABLE|SEQUENCE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public OfficeSchemas(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * What was done: how many tables and sequences were moved from which schema (0 when nothing was); {@code foreign}
     * names a schema holding an older history of another role, which was left alone.
     */
    public record Prepared(String movedFrom, int moved, String foreign) {

        static final Prepared NOTHING = new Prepared(null, 0, null);
    }

    /**
     * Checks that {@code schema} can be used (or created) by this role, and moves an earlier single-office history out
     * of {@code legacySchema} into it when it holds none of its own.
     */
    public Prepared prepare(String schema, String legacySchema) {
        boolean exists = exists(schema);
        String role = jdbc.queryForObject("SELECT current_user", String.class);
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        if (!exists && !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT has_database_privilege(current_database(), 'CREATE')", Boolean.class))) {
            throw new BadSetting("Skema \"" + schema + "\" untuk perangkat daerah " + schema + " belum ada di database "
                    + database + ", dan pengguna " + role + " tidak boleh membuatnya. Minta pengelola server"
                    + " menjalankan scripts/pemda/tambah-perangkat-daerah.sql untuk " + schema + " (README, bagian"
                    + " Pemda), lalu jalankan lagi");
        }
        if (exists && !Boolean.TRUE.equals(jdbc.queryForObject("SELECT has_schema_privilege(?, 'USAGE')"
                + " AND has_schema_privilege(?, 'CREATE')", Boolean.class, schema, schema))) {
            throw new BadSetting("Pengguna " + role + " tidak boleh memakai skema \"" + schema + "\" di database "
                    + database + ": skema itu milik peran lain. Periksa rekap.perangkat-daerah dan"
                    + " spring.datasource.username; bila benar, minta pengelola server menjalankan"
                    + " scripts/pemda/tambah-perangkat-daerah.sql untuk " + schema);
        }
        if (legacySchema == null || legacySchema.equals(schema) || hasTable(schema, FLYWAY_HISTORY)
                || !hasTable(legacySchema, FLYWAY_HISTORY) || !hasTable(legacySchema, "submission_file")) {
            return Prepared.NOTHING;
        }
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?",
                Boolean.class, legacySchema, "submission_file"))) {
            // Another role's history (the shared database was once another office's own): not this office's.
            return new Prepared(null, 0, legacySchema);
        }
        return transaction.execute(status -> move(legacySchema, schema, exists, role));
    }

    private Prepared move(String from, String to, boolean exists, String role) {
        // Two installations of the office starting together: the second waits here and then finds the move done.
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('rekap-kinerja-pindah-skema:' || ?))", Object.class,
                to);
        if (hasTable(to, FLYWAY_HISTORY) || !hasTable(from, FLYWAY_HISTORY)) {
            return Prepared.NOTHING;
        }
        String owner = recordedOffice(from);
        if (owner != null && !owner.equals(to)) {
            throw new BadSetting("Skema \"" + from + "\" berisi riwayat perangkat daerah \"" + owner + "\", bukan \""
                    + to + "\"; riwayat itu tidak dipindah. Periksa rekap.perangkat-daerah di config/application.yml");
        }
        if (!exists) {
            jdbc.execute("CREATE SCHEMA " + to);
        }
        int moved = 0;
        try {
            for (String[] relation : relations(from)) {
                jdbc.execute("ALTER " + relation[0] + " " + quote(from) + "." + quote(relation[1]) + " SET SCHEMA "
                        + to);
                moved++;
            }
        } catch (DataAccessException e) {
            throw new BadSetting("Riwayat lama di skema \"" + from + "\" tidak dapat dipindah ke skema \"" + to
                    + "\" (" + e.getMostSpecificCause().getMessage() + "). Tabelnya harus milik pengguna " + role
                    + "; minta pengelola server memeriksanya (README, bagian Pemda). Tidak ada yang dipindah");
        }
        return new Prepared(from, moved, null);
    }

    /** The office a history in {@code schema} is recorded for, when it has the record (migrated to V10 already). */
    private String recordedOffice(String schema) {
        if (!hasTable(schema, "perangkat_daerah")) {
            return null;
        }
        List<String[]> rows = jdbc.query("SELECT kode, ditetapkan FROM " + quote(schema) + ".perangkat_daerah",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        return rows.isEmpty() || rows.get(0)[1].equals("0") ? null : rows.get(0)[0];
    }

    /** The tables and sequences of ours found in {@code schema}: Flyway's history, then what the migrations create. */
    private List<String[]> relations(String schema) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"TABLE", FLYWAY_HISTORY});
        for (String[] created : createdByMigrations()) {
            String kind = created[0].equals("TABLE") ? "r" : "S";
            String found = jdbc.query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relname = ? AND c.relkind = ?", rs -> rs.next() ? rs.getString(1)
                            : null, schema, created[1], kind);
            if (found != null) {
                out.add(new String[] {created[0], found});
            }
        }
        return out;
    }

    /** Every table and sequence the PostgreSQL migrations create, read from the migrations themselves. */
    static List<String[]> createdByMigrations() {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        try {
            Resource[] migrations = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/postgresql/*.sql");
            Arrays.sort(migrations, Comparator.comparing(Resource::getFilename));
            for (Resource r : migrations) {
                Matcher m = CREATED.matcher(r.getContentAsString(StandardCharsets.UTF_8));
                while (m.find()) {
                    String name = m.group(2).toLowerCase(Locale.ROOT);
                    if (seen.add(name)) {
                        out.add(new String[] {m.group(1).toUpperCase(Locale.ROOT), name});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private boolean exists(String schema) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, schema));
    }

    private boolean hasTable(String schema, String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p'))",
                Boolean.class, schema, table));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
