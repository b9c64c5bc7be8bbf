package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.StoredRow;
import java.util.List;
import java.util.Map;

/**
 * What the LKjIP is computed from besides the recap: the Renstra workbook, the budget of the year, last year's
 * annual targets ({@code target-<tahun-1>.xlsx}, empty when there is none), the history's rows of the earlier years
 * (the three years before the recap's, locks applied), the notes the inputs gave (examples left out, a workbook
 * written), and the rows of the year that carry no figure but a unit's words or rupiah ({@code unfiguredRows}: the
 * recap's values leave them out). Handed over by the job, so the analysis reads no file and no database.
 */
public record LkjipInput(Renstra renstra, Budget budget, Map<String, Target> lastYearTargets,
        List<StoredRow> earlierRows, List<String> notes, List<StoredRow> unfiguredRows) {

    public LkjipInput {
        lastYearTargets = Map.copyOf(lastYearTargets);
        earlierRows = List.copyOf(earlierRows);
        notes = List.copyOf(notes);
        unfiguredRows = List.copyOf(unfiguredRows);
    }

    public LkjipInput(Renstra renstra, Budget budget, Map<String, Target> lastYearTargets,
            List<StoredRow> earlierRows, List<String> notes) {
        this(renstra, budget, lastYearTargets, earlierRows, notes, List.of());
    }

    /** Nothing besides the recap: no workbooks, no earlier history. */
    public static LkjipInput none(int tahun) {
        return new LkjipInput(Renstra.NONE, Budget.none(tahun), Map.of(), List.of(), List.of());
    }

    /** The rows without a figure of one indicator. */
    List<StoredRow> unfiguredOf(String indicatorCode) {
        return unfiguredRows.stream().filter(r -> r.indicatorCode().equals(indicatorCode)).toList();
    }
}
