package id.go.banggaikab.rekap.aggregation;

import java.util.Comparator;
import java.util.List;

/**
 * The category scale for capaian. Each band is a lower bound: a capaian belongs to the first band whose bound it
 * reaches, so fractional values between the printed ranges ("76–90", "91 ke atas") fall to the lower band, e.g. 90,5
 * is Tinggi and 90,99 is Tinggi; only 91 and above is Sangat Tinggi. Below every bound is the {@code lowest} label.
 * The default is the scale commonly attributed to Permendagri 86/2017; regions with other cut-offs configure theirs.
 */
public record CategoryScale(List<Band> bands, String lowest) {

    /** Sangat Tinggi ≥ 91, Tinggi ≥ 76, Sedang ≥ 66, Rendah ≥ 51, else Sangat Rendah. */
    public static final CategoryScale DEFAULT = new CategoryScale(List.of(new Band(91, "Sangat Tinggi"),
            new Band(76, "Tinggi"), new Band(66, "Sedang"), new Band(51, "Rendah")), "Sangat Rendah");

    public CategoryScale {
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::lowerBound).reversed()).toList();
    }

    /** The category of a capaian, or null when there is no capaian ("Belum ada data" is the writer's word). */
    public String categorize(Double capaian) {
        if (capaian == null) {
            return null;
        }
        return bands.stream().filter(b -> capaian >= b.lowerBound()).map(Band::label).findFirst().orElse(lowest);
    }

    /** A category that starts at {@code lowerBound} (inclusive). */
    public record Band(double lowerBound, String label) {
    }
}
