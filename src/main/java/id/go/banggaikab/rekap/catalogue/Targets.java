package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.shared.Problem;
import java.util.List;
import java.util.Map;

/**
 * The targets of one year as their workbook gave them: the targets by indicator code, the workbook's name, whether
 * it is still the shipped example ({@code example}: marked CONTOH, its figures are not the Perjanjian Kinerja, so
 * every capaian computed from them says "target contoh, belum resmi"), and what the check of the workbook found
 * ({@code notes}: each with file, sheet, cell and value, for the Catatan Katalog sheet). A note never stops a run.
 */
public record Targets(String file, Map<String, Target> byCode, boolean example, List<Problem> notes) {

    /** No targets at all (no workbook), with what was said about it. */
    public static Targets none(String file, List<Problem> notes) {
        return new Targets(file, Map.of(), false, notes);
    }

    /** Targets without a workbook behind them, as a test or a lock of an older version gives them. */
    public static Targets of(Map<String, Target> byCode) {
        return new Targets(null, byCode, false, List.of());
    }

    public Targets {
        byCode = Map.copyOf(byCode);
        notes = List.copyOf(notes);
    }

    /** The targets of an indicator, or null. */
    public Target get(String code) {
        return byCode.get(code);
    }
}
