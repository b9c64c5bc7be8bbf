package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;

/** The words the outputs share, in Bahasa Indonesia, so that every sheet and table says the same thing. */
final class Wording {

    static final String SAMPLE_BANNER = "DATA CONTOH — bukan data resmi";
    static final String NO_DATA = "Belum ada data";
    static final String NO_TARGET = "Target belum ditetapkan";

    private Wording() {
    }

    /** "Rekap Kinerja 2026 TW III". */
    static String recapBaseName(Periode p) {
        return "Rekap Kinerja " + p.tahun() + " " + p.label();
    }

    /** "Tabel LAKIP 2026 TW III". */
    static String lakipBaseName(Periode p) {
        return "Tabel LAKIP " + p.tahun() + " " + p.label();
    }

    /** "Tahun 2026 s.d. Triwulan III", or "Tahun 2026" once the year is complete. */
    static String period(Periode p) {
        return p.triwulan() == 4 ? "Tahun " + p.tahun() : "Tahun " + p.tahun() + " s.d. Triwulan "
                + Periode.roman(p.triwulan());
    }

    static String runLine(Recap recap) {
        return "Dibuat " + IndonesianTime.format(recap.runTime());
    }

    /** The category to show: the scale's word, or why there is none. */
    static String category(String kategori, Figure realisasi, Figure target) {
        if (kategori != null) {
            return kategori;
        }
        if (realisasi.isEmpty()) {
            return NO_DATA;
        }
        return target.isEmpty() ? NO_TARGET : "";
    }

    /** A figure as text, for Word and messages: "1.234,5", "A", or empty. */
    static String figure(Figure f) {
        if (f.predikat() != null) {
            return f.predikat().name();
        }
        return f.number() == null ? "" : IndonesianNumbers.format(f.number());
    }

    static String percent(Double d) {
        return d == null ? "" : IndonesianNumbers.percent(d);
    }
}
