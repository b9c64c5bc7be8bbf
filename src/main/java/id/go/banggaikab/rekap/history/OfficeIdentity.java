package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which perangkat daerah a history belongs to, recorded in the history itself at the first start: a copied SQLite
 * file or a schema named in another installation's settings must never take that installation's forms, locks and
 * figures. An existing history (from before offices were named) is recorded under the installation's code. A history
 * recorded under the default code of a single installation is claimed once by the first named office that opens it;
 * one recorded under a chosen code is refused to any other, with the setting to check.
 */
public final class OfficeIdentity {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OfficeIdentity(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The office the history is recorded for, if it is recorded yet. */
    public PerangkatDaerah recorded() {
        List<PerangkatDaerah> rows = jdbc.query("SELECT kode, ditetapkan FROM perangkat_daerah",
                (rs, i) -> new PerangkatDaerah(rs.getString(1), rs.getInt(2) == 1));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Records {@code office} as the owner of this history, or checks that it is; returns what was recorded before
     * (null for a history recorded now). Throws {@link BadSetting} (exit 2) when the history is another office's;
     * {@code where} names the database in that message.
     */
    public PerangkatDaerah claim(PerangkatDaerah office, String where) {
        PerangkatDaerah before = recorded();
        if (before == null) {
            // Two first starts at once: one insert wins and the other is then checked against it like any later start.
            int inserted = jdbc.update("INSERT INTO perangkat_daerah (satu, kode, ditetapkan, sejak_ms)"
                    + " VALUES (1, ?, ?, ?) ON CONFLICT (satu) DO NOTHING", office.kode(), office.set() ? 1 : 0,
                    clock.millis());
            if (inserted == 1) {
                return null;
            }
            before = recorded();
        }
        if (before.kode().equals(office.kode())) {
            if (office.set() && !before.set()) {
                jdbc.update("UPDATE perangkat_daerah SET ditetapkan = 1 WHERE satu = 1");
            }
            return before;
        }
        if (office.set() && !before.set()) {
            jdbc.update("UPDATE perangkat_daerah SET kode = ?, ditetapkan = 1 WHERE satu = 1", office.kode());
            return before;
        }
        throw new BadSetting(where + " berisi riwayat perangkat daerah \"" + before.kode() + "\", sedangkan"
                + " instalasi ini " + (office.set() ? "untuk perangkat daerah \"" + office.kode() + "\""
                        : "belum menyebut perangkat daerahnya (rekap.perangkat-daerah)")
                + ". Riwayat perangkat daerah lain tidak dipakai dan tidak diubah. Periksa rekap.perangkat-daerah dan"
                + " spring.datasource.url di config/application.yml: bila database ini memang milik \""
                + before.kode() + "\", tulis rekap.perangkat-daerah: " + before.kode()
                + "; bila bukan, pakai database (atau skema) perangkat daerah ini sendiri");
    }
}
