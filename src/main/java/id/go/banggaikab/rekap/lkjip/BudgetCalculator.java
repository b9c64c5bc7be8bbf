package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.history.StoredRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Realisasi Anggaran table. A lowest row's rupiah for a quarter is the keuangan sub bagian's figure when the
 * budget workbook gives one, else the Rp the units' Evaluasi Renja forms carry on the rows of the indicators it
 * serves, summed over those indicators: for one indicator several units' Rp add up where its figures do
 * ({@code gabung: jumlah}), else the most recently saved form's counts, as for its figure. A parent sums its rows. A
 * realisation is shown only when every quarter so far has a figure: a missing quarter is no zero. Serapan is the
 * realisation against the year's pagu; the capaian kinerja is that of the indicators the row serves (or, when it
 * names none, those of its rows) against their annual targets, since the pagu is the year's too.
 */
final class BudgetCalculator {

    private static final MathContext PERCENT = MathContext.DECIMAL64;

    private final Recap recap;
    private final Budget budget;
    private final Means means;
    private final List<StoredRow> unfigured;
    private final int triwulan;

    /** {@code unfigured}: rows with rupiah but no figure, which the recap's values leave out (see LkjipInput). */
    BudgetCalculator(Recap recap, Budget budget, Means means, List<StoredRow> unfigured) {
        this.recap = recap;
        this.budget = budget;
        this.means = means;
        this.triwulan = recap.periode().triwulan();
        this.unfigured = unfigured;
    }

    List<BudgetRow> rows() {
        List<BudgetRow> out = new ArrayList<>();
        for (Budget.Line l : budget.lines()) {
            out.add(row(l));
        }
        if (!out.isEmpty()) {
            out.add(total(out));
        }
        return out;
    }

    private BudgetRow row(Budget.Line l) {
        List<BudgetRow.RpSource> sources = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int tw = 1; tw <= triwulan; tw++) {
            Quarter q = quarter(l, tw);
            sources.add(q.source());
            if (q.amount() == null) {
                missing.add(tw);
            } else {
                sum = sum.add(q.amount());
            }
        }
        BigDecimal pagu = BudgetWorkbook.pagu(budget, l);
        BigDecimal realisasi = missing.isEmpty() ? sum : null;
        Double serapan = serapan(realisasi, pagu);
        CapaianMean capaian = means.of(results(served(l)), IndicatorResult::capaianAnnual);
        return new BudgetRow(l, l.kode(), l.nama(), l.depth(), pagu, realisasi, missing, sources, serapan, capaian,
                Efisiensi.of(capaian.value(), serapan));
    }

    private BudgetRow total(List<BudgetRow> rows) {
        List<BudgetRow> programs = rows.stream().filter(r -> r.depth() == 0).toList();
        BigDecimal pagu = BigDecimal.ZERO;
        BigDecimal realisasi = BigDecimal.ZERO;
        Set<Integer> missing = new java.util.TreeSet<>();
        for (BudgetRow p : programs) {
            pagu = p.pagu() == null || pagu == null ? null : pagu.add(p.pagu());
            missing.addAll(p.missing());
            realisasi = p.realisasi() == null || realisasi == null ? null : realisasi.add(p.realisasi());
        }
        List<BudgetRow.RpSource> sources = new ArrayList<>();
        for (int tw = 1; tw <= triwulan; tw++) {
            int q = tw - 1;
            sources.add(merge(programs.stream().map(p -> p.sources().get(q)).toList()));
        }
        CapaianMean none = new CapaianMean(null, null, 0, 0, List.of());
        Double serapan = serapan(realisasi, pagu);
        return new BudgetRow(null, "", "Jumlah", -1, pagu, realisasi, List.copyOf(missing), sources, serapan, none,
                Efisiensi.of(null, serapan));
    }

    private record Quarter(BigDecimal amount, BudgetRow.RpSource source) {
    }

    private Quarter quarter(Budget.Line l, int tw) {
        List<Budget.Line> children = budget.children(l);
        if (!children.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            List<BudgetRow.RpSource> sources = new ArrayList<>();
            for (Budget.Line c : children) {
                Quarter q = quarter(c, tw);
                sources.add(q.source());
                sum = q.amount() == null || sum == null ? null : sum.add(q.amount());
            }
            return new Quarter(sum, merge(sources));
        }
        if (l.realisasi(tw) != null) {
            return new Quarter(l.realisasi(tw), BudgetRow.RpSource.KEUANGAN);
        }
        BigDecimal fromForms = null;
        for (String code : l.indicators()) {
            BigDecimal amount = formsRp(code, tw);
            if (amount != null) {
                fromForms = fromForms == null ? amount : fromForms.add(amount);
            }
        }
        return fromForms == null ? new Quarter(null, BudgetRow.RpSource.TIDAK_ADA)
                : new Quarter(fromForms, BudgetRow.RpSource.FORMULIR);
    }

    /** The Rp the forms give for an indicator in a quarter: summed over units where its figures add up. */
    private BigDecimal formsRp(String code, int tw) {
        Optional<IndicatorResult> r = recap.indicator(code);
        if (r.isEmpty()) {
            return null;
        }
        List<StoredRow> rows = java.util.stream.Stream.concat(r.get().values().rows().stream(),
                unfigured.stream().filter(s -> s.indicatorCode().equals(code))).filter(s -> s.periode().triwulan() == tw
                && s.periode().tahun() == recap.periode().tahun() && s.anggaran() != null).toList();
        if (rows.isEmpty()) {
            return null;
        }
        if (r.get().indicator().combine() == Combine.JUMLAH) {
            return rows.stream().map(StoredRow::anggaran).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return rows.stream().max(Comparator.comparing(StoredRow::fileModified)).orElseThrow().anggaran();
    }

    /** The indicators a row's capaian kinerja rests on: those it names, else those its rows name. */
    private Set<String> served(Budget.Line l) {
        Set<String> out = new LinkedHashSet<>(l.indicators());
        if (out.isEmpty()) {
            budget.children(l).forEach(c -> out.addAll(served(c)));
        }
        return out;
    }

    private List<IndicatorResult> results(Set<String> codes) {
        return codes.stream().map(recap::indicator).flatMap(Optional::stream).toList();
    }

    private static Double serapan(BigDecimal realisasi, BigDecimal pagu) {
        if (realisasi == null || pagu == null || pagu.signum() == 0) {
            return null;
        }
        return realisasi.multiply(BigDecimal.valueOf(100)).divide(pagu, PERCENT).doubleValue();
    }

    private static BudgetRow.RpSource merge(List<BudgetRow.RpSource> sources) {
        Set<BudgetRow.RpSource> distinct = new LinkedHashSet<>(sources);
        if (distinct.contains(BudgetRow.RpSource.TIDAK_ADA)) {
            return BudgetRow.RpSource.TIDAK_ADA;
        }
        if (distinct.size() == 1) {
            return distinct.iterator().next();
        }
        return distinct.isEmpty() ? BudgetRow.RpSource.TIDAK_ADA : BudgetRow.RpSource.CAMPURAN;
    }
}
