package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.List;

/**
 * One indicator of the LKjIP's Capaian Kinerja table. {@code target} is what the capaian is measured against, as
 * the unit scores do: the cumulative Rencana Aksi target of the quarter where one is set, else the annual target
 * ({@code annualInQuarter} says the annual target stood in for a missing quarter target before TW IV). Last year's
 * capaian is against last year's annual target; {@code change} is this capaian less last year's, in points. The
 * Renstra capaian is this realisation against the Target Akhir Renstra, by the indicator's polarity. Null where a
 * figure is missing, never 0; an indicator with no figure for the quarter itself has no capaian at all (its year to
 * date is of earlier quarters).
 */
public record IndicatorLine(IndicatorResult result, Figure target, boolean annualInQuarter, Double capaian,
        String kategori, YearFigure lastYear, Figure lastYearTarget, Double lastYearCapaian, Double change,
        YearFigure twoYearsAgo, Figure kondisiAwal, Figure renstraEnd, Double capaianRenstra, List<UnitNote> notes) {

    public IndicatorLine {
        notes = List.copyOf(notes);
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
}
