package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.Periode;

/**
 * The columns of the generated form, in order, with their printed width in characters. The headers are the ones the
 * reader recognises (SPEC §2). The last-quarter column deliberately does not start with "Realisasi": the reader takes
 * every header starting with that word as this quarter's realisation, and last quarter's figure must never be
 * imported as this one.
 */
enum FormColumn {
    NO(5), KODE(15), JABATAN(22), INDIKATOR(42), SATUAN(9), TARGET_TAHUNAN(10), TARGET_TW(11), TW_LALU(13),
    REALISASI(11), PEMBILANG(11), PENYEBUT(11), KETERANGAN(18), BUKTI(18);

    private final int width;

    FormColumn(int width) {
        this.width = width;
    }

    int width() {
        return width;
    }

    String header(Periode periode) {
        return switch (this) {
            case NO -> "No";
            case KODE -> "Kode";
            case JABATAN -> "Jabatan";
            case INDIKATOR -> "Indikator Kinerja";
            case SATUAN -> "Satuan";
            case TARGET_TAHUNAN -> "Target Tahunan";
            case TARGET_TW -> "Target " + periode.label() + " (kumulatif)";
            case TW_LALU -> "TW lalu\n(realisasi " + previous(periode) + ")";
            case REALISASI -> "Realisasi";
            case PEMBILANG -> "Pembilang";
            case PENYEBUT -> "Penyebut";
            case KETERANGAN -> "Keterangan";
            case BUKTI -> "Bukti";
        };
    }

    /** "TW I" before TW II; "TW IV 2025" before TW I 2026. */
    static String previous(Periode periode) {
        Periode before = periode.previous();
        return before.tahun() == periode.tahun() ? before.label() : before.label() + " " + before.tahun();
    }
}
