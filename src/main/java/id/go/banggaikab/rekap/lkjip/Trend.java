package id.go.banggaikab.rekap.lkjip;

import java.util.List;

/**
 * The trend chart of one sasaran strategis: over {@code years}, per numeric indicator its realisation of whole years,
 * this year's realisation apart while the year is not whole ({@code partial}, drawn as a point of its own and never
 * joined to the line of whole years: a year to date is no year), and the Renstra path (kondisi awal, then the yearly
 * targets), null where a year has no figure, so that a missing year is a gap, never 0. {@code partialLabel} names the
 * part-year point ("Realisasi s.d. TW III 2026 (sebagian tahun)"), null when this year is whole. Predicate indicators
 * are left out of the chart.
 */
public record Trend(String number, String sasaran, List<String> yearLabels, String partialLabel, List<Series> series) {

    /** One indicator's lines: whole years, the part year, the Renstra path. */
    public record Series(String code, String name, String satuan, List<Double> realisasi, List<Double> partial,
            List<Double> renstra) {

        public Series {
            realisasi = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(realisasi));
            partial = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(partial));
            renstra = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(renstra));
        }

        /** In how many years the realisation is known, the part year included. */
        public int yearsKnown() {
            return (int) (realisasi.stream().filter(v -> v != null).count()
                    + partial.stream().filter(v -> v != null).count());
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
