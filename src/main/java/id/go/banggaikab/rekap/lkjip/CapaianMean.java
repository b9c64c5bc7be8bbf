package id.go.banggaikab.rekap.lkjip;

import java.util.List;

/**
 * The mean capaian of some indicators (of a sasaran, or those a kegiatan serves), each capped as in the unit
 * scores, with its category; {@code used} of {@code total} indicators entered it, and {@code leftOut} says which were
 * left out and why (no value, not reported for the quarter, no target). Null value and category when none entered.
 */
public record CapaianMean(Double value, String kategori, int used, int total, List<LeftOut> leftOut) {

    /** An indicator left out of the mean. */
    public record LeftOut(String code, String name, String reason) {
    }

    public CapaianMean {
        leftOut = List.copyOf(leftOut);
    }

    public boolean complete() {
        return used == total && total > 0;
    }
}
