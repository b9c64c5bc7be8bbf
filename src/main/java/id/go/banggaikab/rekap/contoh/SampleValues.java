package id.go.banggaikab.rekap.contoh;

import id.go.banggaikab.rekap.catalogue.Indicator;

/**
 * Plausible quarterly figures for one indicator, the same on every run (derived from the code and the quarter, not
 * from a random source), so the sample recap can be checked by hand.
 */
final class SampleValues {

    private SampleValues() {
    }

    /** A factor between 0.7 and 1.25 that varies by indicator and quarter. */
    static double factor(String code, int triwulan, int variant) {
        int h = code.hashCode() * 31 + triwulan;
        h = h * 0x9E3779B1 + variant * 0x85EBCA6B;
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        return 0.7 + Math.floorMod(h, 1000) / 1000.0 * 0.55;
    }

    /** {pembilang, penyebut} for a ratio in one quarter, or {value} for other kinds. */
    static double[] of(Indicator i, int triwulan, int variant) {
        double f = factor(i.code(), triwulan, variant);
        return switch (i.code()) {
            case "KADIS-01" -> new double[] {Math.round(112 + 4 * triwulan * f), 212};
            case "KABID-KP-01" -> new double[] {Math.round(80 + 6 * triwulan * f), 212};
            case "KADIS-02" -> new double[] {Math.round(9 * f), 1480};
            case "KABID-PPK-01" -> new double[] {Math.round(2_150_000_000L * f / 1000) * 1000.0, 8_400_000_000.0};
            case "KABID-PUM-01", "KABID-PUM-02", "KABID-PUM-03" -> new double[] {Math.round(18 * f), 240 + 5 * triwulan};
            case "KADIS-04" -> new double[] {Math.round((86 + 2 * triwulan * f) * 10) / 10.0};
            default -> switch (i.kind()) {
                case RASIO, RASIO_PERTUMBUHAN -> {
                    double total = Math.round(8 + 6 * f);
                    yield new double[] {Math.min(total, Math.round(total * (0.8 + f / 6))), total};
                }
                case NILAI -> new double[] {Math.round(80 + 12 * f)};
                default -> new double[] {Math.round(perQuarter(i) * f)};
            };
        };
    }

    private static double perQuarter(Indicator i) {
        return switch (i.satuan()) {
            case "Orang" -> 15;
            case "Koperasi" -> 6;
            case "Laporan" -> 3;
            case "Kemitraan" -> 2;
            case "Usaha Mikro" -> 25;
            default -> 10;
        };
    }
}
