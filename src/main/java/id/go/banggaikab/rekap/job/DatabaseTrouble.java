package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.DiskCause;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a failure of the history's database means, in plain words with what to do, for the file or server the
 * configuration names: an SQLite file that is read-only, locked by another program, on a full disk or in a folder
 * that cannot be written; a PostgreSQL server that cannot be reached, refuses the password, or lacks the database.
 * The drivers' own words (English codes) stay in the log. Anything else is not the machine's and is left as it is.
 */
final class DatabaseTrouble {

    private static final String SQLITE = "jdbc:sqlite:";
    private static final String AGAIN = ", lalu jalankan rekap lagi.";

    private final String url;
    private final String user;

    DatabaseTrouble(String url, String user) {
        this.url = url == null ? "" : url;
        this.user = user == null ? "" : user;
    }

    /** The failure as the machine's, when it is one: its code and plain message, the technical failure as cause. */
    Optional<MachineFailure> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MachineFailure known) {
                return Optional.of(known);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String message = url.startsWith(SQLITE) ? sqlite(sql) : server(sql);
                if (message != null) {
                    int code = url.startsWith(SQLITE) || !reachability(sql) ? ExitCodes.DATABASE_UNUSABLE
                            : ExitCodes.DATABASE_SERVER;
                    return Optional.of(new MachineFailure(code, message, failure));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is the machine's (and no file's): the import must stop, not refuse the file. */
    boolean isOfTheMachine(Throwable failure) {
        return explain(failure).isPresent();
    }

    private String sqlite(SQLException e) {
        Path file = sqliteFile();
        String where = "Database riwayat " + file;
        String text = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        int primary = e.getErrorCode() & 0xFF;
        if (primary == 8 || text.contains("SQLITE_READONLY")) {
            return where + " hanya dapat dibaca: berkasnya, foldernya atau disknya tidak boleh ditulisi. Yang perlu"
                    + " dilakukan: beri izin menulis pada berkas itu dan foldernya (juga berkas -wal dan -shm di"
                    + " sebelahnya) atau pindahkan database ke folder yang dapat ditulisi (spring.datasource.url)"
                    + AGAIN;
        }
        if (primary == 5 || primary == 6 || text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")) {
            return where + " sedang dikunci program lain (mis. DB Browser for SQLite atau salinan rekap di PC lain"
                    + " yang menulis ke berkas yang sama). Yang perlu dilakukan: tutup"
                    + " program itu (atau simpan/batalkan perubahannya)" + AGAIN;
        }
        if (primary == 13 || text.contains("SQLITE_FULL")) {
            return where + " tidak dapat ditulisi: " + DiskCause.FULL.words() + ". Yang perlu dilakukan: "
                    + DiskCause.FULL.action() + AGAIN;
        }
        if (primary == 14 || primary == 10 || text.contains("SQLITE_CANTOPEN") || text.contains("SQLITE_IOERR")) {
            DiskCause cause = DiskCause.ofFolder(file.getParent(), file);
            boolean readOnly = cause == DiskCause.READ_ONLY || cause == DiskCause.NOT_ALLOWED;
            return where + (readOnly ? " hanya dapat dibaca: " : " tidak dapat dibuka: ") + cause.words()
                    + " (folder " + file.getParent() + "). Yang perlu dilakukan: " + cause.action()
                    + ", atau pindahkan database ke folder lain (spring.datasource.url)" + AGAIN;
        }
        return null;
    }

    private String server(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = "Server database " + serverName();
        if (state.startsWith("08") || state.equals("57P03")) {
            return server + " tidak dapat dihubungi (" + connectionCause(e) + "). Yang perlu dilakukan: pastikan"
                    + " server PostgreSQL itu menyala dan dapat dicapai dari komputer ini, dan alamatnya"
                    + " (spring.datasource.url di config/application.yml) benar" + AGAIN;
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return server + " menolak masuk pengguna \"" + user + "\": kata sandi atau nama pengguna salah (atau"
                    + " pengguna itu tidak diizinkan masuk dari komputer ini). Yang perlu dilakukan: periksa"
                    + " spring.datasource.username dan spring.datasource.password di config/application.yml" + AGAIN;
        }
        if (state.equals("3D000")) {
            return server + ": database itu tidak ada. Yang perlu dilakukan: minta pengelola server membuatnya"
                    + " (lihat README, Riwayat di server database) atau perbaiki namanya di spring.datasource.url"
                    + AGAIN;
        }
        if (state.equals("53100")) {
            return server + ": " + DiskCause.FULL.words() + " di server. Yang perlu dilakukan: minta pengelola"
                    + " server mengosongkan ruang disknya" + AGAIN;
        }
        if (state.equals("25006")) {
            return server + " hanya dapat dibaca (server cadangan/replika). Yang perlu dilakukan: arahkan"
                    + " spring.datasource.url ke server utama" + AGAIN;
        }
        if (state.equals("42501")) {
            return server + ": pengguna \"" + user + "\" tidak punya izin menulis tabel riwayat. Yang perlu"
                    + " dilakukan: minta pengelola server memberi izin itu" + AGAIN;
        }
        return null;
    }

    /** Whether the server could not be reached or refused the login (exit 6), rather than refusing a write (5). */
    private static boolean reachability(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("28") || state.equals("3D000") || state.equals("57P03");
    }

    private static String connectionCause(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return "nama server tidak dikenal";
            }
            if (t instanceof java.net.SocketTimeoutException) {
                return "waktu habis menunggu jawaban";
            }
            if (t instanceof java.net.ConnectException) {
                return "sambungan ditolak: server mati atau port salah";
            }
        }
        return "sambungan gagal";
    }

    /** "localhost:5432/rekap_diskop", from the URL, without any parameter (a password may be among them). */
    private String serverName() {
        String rest = url.replaceFirst("^jdbc:[a-z]+://", "");
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** The SQLite file the URL names, as an absolute path. */
    Path sqliteFile() {
        String file = url.substring(SQLITE.length()).replaceFirst("^file:", "");
        int query = file.indexOf('?');
        return Path.of(query < 0 ? file : file.substring(0, query)).toAbsolutePath().normalize();
    }
}
