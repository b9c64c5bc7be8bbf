package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.shared.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a budget's rows must keep as a tree: each kegiatan under its program and each sub kegiatan under its
 * kegiatan, a parent's pagu the sum of its rows', realisation only on the lowest rows, an indicator's rupiah on one
 * lowest row; and the pagu of a row, its own or summed.
 */
final class BudgetTree {

    private BudgetTree() {
    }

    private static String level(int depth) {
        return BudgetWorkbook.levelName(depth).toLowerCase();
    }

    private static String rp(BigDecimal amount) {
        return BudgetWorkbook.rp(amount);
    }

    /** Parents present, pagu that add up, realisation on the lowest rows, an indicator's rupiah on one row only. */
    static void check(InputSheet s, Budget budget, List<Problem> notes) {
        Map<String, Budget.Line> servedBy = new LinkedHashMap<>();
        for (Budget.Line l : budget.lines()) {
            int r = l.row() - 1;
            if (l.depth() > 0 && budget.parent(l).isEmpty()) {
                String up = parentCode(l);
                s.add(s.where(r, 1) + ": " + level(l.depth()) + " " + l.kode() + " tanpa "
                        + level(l.depth() - 1) + " " + up + " di atasnya; tambahkan baris " + up
                        + ".");
            }
            List<Budget.Line> children = budget.children(l);
            if (children.isEmpty()) {
                if (l.pagu() == null) {
                    s.add(s.where(r, BudgetWorkbook.PAGU) + ": pagu " + l.levelName().toLowerCase() + " " + l.kode()
                            + " kosong.");
                }
                for (String code : l.indicators()) {
                    Budget.Line other = servedBy.putIfAbsent(code, l);
                    if (other != null) {
                        s.add(s.where(r, BudgetWorkbook.INDICATORS) + ": indikator " + code + " sudah didukung "
                                + other.kode() + " (baris " + other.row() + "); realisasi Rp formulirnya hanya"
                                + " boleh masuk satu baris terbawah.");
                    }
                }
                BigDecimal spent = l.realisasi().stream().filter(a -> a != null).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                if (l.pagu() != null && spent.compareTo(l.pagu()) > 0) {
                    notes.add(Problem.warning(s.file(), BudgetWorkbook.SHEET, "D" + l.row(), rp(spent),
                            "Realisasi " + l.kode() + " (" + rp(spent) + ") melebihi pagunya (" + rp(l.pagu())
                                    + "); periksa isian realisasi per triwulan."));
                }
                continue;
            }
            for (int tw = 1; tw <= 4; tw++) {
                if (l.realisasi(tw) != null) {
                    s.add(s.where(r, BudgetWorkbook.FIRST_QUARTER + tw - 1) + ": realisasi "
                            + l.levelName().toLowerCase() + " " + l.kode() + " dijumlah dari baris di bawahnya;"
                            + " isi realisasi pada baris " + level(l.depth() + 1) + ".");
                }
            }
            BigDecimal sum = sumOfPagu(budget, l);
            if (l.pagu() != null && sum != null && l.pagu().compareTo(sum) != 0) {
                s.add(s.where(r, BudgetWorkbook.PAGU) + ": pagu " + l.kode() + " " + rp(l.pagu())
                        + " tidak sama dengan jumlah pagu baris di bawahnya " + rp(sum) + ". Perbaiki salah satunya,"
                        + " atau kosongkan pagu " + l.kode() + " agar dijumlah otomatis.");
            }
        }
    }

    /** The pagu of a line: its own when written, else the sum of its rows'; null when some row has none. */
    static BigDecimal pagu(Budget budget, Budget.Line l) {
        return l.pagu() != null ? l.pagu() : sumOfPagu(budget, l);
    }

    private static BigDecimal sumOfPagu(Budget budget, Budget.Line l) {
        List<Budget.Line> children = budget.children(l);
        if (children.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Budget.Line c : children) {
            BigDecimal p = pagu(budget, c);
            if (p == null) {
                return null;
            }
            sum = sum.add(p);
        }
        return sum;
    }

    /** A kegiatan's program is its first three segments, a sub kegiatan's kegiatan its first five. */
    private static String parentCode(Budget.Line l) {
        String[] parts = l.kode().split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, l.depth() == 1 ? 3 : 5));
    }

}
