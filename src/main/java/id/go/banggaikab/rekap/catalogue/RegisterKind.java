package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.shared.TextKey;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two lists the dinas keeps that the catalogue may count from (SPEC §8), each with the columns it is told apart
 * by and the columns it may also keep. A column is found by its header, written as in the SPEC or as offices write
 * it ("Tgl Pelatihan", "Nomor Induk Berusaha", "Volume Usaha (Rp) 2025"); the comparison is on {@link #key(String)}.
 */
public enum RegisterKind {

    KOPERASI("koperasi", "register koperasi", List.of(
            RegisterColumn.of("Nama Koperasi", RegisterColumn.Type.NAME, true, "koperasi", "nama kop"),
            RegisterColumn.of("NIK", RegisterColumn.Type.IDENTIFIER, true, "nomor induk koperasi",
                    "no induk koperasi", "nik koperasi", "no nik", "nomor nik"),
            RegisterColumn.values("Status", List.of("Aktif", "Tidak Aktif"), "status koperasi", "keaktifan",
                    "status keaktifan"),
            RegisterColumn.of("Tahun RAT Terakhir", RegisterColumn.Type.YEAR, false, "rat terakhir", "tahun rat",
                    "tanggal rat terakhir", "tanggal rat", "rat tahun"),
            RegisterColumn.of("Jenis", RegisterColumn.Type.TEXT, false, "jenis koperasi"),
            RegisterColumn.of("Kecamatan", RegisterColumn.Type.TEXT, false, "kec"),
            RegisterColumn.of("Anggota", RegisterColumn.Type.NUMBER, false, "jumlah anggota", "jml anggota"),
            RegisterColumn.of("Volume Usaha", RegisterColumn.Type.NUMBER, false, "vol usaha"),
            RegisterColumn.of("SHU", RegisterColumn.Type.NUMBER, false, "sisa hasil usaha"),
            RegisterColumn.of("Tanggal Pemeriksaan", RegisterColumn.Type.DATE, false, "tanggal diperiksa"))),

    USAHA_MIKRO("usaha_mikro", "register usaha mikro binaan", List.of(
            RegisterColumn.of("Nama Usaha", RegisterColumn.Type.NAME, true, "nama usaha mikro", "nama umkm",
                    "nama um"),
            RegisterColumn.of("NIB", RegisterColumn.Type.IDENTIFIER, false, "nomor induk berusaha", "no nib"),
            RegisterColumn.of("NIK", RegisterColumn.Type.IDENTIFIER, false, "nik pemilik",
                    "nomor induk kependudukan"),
            RegisterColumn.values("Skala", List.of("Mikro", "Kecil"), "skala usaha"),
            RegisterColumn.of("Tanggal Terdaftar", RegisterColumn.Type.DATE, true, "tanggal daftar",
                    "tanggal pendaftaran", "terdaftar", "tanggal registrasi"),
            RegisterColumn.of("Kecamatan", RegisterColumn.Type.TEXT, false, "kec"),
            RegisterColumn.of("Tanggal Pelatihan", RegisterColumn.Type.DATE, false, "tanggal dilatih"),
            RegisterColumn.of("Tanggal Bantuan Modal", RegisterColumn.Type.DATE, false,
                    "tanggal bantuan permodalan", "tanggal permodalan", "tanggal modal"),
            RegisterColumn.of("Tanggal Promosi", RegisterColumn.Type.DATE, false, "tanggal promosi produk"),
            RegisterColumn.of("Tanggal Naik Kelas", RegisterColumn.Type.DATE, false)));

    /** A header with the year it is for: "Volume Usaha 2025" is Volume Usaha of 2025; null year when none. */
    public record Match(RegisterColumn column, Integer year) {
    }

    private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)(?: tahun| thn| th)? ((?:19|20)\\d{2})$");
    private static final Pattern MONEY = Pattern.compile("\\b(rp|rupiah)\\b");

    private final String word;
    private final String label;
    private final List<RegisterColumn> columns;

    RegisterKind(String word, String label, List<RegisterColumn> columns) {
        this.word = word;
        this.label = label;
        this.columns = columns;
    }

    /** As katalog.yml writes it after {@code dari:}: koperasi, usaha_mikro. */
    public String word() {
        return word;
    }

    /** As a sentence names it: "register koperasi". */
    public String label() {
        return label;
    }

    public List<RegisterColumn> columns() {
        return columns;
    }

    /** The columns that tell the kind: it is this kind when all are there (and, for usaha mikro, a NIB or NIK). */
    public List<RegisterColumn> required() {
        return columns.stream().filter(RegisterColumn::required).toList();
    }

    /** The columns whose value tells one row from another: NIK for koperasi; NIB, else NIK, for usaha mikro. */
    public List<RegisterColumn> identifiers() {
        return columns.stream().filter(c -> c.type() == RegisterColumn.Type.IDENTIFIER).toList();
    }

    public RegisterColumn nameColumn() {
        return columns.get(0);
    }

    public Optional<RegisterColumn> column(String header) {
        return match(key(header)).filter(m -> m.year() == null).map(Match::column);
    }

    /**
     * The column a header key names, with the year a number column is for ("Volume Usaha (Rp) 2025"). Only number
     * columns take a year: a date column's header never carries one.
     */
    public Optional<Match> match(String headerKey) {
        String k = normal(headerKey);
        Optional<RegisterColumn> plain = exact(k);
        if (plain.isPresent()) {
            return plain.map(c -> new Match(c, null));
        }
        Matcher m = TRAILING_YEAR.matcher(k);
        if (m.matches()) {
            Optional<RegisterColumn> yearly = exact(m.group(1).strip())
                    .filter(c -> c.type() == RegisterColumn.Type.NUMBER);
            if (yearly.isPresent()) {
                return yearly.map(c -> new Match(c, Integer.valueOf(m.group(2))));
            }
        }
        return Optional.empty();
    }

    private Optional<RegisterColumn> exact(String k) {
        return columns.stream().filter(c -> c.keys().contains(k)).findFirst();
    }

    /** "tgl" is "tanggal"; "(Rp)" after a figure's header is dropped. */
    private static String normal(String key) {
        String k = (" " + key + " ").replace(" tgl ", " tanggal ").strip();
        return MONEY.matcher(k).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** A header or cell as compared: the form reader's key ({@link TextKey#key}), so the check and the readers agree. */
    public static String key(String text) {
        return TextKey.key(text);
    }

    /** The kind katalog.yml names after {@code dari:}, if any. */
    public static Optional<RegisterKind> named(String text) {
        String k = key(text).replace(' ', '_');
        for (RegisterKind kind : values()) {
            if (kind.word.equals(k) || kind.name().equalsIgnoreCase(k)) {
                return Optional.of(kind);
            }
        }
        return k.equals("um") || k.equals("usaha_mikro_binaan") ? Optional.of(USAHA_MIKRO) : Optional.empty();
    }
}
