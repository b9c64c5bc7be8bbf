package id.go.banggaikab.rekap.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The perangkat daerah (office) an installation belongs to, from {@code rekap.perangkat-daerah}: a short code such as
 * {@code diskop}. On a shared PostgreSQL server the code is also the name of the office's own schema, so it is held to
 * what a schema name may be without quoting. {@code set} tells a code written in the configuration from the default
 * of a single installation that never named itself: a history recorded under the default may still be claimed once by
 * a named office, one recorded under a chosen code never by another.
 */
public record PerangkatDaerah(String kode, boolean set) {

    /** The code of an installation that does not name its office: the Dinas Koperasi dan UKM the product ships for. */
    public static final String DEFAULT = "diskop";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,29}");
    private static final Set<String> RESERVED = Set.of("public", "information_schema");

    public PerangkatDaerah {
        if (!valid(kode)) {
            throw refused(kode);
        }
    }

    /** The office named in the configuration (in lower case), or the default when {@code configured} is empty. */
    public static PerangkatDaerah of(String configured) {
        if (configured == null || configured.isBlank()) {
            return new PerangkatDaerah(DEFAULT, false);
        }
        String kode = configured.strip().toLowerCase(Locale.ROOT);
        if (!valid(kode)) {
            throw refused(configured.strip());
        }
        return new PerangkatDaerah(kode, true);
    }

    private static BadSetting refused(String written) {
        String kode = String.valueOf(written).toLowerCase(Locale.ROOT);
        return new BadSetting("rekap.perangkat-daerah=\"" + written + "\" tidak dapat dipakai sebagai kode perangkat"
                + " daerah: tulis kode singkat dari huruf kecil, angka atau garis bawah (_), diawali huruf,"
                + " 2 sampai 30 tanda, mis. diskop atau dinkes" + (RESERVED.contains(kode) || kode.startsWith("pg_")
                        ? " (\"" + kode + "\" adalah nama yang dipakai PostgreSQL sendiri)" : ""));
    }

    /** Whether {@code kode} is a usable office code (and so a schema name that needs no quoting). */
    public static boolean valid(String kode) {
        return kode != null && CODE.matcher(kode).matches() && !RESERVED.contains(kode) && !kode.startsWith("pg_");
    }
}
