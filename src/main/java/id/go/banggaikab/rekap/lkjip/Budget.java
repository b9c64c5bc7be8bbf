package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What {@code config/anggaran-<tahun>.xlsx} says: the programs, kegiatan and sub kegiatan of the year in the order of
 * the sheet (Permendagri 90/2019 codes, a row's parent is the row whose code its own extends), each with its pagu,
 * the indicators it serves and the realisation per quarter that the keuangan sub bagian filled in. {@code notes}
 * are findings worth knowing that refuse nothing; {@code examples} counts the rows still marked CONTOH left out.
 */
public record Budget(int tahun, List<Line> lines, List<Problem> notes, int examples) {

    /** No budget known. */
    public static Budget none(int tahun) {
        return new Budget(tahun, List.of(), List.of(), 0);
    }

    /**
     * One row: {@code depth} 0 for a program, 1 for a kegiatan, 2 for a sub kegiatan; {@code pagu} as written (null
     * when a parent leaves it to the sum of its rows); {@code realisasi} the four quarters' own amounts as the
     * keuangan wrote them, null where empty; {@code row} the sheet row (1-based) for messages.
     */
    public record Line(String kode, String nama, int depth, BigDecimal pagu, List<String> indicators,
            List<BigDecimal> realisasi, int row) {

        public Line {
            indicators = List.copyOf(indicators);
            realisasi = Collections.unmodifiableList(new ArrayList<>(realisasi));
        }

        public BigDecimal realisasi(int tw) {
            return realisasi.get(tw - 1);
        }

        /** "Program", "Kegiatan" or "Sub Kegiatan". */
        public String levelName() {
            return depth == 0 ? "Program" : depth == 1 ? "Kegiatan" : "Sub Kegiatan";
        }
    }

    public Budget {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    public List<Line> children(Line parent) {
        return lines.stream().filter(l -> l.depth() == parent.depth() + 1
                && l.kode().startsWith(parent.kode() + ".")).toList();
    }

    public Optional<Line> parent(Line child) {
        return lines.stream().filter(l -> l.depth() == child.depth() - 1 && child.kode().startsWith(l.kode() + "."))
                .findFirst();
    }

    public List<Line> programs() {
        return lines.stream().filter(l -> l.depth() == 0).toList();
    }

    public boolean isLeaf(Line line) {
        return children(line).isEmpty();
    }
}
