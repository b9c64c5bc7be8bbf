package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.Periode;

/**
 * The columns of the generated form, in order, with their printed width in characters: together narrow enough that
 * the form, fitted to the width of A4 landscape, prints its 10 pt text at 8 pt and its 9 pt notes above 7 pt (long
 * names wrap in their cells instead). The headers are the ones the
 * reader recognises (SPEC §2). The last-quarter column deliberately does not start with "Realisasi": the reader takes
 * every header starting with that word as this quarter's realisation, and last quarter's figure must never be
 * imported as this one.
 */
enum FormColumn {
    NO(4), KODE(16), JABATAN(20), INDIKATOR(29), SATUAN(8), TARGET_TAHUNAN(9), TARGET_TW(10), TW_LALU(12),
    REALISASI(10), PEMBILANG(10), PENYEBUT(10), KETERANGAN(13), BUKTI(11);

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
