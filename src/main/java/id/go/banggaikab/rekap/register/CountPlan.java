package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which quarters of the recap's year one reading of the registers counts. A rule that looks at dates counts every
 * quarter in {@code dated}: the dates say what happened when. A rule without dates counts the registers as they are
 * ({@code snapshot}, at most the quarter recapped or the quarter a lock was taken for): today's list says nothing
 * about last quarter's. {@code recap} is the quarter the recap is for, whose rows the recap lists.
 */
public record CountPlan(Catalogue catalogue, Periode recap, Set<Integer> dated, Set<Integer> snapshot) {

    public CountPlan {
        dated = Set.copyOf(dated);
        snapshot = Set.copyOf(snapshot);
    }

    /** Every quarter from TW I to the recap's, the recap's own as the snapshot: no lock in the way. */
    public static CountPlan whole(Catalogue catalogue, Periode recap) {
        Set<Integer> all = new TreeSet<>();
        for (int tw = 1; tw <= recap.triwulan(); tw++) {
            all.add(tw);
        }
        return new CountPlan(catalogue, recap, all, Set.of(recap.triwulan()));
    }

    /** The quarters a rule is counted for in this reading. */
    Set<Integer> quarters(RegisterRule rule) {
        Set<Integer> out = new TreeSet<>(snapshot);
        if (rule.dated() || rule.lastYear()) {
            out.addAll(dated);
        }
        return out;
    }

    /**
     * Whether the rows behind this quarter's figure are listed: those of the recap's quarter for a stock, of every
     * quarter to it for a flow (the year to date adds them up).
     */
    boolean listed(RegisterRule rule, int tw) {
        return tw == recap.triwulan() || tw < recap.triwulan() && flow(rule);
    }

    /** Whether the part adds up over the quarters (akumulasi jumlah). */
    boolean flow(RegisterRule rule) {
        return accumulation(rule) == Accumulation.JUMLAH;
    }

    Accumulation accumulation(RegisterRule rule) {
        Indicator i = catalogue.indicator(rule.indicatorCode()).orElseThrow();
        return switch (rule.slot()) {
            case PEMBILANG -> i.numerator().accumulation();
            case PENYEBUT -> i.denominator().accumulation();
            case NILAI -> i.accumulation() != null ? i.accumulation()
                    : i.kind() == IndicatorKind.JUMLAH ? Accumulation.JUMLAH : Accumulation.TERAKHIR;
        };
    }
}
