package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills in the indicators the catalogue derives from others by a formula: each quarter and the year to date are
 * computed from the referenced indicators' figures of the same period, so the trace (Sumber, Jejak Data) lists the
 * forms behind the operands. A missing operand leaves the derived value empty.
 */
final class Derivations {

    private Derivations() {
    }

    static Map<String, IndicatorValues> apply(Catalogue catalogue, Map<String, IndicatorValues> values) {
        Map<String, IndicatorValues> out = new LinkedHashMap<>(values);
        for (Indicator i : catalogue.derivedInOrder()) {
            List<Figure> quarters = new ArrayList<>();
            for (int tw = 1; tw <= 4; tw++) {
                int q = tw;
                quarters.add(Figure.of(i.derivation().evaluate(number(out, v -> v.quarter(q)))));
            }
            Figure ytd = Figure.of(i.derivation().evaluate(number(out, IndicatorValues::ytd)));
            List<StoredRow> rows = new ArrayList<>();
            for (String ref : i.derivation().references()) {
                IndicatorValues v = out.get(ref);
                if (v != null) {
                    rows.addAll(v.rows());
                }
            }
            out.put(i.code(), new IndicatorValues(quarters, ytd, null, null, rows));
        }
        return out;
    }

    private static Function<String, Double> number(Map<String, IndicatorValues> values,
            Function<IndicatorValues, Figure> which) {
        return code -> {
            IndicatorValues v = values.get(code);
            return v == null ? null : which.apply(v).number();
        };
    }
}
