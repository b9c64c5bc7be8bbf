package id.go.banggaikab.rekap.targets;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.WorkbookCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a planner should look at in the targets, each named with file, sheet, cell and value; none stops a run:
 * <ul>
 * <li>an indicator of the catalogue without an annual target (its capaian cannot be read);</li>
 * <li>an annual target changed without its quarters: the cumulative TW IV target is the year's, so a TW IV target
 * that differs from the annual one means one of them was changed alone;</li>
 * <li>cumulative targets that run against how the indicator builds up: for one that adds up over the quarters (a
 * flow, or a ratio of a flow over a stock), a cumulative target that falls from one quarter to the next or lies above
 * the annual target; for any other, a quarter's target beyond the annual one in the direction that is better;</li>
 * <li>a percentage whose targets are all 1 or less, which usually means 0,92 typed for 92 %.</li>
 * </ul>
 * Grades compare by rank. Unreadable cells and unknown codes are found while reading ({@link TargetReader}).
 */
final class TargetChecks {

    private final String file;
    private final String sheet;
    private final TargetReader.Columns columns;

    TargetChecks(String file, String sheet, TargetReader.Columns columns) {
        this.file = file;
        this.sheet = sheet;
        this.columns = columns;
    }

    List<Problem> check(Catalogue catalogue, Map<String, TargetRow> rows) {
        List<Problem> out = new ArrayList<>();
        for (Indicator i : catalogue.indicators()) {
            TargetRow row = rows.get(i.code());
            if (row == null) {
                out.add(Problem.warning(file, sheet, null, null, i.code() + " (" + i.name() + "): tidak ada barisnya"
                        + " di lembar " + sheet + ", jadi tanpa target; capaiannya tidak dapat dihitung. Tambahkan"
                        + " baris dengan kode ini."));
                continue;
            }
            if (row.value(0) == null) {
                out.add(note(row, 0, i.code() + " (" + i.name() + "): target tahunan kosong; capaiannya hanya dapat"
                        + " dihitung terhadap target triwulan yang diisi. Isi target Perjanjian Kinerja."));
            } else if (row.value(4) != null && !row.value(4).equals(row.value(0))) {
                out.add(note(row, 4, i.code() + ": target TW IV (kumulatif) " + shown(row, 4) + " berbeda dari target"
                        + " tahunan " + shown(row, 0) + " (sel " + cell(row, 0) + "). Target kumulatif TW IV adalah"
                        + " target setahun: bila target tahunan diubah, ubah juga target triwulannya (Rencana Aksi)."));
            }
            out.addAll(accumulation(i, row));
            if (WorkbookCells.looksLikeFractions(i, values(row))) {
                int c = row.value(0) != null ? 0 : firstGiven(row);
                out.add(note(row, c, i.code() + ": target " + shown(row, c) + " untuk indikator dalam persen; "
                        + WorkbookCells.fractionQuestion(row.value(c))));
            }
        }
        return out;
    }

    /** Quarterly targets against how the indicator builds up over the year. */
    private List<Problem> accumulation(Indicator i, TargetRow row) {
        List<Problem> out = new ArrayList<>();
        if (i.kind() == IndicatorKind.PREDIKAT) {
            return out;
        }
        boolean adds = addsUp(i);
        Double annual = row.value(0);
        Double before = null;
        int beforeQuarter = 0;
        for (int q = 1; q <= 4; q++) {
            Double v = row.value(q);
            if (v == null) {
                continue;
            }
            if (adds && before != null && v < before) {
                out.add(note(row, q, i.code() + ": target kumulatif " + quarter(q) + " " + shown(row, q)
                        + " lebih kecil dari " + quarter(beforeQuarter) + " " + shown(row, beforeQuarter) + ". Indikator"
                        + " ini dijumlah dari triwulan ke triwulan, jadi target kumulatifnya tidak boleh turun."));
            }
            boolean beyond = annual != null && q < 4 && (adds || i.polarity() == Polarity.NAIK ? v > annual
                    : v < annual);
            if (beyond) {
                out.add(note(row, q, i.code() + ": target kumulatif " + quarter(q) + " " + shown(row, q) + " "
                        + (adds || i.polarity() == Polarity.NAIK ? "di atas" : "di bawah") + " target tahunan "
                        + shown(row, 0) + (adds ? "; target s.d. triwulan tidak boleh melebihi target setahun."
                        : "; periksa apakah target tahunan atau target triwulannya yang salah.")));
            }
            before = v;
            beforeQuarter = q;
        }
        return out;
    }

    /** Whether the figure grows over the year as its parts add up: a flow, or a flow over a stock. */
    static boolean addsUp(Indicator i) {
        if (i.isRatio()) {
            return i.numerator() != null && i.denominator() != null
                    && i.numerator().accumulation() == Accumulation.JUMLAH
                    && i.denominator().accumulation() == Accumulation.TERAKHIR;
        }
        return i.accumulation() == Accumulation.JUMLAH;
    }

    /** The annual and the four quarterly targets, null where empty. */
    private static List<Double> values(TargetRow row) {
        List<Double> out = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            out.add(row.value(c));
        }
        return out;
    }

    private static int firstGiven(TargetRow row) {
        for (int c = 0; c < 5; c++) {
            if (row.value(c) != null) {
                return c;
            }
        }
        return 0;
    }

    private Problem note(TargetRow row, int i, String reason) {
        String shown = row.shown()[i];
        return Problem.warning(file, sheet, cell(row, i), shown == null || shown.isEmpty() ? null : shown, reason);
    }

    private String cell(TargetRow row, int i) {
        int c = columns.targets()[i];
        return c < 0 ? null : WorkbookCells.Sheet.address(row.row(), c);
    }

    private static String shown(TargetRow row, int i) {
        return row.grades()[i] != null ? row.grades()[i].name() : IndonesianNumbers.format(row.numbers()[i]);
    }

    private static String quarter(int q) {
        return "TW " + id.go.banggaikab.rekap.shared.Periode.roman(q);
    }
}
