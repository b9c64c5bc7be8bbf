package id.go.banggaikab.rekap.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps what each run recapped for a quarter in the office's history, replacing what the quarter's previous run kept,
 * inside the caller's transaction: the Pemda's recap reads what the office last recapped (and, for a locked quarter,
 * what it locked, since a locked quarter's recap is always computed from its lock).
 */
@Repository
public class RecapPublication {

    private final JdbcTemplate jdbc;

    public RecapPublication(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void publish(PublishedRecap recap) {
        int tahun = recap.periode().tahun();
        int triwulan = recap.periode().triwulan();
        for (String table : new String[] {"rekap_terbit_nilai", "rekap_terbit_indikator", "rekap_terbit"}) {
            jdbc.update("DELETE FROM " + table + " WHERE tahun = ? AND triwulan = ?", tahun, triwulan);
        }
        jdbc.update("INSERT INTO rekap_terbit (tahun, triwulan, nama, waktu_ms, terkunci, triwulan_berakhir,"
                + " unit_lapor, unit_harap, skor, kategori, indikator_skor, indikator_total, rekap)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                tahun, triwulan, recap.officeName(), recap.madeAt().toEpochMilli(), recap.locked() ? 1 : 0,
                recap.quarterEnded() ? 1 : 0, recap.unitsReported(), recap.unitsExpected(), recap.score(),
                recap.kategori(), recap.scoredIndicators(), recap.totalIndicators(), recap.recapFile());
        jdbc.batchUpdate("INSERT INTO rekap_terbit_indikator (tahun, triwulan, indicator_code, nama, satuan,"
                + " dilaporkan) VALUES (?,?,?,?,?,?)", recap.lines().stream().map(l -> new Object[] {tahun, triwulan,
                    l.code(), l.name(), l.satuan(), l.reported() ? 1 : 0}).toList());
        jdbc.batchUpdate("INSERT INTO rekap_terbit_nilai (tahun, triwulan, indicator_code, tw, nilai, predikat)"
                + " VALUES (?,?,?,?,?,?)", recap.lines().stream().flatMap(l -> l.values().stream()
                        .map(v -> new Object[] {tahun, triwulan, l.code(), v.tw(), v.number(),
                            v.predikat() == null ? null : v.predikat().name()})).toList());
    }
}
