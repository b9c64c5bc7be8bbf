package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Polarity;

/**
 * Capaian (achievement) of a realisation against a target, in percent. Higher is better: realisasi / target × 100.
 * Lower is better (PermenPAN-RB 8/2021 "kondisi khusus"): (2 × target − realisasi) / target × 100, floored at 0.
 * Grades compare by rank on the scale (D = 1 … AA = 7). No realisation or no target gives no capaian — never 0 %.
 */
public final class Capaian {

    private Capaian() {
    }

    public static Double of(Figure realisasi, Figure target, Polarity polarity) {
        if (realisasi.predikat() != null && target.predikat() != null) {
            return realisasi.predikat().rank() * 100.0 / target.predikat().rank();
        }
        Double real = realisasi.number();
        Double goal = target.number();
        if (real == null || goal == null || goal == 0) {
            return null;
        }
        if (polarity == Polarity.TURUN) {
            return Math.max(0, (2 * goal - real) / goal * 100);
        }
        return real / goal * 100;
    }
}
