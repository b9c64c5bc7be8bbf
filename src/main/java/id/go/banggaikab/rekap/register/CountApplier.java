package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the counted figures in place of the typed ones, so the recap computes with the register's count exactly as
 * it would with a form's: for every indicator part and quarter a register counted, the typed figure is taken off the
 * rows of the forms (their notes stay) and a row from the register file takes its place, naming the file for the
 * trace. Where a form typed a different figure, both numbers are said. A growth ratio's penyebut counted from last
 * year's register also becomes last year's year-end figure, which the recap divides by.
 */
public final class CountApplier {

    /** The rows the recap computes from, and the disagreements between a form and a register. */
    public record Applied(List<StoredRow> rows, List<Problem> problems) {
    }

    /** Below this a typed figure is the count, written rounded. */
    private static final double SAME = 0.5;

    private final Catalogue catalogue;
    private final Periode recap;
    private final Map<String, CountedFigure> counted = new HashMap<>();

    public CountApplier(Catalogue catalogue, Periode recap, List<CountedFigure> figures) {
        this.catalogue = catalogue;
        this.recap = recap;
        figures.forEach(f -> counted.put(key(f.rule().indicatorCode(), f.rule().slot(), f.triwulan()), f));
    }

    public Applied apply(List<StoredRow> typed) {
        if (counted.isEmpty()) {
            return new Applied(typed, List.of());
        }
        List<StoredRow> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (StoredRow r : typed) {
            StoredRow kept = r.periode().tahun() == recap.tahun() ? replaced(r, typed, problems)
                    : r.periode().equals(new Periode(recap.tahun() - 1, 4)) ? lastYearEnd(r) : r;
            if (kept != null) {
                out.add(kept);
            }
        }
        out.addAll(counted());
        return new Applied(out, problems);
    }

