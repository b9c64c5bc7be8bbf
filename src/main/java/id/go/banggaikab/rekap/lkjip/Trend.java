package id.go.banggaikab.rekap.lkjip;

import java.util.List;

/**
 * The trend chart of one sasaran strategis: over {@code years}, per numeric indicator its realisation (this year's
 * labelled "s.d. TW …" before TW IV) and the Renstra path (kondisi awal, then the yearly targets), null where a year
 * has no figure, so that a missing year is a gap, never 0. Predicate indicators are left out of the chart.
 */
public record Trend(String number, String sasaran, List<String> yearLabels, List<Series> series) {

    /** One indicator's two lines. */
    public record Series(String code, String name, String satuan, List<Double> realisasi, List<Double> renstra) {

        public Series {
            realisasi = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(realisasi));
            renstra = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(renstra));
        }

        /** In how many years the realisation is known. */
        public int yearsKnown() {
            return (int) realisasi.stream().filter(v -> v != null).count();
        }
    }

    public Trend {
        yearLabels = List.copyOf(yearLabels);
        series = List.copyOf(series);
    }

    /** The most years any indicator's realisation is known in. */
    public int yearsKnown() {
        return series.stream().mapToInt(Series::yearsKnown).max().orElse(0);
    }

    /** Drawn only where some indicator's realisation is known in more than one year. */
    public boolean drawable() {
        return series.stream().anyMatch(s -> s.yearsKnown() > 1);
    }
}
