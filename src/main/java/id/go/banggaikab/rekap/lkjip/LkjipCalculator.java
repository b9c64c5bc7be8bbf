package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Capaian;
import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.history.StoredRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the LKjIP's Bab III from a recap and the inputs the staff keep: per indicator of sasaran strategis and
 * program the recap's own capaian (the one rule of {@code CapaianRule}), last year's and the one before's realisation,
 * last year's capaian and the change, the realisation against the Target Akhir Renstra (by polarity) and the units'
 * explanations; per sasaran the mean capaian by the rules and cap of the unit scores; the budget with serapan and
 * efficiency; the trend of each sasaran strategis; under each indicator what the units beneath it in the performance
 * tree wrote; the staff of each unit. A plain class, tested with {@code new}.
 */
public final class LkjipCalculator {

    public Lkjip calculate(Recap recap, LkjipInput input) {
        Set<String> notes = new LinkedHashSet<>(input.notes());
        int tahun = recap.periode().tahun();
        List<String> yearNotes = new ArrayList<>();
        YearComparison years = new YearComparison(recap.catalogue(), input.renstra(), input.earlierRows(),
                tahun - 2, tahun - 1, yearNotes);
        Means means = new Means(recap.settings().scoreCap(), recap.settings().scale(), recap.periode().triwulan());
        List<IndicatorLine> lines = new ArrayList<>();
        Cascade cascade = new Cascade(recap, input::unfiguredOf);
        for (IndicatorResult r : recap.indicators()) {
            if (Examples.inLkjip(r.indicator())) {
                lines.add(line(recap, r, input, years, cascade.under(r.indicator())));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Grouping.Draft d : Grouping.of(lines)) {
            CapaianMean mean = means.of(d.lines().stream().map(IndicatorLine::result).toList(),
                    IndicatorResult::capaian);
            groups.add(new Group(d.number(), d.sasaran(), d.level(), d.lines(), mean));
        }
        List<BudgetRow> budget = new BudgetCalculator(recap, input.budget(), means, input.unfiguredRows()).rows();
        List<Trend> trends = new Trends(input.renstra(), years, recap.periode(), recap.quarterEnded())
                .of(groups);
        notes.addAll(yearNotes);
        for (Problem p : input.budget().notes()) {
            notes.add(p.file() + " sel " + p.cell() + ": " + p.reason());
        }
        return new Lkjip(recap, groups, budget, trends, input.renstra(), List.copyOf(notes),
                UnitStaff.of(recap.catalogue()));
    }

    private static IndicatorLine line(Recap recap, IndicatorResult r, LkjipInput input, YearComparison years,
            List<CascadeNote> cascade) {
        int tahun = recap.periode().tahun();
        Polarity polarity = r.indicator().polarity();
        // A year to date carried from earlier quarters is no report of this one: no capaian is made of it.
        boolean current = r.values().reportedIn(recap.periode().triwulan());
        Double capaian = r.capaian();
        YearFigure last = years.figure(r.indicator(), tahun - 1);
        YearFigure before = years.figure(r.indicator(), tahun - 2);
        Figure lastTarget = annual(input.lastYearTargets().get(r.indicator().code()));
        if (lastTarget.isEmpty()) {
            lastTarget = input.renstra().earlier(r.indicator().code(), tahun - 1).target();
        }
        Double lastCapaian = last.source() == YearFigure.Source.RIWAYAT_SEBAGIAN ? null
                : Capaian.of(last.figure(), lastTarget, polarity);
        Double change = capaian == null || lastCapaian == null ? null : capaian - lastCapaian;
        Figure end = input.renstra().endTarget(r.indicator().code());
        List<StoredRow> said = new ArrayList<>(r.values().rows());
        said.addAll(input.unfiguredOf(r.indicator().code()));
        List<UnitNote> notes = UnitNotes.of(recap.catalogue(), said);
        return new IndicatorLine(r, last, lastTarget, lastCapaian, change, before,
                input.renstra().kondisiAwal(r.indicator().code()), end, current ? Capaian.of(r.ytd(), end, polarity)
                        : null, notes, cascade);
    }

    private static Figure annual(Target t) {
        if (t == null) {
            return Figure.NONE;
        }
        return t.annualPredikat() != null ? Figure.of(t.annualPredikat()) : Figure.of(t.annual());
    }
}
