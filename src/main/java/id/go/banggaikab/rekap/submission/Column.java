package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Memo;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns a form's table may have, recognised from the header text whatever its case, spacing, line breaks or
 * trailing punctuation. Columns with other headers (Capaian, Anggaran, ...) are simply not read.
 */
enum Column {
    NO, KODE, JABATAN, SASARAN, INDIKATOR, SATUAN, TARGET, REALISASI, PEMBILANG, PENYEBUT, KETERANGAN, BUKTI,
    /** What held the work back: "Kendala", "Permasalahan", "Hambatan". */
    KENDALA,
    /** What the unit does about it: "Solusi", "Rencana Tindak Lanjut", "Tindak Lanjut", "Upaya". */
    SOLUSI,
    /** Money spent in the quarter on the row's activity ("Rp" under a quarter, "Realisasi Anggaran"). */
    ANGGARAN;

    private static final Pattern BUDGET = Pattern.compile("\\b(anggaran|keuangan|rp|rupiah|dana|pagu|serapan)\\b");
    private static final Pattern PREVIOUS = Pattern.compile("\\b(lalu|sebelumnya|sebelum)\\b");
    private static final Pattern KENDALA_WORDS =
            Pattern.compile("^(kendala|permasalahan|masalah|hambatan|faktor penghambat)\\b");
    private static final Pattern SOLUSI_WORDS =
            Pattern.compile("^(solusi|rencana tindak lanjut|tindak lanjut|upaya|langkah|rtl)\\b");
    /** The quarter's budget realisation, never the indicator's: "Realisasi Anggaran (Rp)", "Realisasi Keuangan". */
    private static final Pattern MONEY_SPENT = Pattern.compile("^realisasi (anggaran|keuangan)( rp| rupiah)?"
            + "( (triwulan|tw|trw) (iv|iii|ii|i|[1-4]))?( rp| rupiah)?$");
    private static final Pattern CUMULATIVE = Pattern.compile("\\b(s d|sd|sampai dengan|sampai|kumulatif|komulatif)\\b");

    private static final Memo<Optional<Column>> RECOGNISED = new Memo<>(Column::recognised);

    /** The column a header text names, if any. */
    static Optional<Column> recognise(String header) {
        return RECOGNISED.apply(header);
    }

    private static Optional<Column> recognised(String header) {
        String k = TextKeys.key(header);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Column c = switch (k) {
            case "no", "nomor", "no urut", "nomor urut" -> NO;
            case "kode", "kode indikator", "kode iki" -> KODE;
            case "jabatan", "nama jabatan" -> JABATAN;
            case "satuan", "satuan ukuran" -> SATUAN;
            case "keterangan", "ket" -> KETERANGAN;
            case "pembilang" -> PEMBILANG;
            case "penyebut" -> PENYEBUT;
            default -> null;
        };
        if (c != null) {
            return Optional.of(c);
        }
        if (k.contains("pembilang")) {
            return Optional.of(PEMBILANG); // "Realisasi Pembilang" is a part, not the realisation
        }
        if (k.contains("penyebut")) {
            return Optional.of(PENYEBUT);
        }
        if (k.startsWith("indikator") || k.equals("iki")) {
            return Optional.of(INDIKATOR);
        }
        if (k.startsWith("sasaran")) {
            return Optional.of(SASARAN);
        }
        if (KENDALA_WORDS.matcher(k).find()) {
            return Optional.of(KENDALA);
        }
        if (SOLUSI_WORDS.matcher(k).find()) {
            return Optional.of(SOLUSI);
        }
        if (MONEY_SPENT.matcher(k).matches()) {
            return Optional.of(ANGGARAN);
        }
        if (BUDGET.matcher(k).find()) {
            return Optional.empty(); // "Realisasi Anggaran (Rp)": money spent, not the indicator's realisation
        }
        if (PREVIOUS.matcher(k).find()) {
            return Optional.empty(); // "Realisasi TW lalu": shown for reference, never this quarter's figure
        }
        if (k.startsWith("realisasi")) {
            return Optional.of(REALISASI);
        }
        if (k.startsWith("target")) {
            return Optional.of(TARGET);
        }
        if (k.startsWith("bukti") || k.contains("data dukung")) {
            return Optional.of(BUKTI);
        }
        return Optional.empty();
    }

    /** Whether a header says its figures are year to date ("s.d. TW II", "sampai dengan", "kumulatif"). */
    static boolean saysCumulative(String header) {
        return CUMULATIVE.matcher(TextKeys.key(header)).find();
    }

    boolean holdsValue() {
        return this == REALISASI || this == PEMBILANG || this == PENYEBUT;
    }
}
