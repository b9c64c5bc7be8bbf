package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.shared.Periode;

/**
 * The one rule that says what an indicator's capaian of a quarter is (SPEC §1), so that the recap, the scores, the
 * charts, the receipts and the LKjIP never show two capaian for one indicator. The year to date at the end of a
 * quarter is measured against the cumulative Rencana Aksi target of that quarter where one is set, and against the
 * annual target (Perjanjian Kinerja) otherwise; before TW IV that fall-back is labelled, because a year to date
 * measured against a whole year looks low. The annual view (the same year to date against the annual target) is
 * kept beside it for the column that shows it, and for the budget's efficiency, which compares with a year's pagu.
 * An indicator with no figure for the quarter itself gets no capaian at all: a year to date left from earlier
 * quarters is no report of this one, and scoring it would show a form not yet sent as a low result.
 */
public final class CapaianRule {

    /** What the capaian of a quarter is measured against. */
    public enum Basis {
        /** The cumulative Rencana Aksi target of the quarter. */
        RENCANA_AKSI,
        /** TW IV without a TW IV target: the annual target, which is the year's. */
        TAHUNAN,
        /** TW I–III without a target of the quarter: the annual target stands in, and the outputs say so. */
        TAHUNAN_PENGGANTI,
        /** No target at all. */
        TANPA_TARGET;

        /** Whether the annual target stands in for a missing quarter target: every output labels such a row. */
        public boolean fallsBack() {
            return this == TAHUNAN_PENGGANTI;
        }
    }

    /**
     * The measure of one indicator for one quarter: the target the capaian is measured against and what that target
     * is, the capaian by the rule, and the annual view (the year to date against the annual target). Either capaian
     * is null where there is no figure of the quarter or no target, never 0.
     */
    public record Measure(Figure target, Basis basis, Figure annualTarget, Double capaian, Double capaianAnnual) {
    }

    private CapaianRule() {
    }

    /** The measure of {@code values} at the end of quarter {@code triwulan}, given the year's {@code target}. */
    public static Measure of(IndicatorValues values, Target target, int triwulan, Polarity polarity) {
        Figure annual = target == null ? Figure.NONE : annualOf(target);
        Figure quarter = target == null ? Figure.NONE : quarterOf(target, triwulan);
        Basis basis = !quarter.isEmpty() ? Basis.RENCANA_AKSI : annual.isEmpty() ? Basis.TANPA_TARGET
                : triwulan == 4 ? Basis.TAHUNAN : Basis.TAHUNAN_PENGGANTI;
        Figure against = basis == Basis.RENCANA_AKSI ? quarter : annual;
        if (!values.reportedIn(triwulan)) {
            return new Measure(against, basis, annual, null, null);
        }
        return new Measure(against, basis, annual, Capaian.of(values.ytd(), against, polarity),
                Capaian.of(values.ytd(), annual, polarity));
    }

    /** How the outputs name the target a capaian was measured against, e.g. "target s.d. TW III (Rencana Aksi)". */
    public static String describe(Basis basis, Periode periode) {
        return switch (basis) {
            case RENCANA_AKSI -> "target s.d. " + periode.label() + " (Rencana Aksi)";
            case TAHUNAN -> "target tahunan";
            case TAHUNAN_PENGGANTI -> "target tahunan (target " + periode.label() + " belum ditetapkan)";
            case TANPA_TARGET -> "target belum ditetapkan";
        };
    }

    private static Figure annualOf(Target t) {
        return t.annualPredikat() != null ? Figure.of(t.annualPredikat()) : Figure.of(t.annual());
    }

    private static Figure quarterOf(Target t, int triwulan) {
        return t.predikatUpTo(triwulan) != null ? Figure.of(t.predikatUpTo(triwulan)) : Figure.of(t.upTo(triwulan));
    }
}
