package id.go.banggaikab.rekap.lkjip;

import java.math.BigDecimal;
import java.util.List;

/**
 * One program, kegiatan or sub kegiatan of the Realisasi Anggaran table: its pagu, its realisation up to the quarter
 * (null while some quarter has no figure from either source: {@code missing} names them), the source of each
 * quarter's figure, serapan, the capaian kinerja of the indicators it serves (against the annual target, as the pagu
 * is the year's) and the efficiency reading. {@code line} is null for the total row.
 */
public record BudgetRow(Budget.Line line, String kode, String nama, int depth, BigDecimal pagu, BigDecimal realisasi,
        List<Integer> missing, List<RpSource> sources, Double serapan, CapaianMean capaian, Efisiensi efisiensi) {

    /** Where a quarter's rupiah came from. */
    public enum RpSource {
        /** The keuangan sub bagian's figure in {@code anggaran-<tahun>.xlsx}: it wins when it gives one. */
        KEUANGAN,
        /** The Rp columns of the units' Evaluasi Renja forms. */
        FORMULIR,
        /** Some rows beneath from the workbook, some from the forms. */
        CAMPURAN,
        /** No figure. */
        TIDAK_ADA
    }

    public BudgetRow {
        missing = List.copyOf(missing);
        sources = List.copyOf(sources);
    }

    public boolean isTotal() {
        return line == null;
    }
}
