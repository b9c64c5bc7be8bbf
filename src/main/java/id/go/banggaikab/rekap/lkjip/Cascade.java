package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.history.StoredRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The units' words from beneath an indicator of the LKjIP: every kegiatan indicator under it in the performance tree
 * (children, their children …, by {@code induk}), each with what its units wrote in Keterangan, Kendala and Solusi
 * over the year. An indicator of the LKjIP beneath another (a program under a sasaran strategis) has its own place and
 * is not walked into, so nothing is said twice.
 */
final class Cascade {

    private final Recap recap;
    private final Function<String, List<StoredRow>> unfigured;

    /** {@code unfigured} gives the rows of an indicator that carry words but no figure. */
    Cascade(Recap recap, Function<String, List<StoredRow>> unfigured) {
        this.recap = recap;
        this.unfigured = unfigured;
    }

    List<CascadeNote> under(Indicator top) {
        List<CascadeNote> out = new ArrayList<>();
        walk(recap.catalogue(), top.code(), out);
        return out;
    }

    private void walk(Catalogue catalogue, String code, List<CascadeNote> out) {
        for (Indicator child : catalogue.childrenOf(code)) {
            if (Examples.inLkjip(child)) {
                continue;
            }
            List<StoredRow> rows = new ArrayList<>(recap.indicator(child.code()).map(IndicatorResult::values)
                    .map(id.go.banggaikab.rekap.aggregation.IndicatorValues::rows).orElse(List.of()));
            rows.addAll(unfigured.apply(child.code()));
            UnitNotes.of(catalogue, rows).forEach(n -> out.add(new CascadeNote(child, n)));
            walk(catalogue, child.code(), out);
        }
    }
}
