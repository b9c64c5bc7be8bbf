package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.history.QuarterLock.Action;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Pemda's reading of the offices' histories on the shared server, each in its own schema, through a role that
 * may only read them: what each office last recapped for a quarter of the year ({@link PublishedRecap}) and whether
 * the quarter is locked now. Whether a schema can be read is asked first, so an office not installed yet or not yet
 * opened to the Pemda's role is named rather than failing the Pemda's whole recap.
 */
public final class OfficeRecaps {

    /** Whether an office's schema can be read. */
    public enum Access {
        /** The office's recaps can be read. */
        READABLE,
        /** No schema of that name: the office is not installed on this server yet. */
        NO_SCHEMA,
        /** The schema exists but holds no recap yet (the office has not run since it was installed or upgraded). */
        NO_RECAP,
        /** The Pemda's role has not been given the right to read the schema. */
        NOT_ALLOWED
    }

    private final JdbcTemplate jdbc;

    public OfficeRecaps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The role the Pemda's recap reads with, for its messages. */
    public String role() {
        return jdbc.queryForObject("SELECT current_user", String.class);
    }

    public Access access(String office) {
        check(office);
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)",
                Boolean.class, office))) {
            return Access.NO_SCHEMA;
        }
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT has_schema_privilege(?, 'USAGE')", Boolean.class,
                office))) {
            return Access.NOT_ALLOWED;
        }
        List<String> tables = List.of("rekap_terbit", "rekap_terbit_indikator", "rekap_terbit_nilai", "kunci");
        for (String table : tables) {
            String name = office + "." + table;
            if (jdbc.queryForObject("SELECT to_regclass(?)", String.class, name) == null) {
                return Access.NO_RECAP;
            }
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT has_table_privilege(?, 'SELECT')", Boolean.class,
                    name))) {
                return Access.NOT_ALLOWED;
            }
        }
        return Access.READABLE;
    }

    /**
     * What the office last recapped of the year up to quarter {@code upTo}: the recap of that quarter when it made one,
     * else of the latest quarter before it. Call only for a {@link Access#READABLE} office.
     */
    public Optional<PublishedRecap> latest(String office, Periode upTo) {
        check(office);
        List<PublishedRecap> found = jdbc.query("SELECT * FROM " + office + ".rekap_terbit WHERE tahun = ? AND triwulan"
                + " <= ? ORDER BY triwulan DESC LIMIT 1", (rs, i) -> new PublishedRecap(new Periode(rs.getInt("tahun"),
                        rs.getInt("triwulan")), rs.getString("nama"), Instant.ofEpochMilli(rs.getLong("waktu_ms")),
                        rs.getInt("terkunci") == 1, rs.getInt("triwulan_berakhir") == 1, rs.getInt("unit_lapor"),
                        rs.getInt("unit_harap"), number(rs.getDouble("skor"), rs.wasNull()), rs.getString("kategori"),
                        rs.getInt("indikator_skor"), rs.getInt("indikator_total"), rs.getString("rekap"), List.of()),
                upTo.tahun(), upTo.triwulan());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PublishedRecap head = found.get(0);
        return Optional.of(new PublishedRecap(head.periode(), head.officeName(), head.madeAt(), head.locked(),
                head.quarterEnded(), head.unitsReported(), head.unitsExpected(), head.score(), head.kategori(),
                head.scoredIndicators(), head.totalIndicators(), head.recapFile(), lines(office, head.periode())));
    }

    private List<PublishedRecap.Line> lines(String office, Periode periode) {
        Map<String, List<PublishedRecap.Value>> values = new LinkedHashMap<>();
        jdbc.query("SELECT indicator_code, tw, nilai, predikat FROM " + office + ".rekap_terbit_nilai WHERE tahun = ?"
                + " AND triwulan = ?", rs -> {
                    String predikat = rs.getString("predikat");
                    double v = rs.getDouble("nilai");
                    values.computeIfAbsent(rs.getString("indicator_code"), k -> new ArrayList<>()).add(
                            new PublishedRecap.Value(rs.getInt("tw"), number(v, rs.wasNull()),
                                    predikat == null ? null : Predikat.valueOf(predikat)));
                }, periode.tahun(), periode.triwulan());
        return jdbc.query("SELECT indicator_code, nama, satuan, dilaporkan FROM " + office + ".rekap_terbit_indikator"
                + " WHERE tahun = ? AND triwulan = ? ORDER BY indicator_code", (rs, i) -> new PublishedRecap.Line(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
                        values.getOrDefault(rs.getString(1), List.of())), periode.tahun(), periode.triwulan());
    }

    /** The quarter's latest lock or reopen at the office, if it has any: locked now when that is a lock. */
    public Optional<QuarterLock> lockOf(String office, Periode periode) {
        check(office);
        return jdbc.query("SELECT id, tahun, triwulan, aksi, waktu_ms, pengguna, alasan, rekap, rekap_sha256 FROM "
                + office + ".kunci WHERE tahun = ? AND triwulan = ? ORDER BY id DESC LIMIT 1", (rs, i) ->
                        new QuarterLock(rs.getLong("id"), new Periode(rs.getInt("tahun"), rs.getInt("triwulan")),
                                Action.valueOf(rs.getString("aksi")), Instant.ofEpochMilli(rs.getLong("waktu_ms")),
                                rs.getString("pengguna"), rs.getString("alasan"), rs.getString("rekap"),
                                rs.getString("rekap_sha256")), periode.tahun(), periode.triwulan())
                .stream().findFirst();
    }

    /** Office codes are schema names; only a valid code is ever put into SQL. */
    private static void check(String office) {
        if (!PerangkatDaerah.valid(office)) {
            throw new IllegalArgumentException("kode perangkat daerah tidak sah: " + office);
        }
    }

    private static Double number(double v, boolean wasNull) {
        return wasNull ? null : v;
    }
}
