package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.shared.BadSetting;

/**
 * Choices a region may make differently: the cap on capaian used in scores (tables show capaian uncapped), the
 * category scale, and the traffic-light bounds of the recap (red below {@code redBelow}, green above
 * {@code greenAbove}, yellow between).
 */
public record RecapSettings(double scoreCap, CategoryScale scale, double redBelow, double greenAbove) {

    public RecapSettings {
        if (scoreCap <= 0) {
            throw new BadSetting("Batas capaian untuk skor harus lebih dari 0, bukan " + scoreCap);
        }
        if (redBelow > greenAbove) {
            throw new BadSetting(
                    "Batas merah (" + redBelow + ") tidak boleh di atas batas hijau (" + greenAbove + ")");
        }
    }

    /** Cap 100, the default category scale, red below 70 and green above 90. */
    public static RecapSettings defaults() {
        return new RecapSettings(100, CategoryScale.DEFAULT, 70, 90);
    }
}