    /** The typed row without the parts a register counted; null when nothing of it is left to show. */
    private StoredRow replaced(StoredRow r, List<StoredRow> all, List<Problem> problems) {
        Indicator i = catalogue.indicator(r.indicatorCode()).orElse(null);
        if (i == null) {
            return r;
        }
        int tw = r.periode().triwulan();
        CountedFigure num = counted.get(key(i.code(), RegisterRule.Slot.PEMBILANG, tw));
        CountedFigure den = counted.get(key(i.code(), RegisterRule.Slot.PENYEBUT, tw));
        CountedFigure val = counted.get(key(i.code(), RegisterRule.Slot.NILAI, tw));
        if (num == null && den == null && val == null) {
            return r;
        }
        Double numerator = r.numerator();
        Double denominator = r.denominator();
        Double value = r.value();
        if (num != null) {
            disagreement(r, i, num, numerator, all, problems);
            numerator = null;
        }
        if (den != null) {
            disagreement(r, i, den, denominator, all, problems);
            denominator = null;
        }
        if (val != null) {
            disagreement(r, i, val, value, all, problems);
            value = null;
        }
        if (i.isRatio() && (num != null || den != null)) {
            if (num != null && den != null && r.numerator() == null && r.denominator() == null && value != null
                    && den.value() > 0) {
                double ratio = num.value() / den.value() * 100;
                if (Math.abs(ratio - value) > SAME) {
                    problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), IndonesianNumbers.format(value),
                            i.code() + " " + r.periode().label() + ": formulir menulis " + IndonesianNumbers.format(
                                    value) + " %, hitungan register " + figure(num) + " / " + figure(den) + " = "
                                    + IndonesianNumbers.format(ratio) + " %; dipakai hitungan register"));
                }
            }
            value = null; // a ratio's percentage follows its parts
        }
        boolean figures = value != null || numerator != null || denominator != null || r.predikat() != null;
        if (!figures && r.notes().equals(ReadRow.Notes.NONE)) {
            return null;
        }
        return new StoredRow(r.indicatorCode(), r.unitCode(), r.periode(), value, numerator, denominator,
                r.predikat(), r.cumulative() && figures, r.notes(), r.anggaran(), r.fileName(), r.sheet(), r.cell(),
                r.fileModified());
    }

    /** Last year's TW IV numerator of a growth ratio whose penyebut a register gives: the register's figure wins. */
    private StoredRow lastYearEnd(StoredRow r) {
        if (r.numerator() == null || growthBase(r.indicatorCode()) == null) {
            return r;
        }
        boolean figures = r.value() != null || r.denominator() != null;
        return figures || !r.notes().equals(ReadRow.Notes.NONE) ? new StoredRow(r.indicatorCode(), r.unitCode(),
                r.periode(), null, null, r.denominator(), r.predikat(), r.cumulative(), r.notes(), r.anggaran(),
                r.fileName(), r.sheet(), r.cell(), r.fileModified()) : null;
    }

    private CountedFigure growthBase(String code) {
        Indicator i = catalogue.indicator(code).orElse(null);
        if (i == null || i.kind() != IndicatorKind.RASIO_PERTUMBUHAN) {
            return null;
        }
        CountedFigure f = counted.get(key(code, RegisterRule.Slot.PENYEBUT, recap.triwulan()));
        return f != null && f.rule().lastYear() ? f : null;
    }

    /**
     * Says so when a form typed another figure than the register counts. A year to date typed on the form is held
     * against the counts of the quarters to it; a yearly sum against what the unit typed for the quarters to it.
     */
    private void disagreement(StoredRow r, Indicator i, CountedFigure c, Double typed, List<StoredRow> all,
            List<Problem> problems) {
        if (typed == null) {
            return;
        }
        int tw = r.periode().triwulan();
        boolean flow = accumulation(i, c.rule().slot()) == Accumulation.JUMLAH;
        Double count = c.value();
        Double shown = typed;
        if (flow && r.cumulative() && !c.cumulative()) {
            count = upTo(c.rule(), tw);
        } else if (flow && c.cumulative() && !r.cumulative()) {
            shown = unitUpTo(r, c.rule().slot(), all);
        }
        if (count == null || shown == null || Math.abs(count - shown) < SAME) {
            return;
        }
        String what = i.code() + " " + c.rule().slot().word() + " " + r.periode().label()
                + (c.cumulative() || r.cumulative() ? " (s.d. triwulan)" : "");
        problems.add(Problem.warning(r.fileName(), r.sheet(), r.cell(), IndonesianNumbers.format(shown), what
                + ": formulir menulis " + IndonesianNumbers.format(shown) + ", hitungan " + c.rule().kind().label()
                + " " + IndonesianNumbers.format(count) + " (" + c.source() + "); dipakai hitungan register."
                + " Baris yang dihitung ada di lembar Rincian Register"));
    }

    /** The register's counts of TW I to {@code tw} added up; null when a quarter among them was not counted. */
    private Double upTo(RegisterRule rule, int tw) {
        double sum = 0;
        for (int q = 1; q <= tw; q++) {
            CountedFigure f = counted.get(key(rule.indicatorCode(), rule.slot(), q));
            if (f == null) {
                return null;
            }
            sum += f.value();
        }
        return sum;
    }

    /** What one unit typed for TW I to this row's quarter, added up; null when a quarter is missing. */
    private static Double unitUpTo(StoredRow r, RegisterRule.Slot slot, List<StoredRow> all) {
        double sum = 0;
        for (int q = 1; q <= r.periode().triwulan(); q++) {
            int quarter = q;
            StoredRow newest = null;
            for (StoredRow s : all) {
                if (s.indicatorCode().equals(r.indicatorCode()) && s.unitCode().equals(r.unitCode())
                        && s.periode().equals(new Periode(r.periode().tahun(), quarter)) && part(s, slot) != null
                        && (newest == null || s.fileModified() != null && newest.fileModified() != null
                                && s.fileModified().isAfter(newest.fileModified()))) {
                    newest = s;
                }
            }
            if (newest == null || newest.cumulative()) {
                return newest == null ? null : part(newest, slot);
            }
            sum += part(newest, slot);
        }
        return sum;
    }

    private static Double part(StoredRow r, RegisterRule.Slot slot) {
        return switch (slot) {
            case PEMBILANG -> r.numerator();
            case PENYEBUT -> r.denominator();
            case NILAI -> r.value();
        };
    }

    /** The register's rows: one per indicator and quarter, both parts of a ratio together when they can be. */
    private List<StoredRow> counted() {
        Map<String, StoredRow> out = new java.util.LinkedHashMap<>();
        for (CountedFigure f : counted.values().stream().sorted(java.util.Comparator
                .comparing((CountedFigure f) -> f.rule().indicatorCode()).thenComparingInt(CountedFigure::triwulan)
                .thenComparing(f -> f.rule().slot())).toList()) {
            RegisterRule rule = f.rule();
            String slotKey = rule.indicatorCode() + "|" + f.triwulan() + "|" + f.cumulative() + "|" + f.source();
            StoredRow row = out.get(slotKey);
            Double value = rule.slot() == RegisterRule.Slot.NILAI ? Double.valueOf(f.value()) : null;
            Double num = rule.slot() == RegisterRule.Slot.PEMBILANG ? Double.valueOf(f.value()) : null;
            Double den = rule.slot() == RegisterRule.Slot.PENYEBUT ? Double.valueOf(f.value()) : null;
            if (row != null) {
                num = num != null ? num : row.numerator();
                den = den != null ? den : row.denominator();
            }
            if (num != null && den != null && den > 0) {
                value = num / den * 100;
            }
            out.put(slotKey, new StoredRow(rule.indicatorCode(), unitOf(rule), new Periode(recap.tahun(),
                    f.triwulan()), value, num, den, null, f.cumulative(), ReadRow.Notes.NONE, null, f.source(),
                    f.sheet(), null, f.modified()));
            if (rule.lastYear() && rule.slot() == RegisterRule.Slot.PENYEBUT && f.triwulan() == recap.triwulan()
                    && growthBase(rule.indicatorCode()) == f) {
                out.put(slotKey + "|base", new StoredRow(rule.indicatorCode(), unitOf(rule), new Periode(
                        recap.tahun() - 1, 4), null, f.value(), null, null, true, ReadRow.Notes.NONE, null,
                        f.source(), f.sheet(), null, f.modified()));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The "unit" a counted figure is reported by, as the trace names it. */
    public static String unitOf(RegisterRule rule) {
        return rule.kind().label().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + rule.kind().label().substring(1);
    }

    private static String figure(CountedFigure f) {
        return IndonesianNumbers.format(f.value());
    }

    private static Accumulation accumulation(Indicator i, RegisterRule.Slot slot) {
        return switch (slot) {
            case PEMBILANG -> i.numerator().accumulation();
            case PENYEBUT -> i.denominator().accumulation();
            case NILAI -> i.accumulation() != null ? i.accumulation()
                    : i.kind() == IndicatorKind.JUMLAH ? Accumulation.JUMLAH : Accumulation.TERAKHIR;
        };
    }

    private static String key(String code, RegisterRule.Slot slot, int tw) {
        return code + "|" + slot + "|" + tw;
    }
}
