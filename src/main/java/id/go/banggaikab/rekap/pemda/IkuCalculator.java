package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.aggregation.Capaian;
import id.go.banggaikab.rekap.aggregation.CategoryScale;
import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.OfficeRecaps.Access;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One IKU from the offices' recaps. Each quarter's figure and the year to date come from the office's latest recap of
 * the year (a lone reference passes a grade through; a formula is worked out on the numbers, as katalog.yml's
 * turunan), the year to date only from a recap of the quarter itself: an earlier quarter's year to date is never
 * shown as this one's. Capaian follows the one rule (SPEC §1): the year to date against the cumulative target of the
 * quarter where one is set, the annual target otherwise, by the IKU's polarity; an IKU whose sources did not all
 * report the quarter has none.
 */
final class IkuCalculator {

    private final Periode periode;
    private final Map<String, Target> targets;
    private final Map<String, OfficeState> offices;

    IkuCalculator(Periode periode, Map<String, Target> targets, Map<String, OfficeState> offices) {
        this.periode = periode;
        this.targets = targets;
        this.offices = offices;
    }

    IkuResult result(PemdaConfig.Iku iku) {
        List<Figure> quarters = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            int q = tw;
            quarters.add(tw > periode.triwulan() ? Figure.NONE : evaluate(iku, ref -> quarterOf(ref, q)));
        }
        List<IkuResult.Source> sources = iku.references().stream().map(this::source).toList();
        boolean reported = sources.stream().allMatch(s -> s.state() == IkuResult.SourceState.DIKUNCI
                || s.state() == IkuResult.SourceState.SEMENTARA);
        Figure ytd = evaluate(iku, ref -> line(ref, current(ref)).flatMap(l -> l.value(PublishedRecap.YEAR_TO_DATE))
                .map(IkuCalculator::figure).orElse(Figure.NONE));
        Target target = targets.get(iku.code());
        Figure annual = target == null ? Figure.NONE : target.annualPredikat() != null
                ? Figure.of(target.annualPredikat()) : Figure.of(target.annual());
        Figure quarter = target == null ? Figure.NONE : target.predikatUpTo(periode.triwulan()) != null
                ? Figure.of(target.predikatUpTo(periode.triwulan())) : Figure.of(target.upTo(periode.triwulan()));
        Figure compared = quarter.isEmpty() ? annual : quarter;
        Double capaian = reported ? Capaian.of(ytd, compared, iku.polarity()) : null;
        IkuResult.Standing standing = ytd.isEmpty() ? IkuResult.Standing.BELUM_ADA_DATA
                : reported ? IkuResult.Standing.LENGKAP : IkuResult.Standing.BELUM_LAPOR;
        boolean locked = sources.stream().allMatch(s -> s.state() == IkuResult.SourceState.DIKUNCI);
        Figure lastYear = evaluate(iku, ref -> Optional.ofNullable(offices.get(ref.office())).map(OfficeState::lastYear)
                .flatMap(r -> line(ref, r)).flatMap(l -> l.value(PublishedRecap.YEAR_TO_DATE))
                .map(IkuCalculator::figure).orElse(Figure.NONE));
        return new IkuResult(iku, quarters, ytd, annual, compared, quarter.isEmpty() && !annual.isEmpty(), capaian,
                CategoryScale.DEFAULT.categorize(capaian), standing, locked, sources, lastYear);
    }

    private IkuResult.Source source(PemdaConfig.Reference ref) {
        OfficeState office = offices.get(ref.office());
        String officeName = office.office().name();
        if (office.access() != Access.READABLE) {
            return new IkuResult.Source(ref, officeName, null, Figure.NONE, IkuResult.SourceState.TIDAK_TERBACA);
        }
        PublishedRecap latest = office.recap();
        if (latest != null && latest.line(ref.indicator()).isEmpty()) {
            return new IkuResult.Source(ref, officeName, null, Figure.NONE, IkuResult.SourceState.KODE_TIDAK_ADA);
        }
        if (!office.recapped(periode)) {
            return new IkuResult.Source(ref, officeName, latest == null ? null
                    : latest.line(ref.indicator()).get().name(), Figure.NONE, IkuResult.SourceState.BELUM_MEREKAP);
        }
        PublishedRecap.Line line = latest.line(ref.indicator()).get();
        Figure ytd = line.value(PublishedRecap.YEAR_TO_DATE).map(IkuCalculator::figure).orElse(Figure.NONE);
        IkuResult.SourceState state = !line.reported() ? IkuResult.SourceState.BELUM_LAPOR
                : office.locked() ? IkuResult.SourceState.DIKUNCI : IkuResult.SourceState.SEMENTARA;
        return new IkuResult.Source(ref, officeName, line.name(), ytd, state);
    }

    /** A quarter's figure from the office's latest recap of the year, when that recap reaches the quarter. */
    private Figure quarterOf(PemdaConfig.Reference ref, int tw) {
        OfficeState office = offices.get(ref.office());
        PublishedRecap latest = office == null || office.access() != Access.READABLE ? null : office.recap();
        if (latest == null || latest.periode().triwulan() < tw) {
            return Figure.NONE;
        }
        return line(ref, latest).flatMap(l -> l.value(tw)).map(IkuCalculator::figure).orElse(Figure.NONE);
    }

    /** The office's recap of the quarter itself, or null. */
    private PublishedRecap current(PemdaConfig.Reference ref) {
        OfficeState office = offices.get(ref.office());
        return office != null && office.access() == Access.READABLE && office.recapped(periode) ? office.recap()
                : null;
    }

    private static Optional<PublishedRecap.Line> line(PemdaConfig.Reference ref, PublishedRecap recap) {
        return recap == null ? Optional.empty() : recap.line(ref.indicator());
    }

    /** The IKU's figure from each reference's: passed through for a lone reference, else the formula's number. */
    private static Figure evaluate(PemdaConfig.Iku iku, Function<PemdaConfig.Reference, Figure> of) {
        if (iku.single().isPresent()) {
            return of.apply(iku.single().get());
        }
        Map<String, Double> numbers = new HashMap<>();
        for (PemdaConfig.Reference ref : iku.references()) {
            numbers.put(ref.text(), of.apply(ref).number());
        }
        return Figure.of(iku.derivation().evaluate(numbers::get));
    }

    private static Figure figure(PublishedRecap.Value v) {
        return v.predikat() != null ? Figure.of(v.predikat()) : Figure.of(v.number());
    }
}
