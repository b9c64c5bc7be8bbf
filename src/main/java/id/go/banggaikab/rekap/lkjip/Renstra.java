package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code config/renstra.xlsx} says: the Renstra period ({@code awal} is the year of the kondisi awal,
 * {@code akhir} the year of the end target), per indicator its kondisi awal and target per year, and per indicator
 * the figures of earlier years that predate the history (target and realisation of each year). {@code examples}
 * counts the rows still marked CONTOH that were left out; {@code corrections} says, cell by cell, how a figure that
 * was not plain ("2,5 persen", "nihil") was read, for the planner.
 */
public record Renstra(int awal, int akhir, Map<String, Path> paths, Map<String, SortedMap<Integer, Earlier>> earlier,
        int examples, List<String> corrections) {

    /** Nothing known: no workbook, or one with only examples. */
    public static final Renstra NONE = new Renstra(0, 0, Map.of(), Map.of(), 0, List.of());

    /** One indicator's line in the Renstra: kondisi awal and the target of each year of the period. */
    public record Path(String code, Figure kondisiAwal, SortedMap<Integer, Figure> targets) {

        public Path {
            targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
        }

        public Figure target(int tahun) {
            return targets.getOrDefault(tahun, Figure.NONE);
        }
    }

    /** One earlier year of one indicator: the year's target (Perjanjian Kinerja) and its year-end realisation. */
    public record Earlier(int tahun, Figure target, Figure realisasi) {
    }

    public Renstra {
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
        earlier = Collections.unmodifiableMap(new LinkedHashMap<>(earlier));
        corrections = List.copyOf(corrections);
    }

    public boolean known() {
        return akhir > 0;
    }

    /** The target at the end of the Renstra (Target Akhir Renstra), or none. */
    public Figure endTarget(String code) {
        Path p = paths.get(code);
        return p == null ? Figure.NONE : p.target(akhir);
    }

    public Figure kondisiAwal(String code) {
        Path p = paths.get(code);
        return p == null ? Figure.NONE : p.kondisiAwal();
    }

    /** The Renstra's target for one year (the end target in the last year), or none. */
    public Figure target(String code, int tahun) {
        Path p = paths.get(code);
        return p == null ? Figure.NONE : p.target(tahun);
    }

    /** What the earlier-years sheet says of one indicator in one year; both figures empty when nothing. */
    public Earlier earlier(String code, int tahun) {
        Map<Integer, Earlier> years = earlier.get(code);
        Earlier e = years == null ? null : years.get(tahun);
        return e == null ? new Earlier(tahun, Figure.NONE, Figure.NONE) : e;
    }
}
