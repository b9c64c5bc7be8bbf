package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.List;

/**
 * One indicator of the LKjIP's Capaian Kinerja table. Its target, capaian and category are the recap's, by the one
 * rule of {@link id.go.banggaikab.rekap.aggregation.CapaianRule} (read through {@link #target()},
 * {@link #capaian()}, {@link #kategori()}), so the Bab III never shows another capaian than the recap. Last year's
 * capaian is against last year's annual target; {@code change} is this capaian less last year's, in points. The
 * Renstra capaian is this realisation against the Target Akhir Renstra, by the indicator's polarity. Null where a
 * figure is missing, never 0; an indicator with no figure for the quarter itself has no capaian at all (its year to
 * date is of earlier quarters). {@code notes} are the words of the units that report it; {@code cascade} those of
 * the units beneath it in the performance tree ({@link CascadeNote}).
 */
public record IndicatorLine(IndicatorResult result, YearFigure lastYear, Figure lastYearTarget,
        Double lastYearCapaian, Double change, YearFigure twoYearsAgo, Figure kondisiAwal, Figure renstraEnd,
        Double capaianRenstra, List<UnitNote> notes, List<CascadeNote> cascade) {

    public IndicatorLine {
        notes = List.copyOf(notes);
        cascade = List.copyOf(cascade);
    }

    public Indicator indicator() {
        return result.indicator();
    }

    public String code() {
        return result.indicator().code();
    }

    public Figure realisasi() {
        return result.ytd();
    }

    /** The target the capaian is measured against. */
    public Figure target() {
        return result.target();
    }

    /** Whether the annual target stood in for a quarter target not set (before TW IV): labelled wherever shown. */
    public boolean annualInQuarter() {
        return result.basis().fallsBack();
    }

    public Double capaian() {
        return result.capaian();
    }

    public String kategori() {
        return result.kategori();
    }

    /** Whether it reached the target it is measured against: a capaian of 100 % or more. */
    public boolean reachedTarget() {
        return capaian() != null && capaian() >= 100;
    }

    /** Whether it fell short of that target; an indicator without a capaian did neither. */
    public boolean belowTarget() {
        return capaian() != null && capaian() < 100;
    }
}
