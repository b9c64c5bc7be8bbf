package id.go.banggaikab.rekap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offices and the Pemda on the test server, set up with the administrator's own scripts (scripts/pemda/*.sql, run as
 * psql would: its :'variables' and \gexec): one login role per office and one for the Pemda, named with
 * {@code -Drekap.uji.peran-awalan} (by default the test user's name and "_", so engineers sharing a server never
 * share roles), with the test database's password. {@code .ci/run} creates the roles; a test user that may create
 * roles (a superuser) creates missing ones itself.
 */
public final class TestOffices {

    public static final String PREFIX = System.getProperty("rekap.uji.peran-awalan", TestDatabase.USER + "_");
    private static final Pattern VARIABLE = Pattern.compile(":(['\"])(\\w+)\\1");

    private TestOffices() {
    }

    /** The login role of office {@code code} (or of the Pemda, "pemda"). */
    public static String role(String code) {
        return PREFIX + code;
    }

    /** The Pemda's role and schema, the schema empty. */
    public static void installPemda() throws SQLException, IOException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS pemda CASCADE");
            run(c, "siapkan-pemda.sql", Map.of("pemda", role("pemda"), "sandi", TestDatabase.PASSWORD));
        }
    }

    /** Office {@code code} as the administrator adds it: its role, its empty schema, the Pemda's right to read it. */
    public static void installOffice(String code) throws SQLException, IOException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + code + " CASCADE");
            run(c, "tambah-perangkat-daerah.sql", Map.of("kode", code, "peran", role(code), "sandi",
                    TestDatabase.PASSWORD, "pemda", role("pemda")));
        }
    }

    /** A connection as an office's (or the Pemda's) own role, in its own schema as the installation works. */
    public static Connection as(String code) throws SQLException {
        Connection c = DriverManager.getConnection(TestDatabase.URL, role(code), TestDatabase.PASSWORD);
        c.setSchema(code);
        return c;
    }

    /** The settings of an installation of office {@code code} on the test server, logged in as its role. */
    public static List<String> installationArgs(String code) {
        return List.of("--rekap.perangkat-daerah=" + code, "--spring.datasource.url=" + TestDatabase.URL,
                "--spring.datasource.username=" + role(code), "--spring.datasource.password=" + TestDatabase.PASSWORD);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
    }

    /** Runs one of scripts/pemda/ as psql runs it; a role the test user may not create is named with the remedy. */
    static void run(Connection c, String script, Map<String, String> variables) throws SQLException, IOException {
        for (String[] statement : statements(Files.readString(Path.of("scripts/pemda", script)), variables)) {
            try (Statement s = c.createStatement()) {
                if (statement[1] == null) {
                    s.execute(statement[0]);
                    continue;
                }
                List<String> generated = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(statement[0])) {
                    while (rs.next()) {
                        generated.add(rs.getString(1));
                    }
                }
                for (String sql : generated) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                if (statement[0].contains("CREATE ROLE")) {
                    throw new SQLException("Peran uji " + variables + " belum ada dan " + TestDatabase.USER
                            + " tidak boleh membuatnya: jalankan .ci/run, atau buat perannya sebagai superuser dengan"
                            + " scripts/pemda/" + script, e);
                }
                throw e;
            }
        }
    }

    /** The script's statements, variables put in: {sql, null} run as they are, {sql, "gexec"} run what they return. */
    private static List<String[]> statements(String script, Map<String, String> variables) {
        List<String[]> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("\\set")) {
                continue;
            }
            if (trimmed.endsWith("\\gexec")) {
                current.append(trimmed, 0, trimmed.length() - "\\gexec".length());
                out.add(new String[] {substitute(current.toString(), variables), "gexec"});
                current.setLength(0);
            } else if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(new String[] {substitute(current.toString(), variables), null});
                current.setLength(0);
            } else {
                current.append(trimmed).append(' ');
            }
        }
        return out;
    }

    private static String substitute(String sql, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(2));
            if (value == null) {
                throw new IllegalArgumentException("variabel " + m.group(2) + " tidak diberikan");
            }
            String quoted = m.group(1).equals("'") ? "'" + value.replace("'", "''") + "'"
                    : "\"" + value.replace("\"", "\"\"") + "\"";
            m.appendReplacement(out, Matcher.quoteReplacement(quoted));
        }
        m.appendTail(out);
        return out.toString();
    }
}
