package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.submission.ValueParser.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies an indicator's kind to the figures of its row: counts must not be negative, grades must be on the scale,
 * ratios come as pembilang and penyebut and their percentage is computed here rather than trusted from the form.
 * A figure that breaks a rule refuses the row (its indicator stays without value for this file); a typed Realisasi
 * that disagrees with its parts is only a warning, because the parts are what the recap adds up.
 */
final class RowValues {

    /** Difference below which a typed percentage counts as the computed one, rounded by the user. */
    static final double ROUNDING = 0.5;

    private static final Set<String> WITHDRAWAL = Set.of("batal", "dibatalkan", "hapus", "dihapus");

    /** One value cell of the row: what it holds, where, and whether its column is year to date. */
    record Slot(CellValue value, String address, boolean cumulative) {
        static final Slot NONE = new Slot(CellValue.EMPTY, null, false);

        boolean filled() {
            return !value.isEmpty();
        }
    }

    /** The cells of one row that can carry figures, plus where the indicator text is. */
    record Cells(String sheet, String indicatorCell, Slot realisasi, Slot pembilang, Slot penyebut, Slot anggaran,
            ReadRow.Notes notes) {
    }

    /** A read row, or the problem that refused it; warnings may accompany an accepted row. */
    record Outcome(ReadRow row, List<Problem> problems) {
    }

    private final String file;

    RowValues(String file) {
        this.file = file;
    }

    Outcome read(Indicator indicator, Cells cells) {
        Slot withdrawal = isWithdrawal(cells.realisasi()) ? cells.realisasi()
                : isWithdrawal(cells.pembilang()) ? cells.pembilang() : null;
        if (withdrawal != null) {
            return withdrawn(indicator, cells, withdrawal);
        }
        return switch (indicator.kind()) {
            case PREDIKAT -> predikat(indicator, cells);
            case RASIO, RASIO_PERTUMBUHAN -> ratio(indicator, cells);
            case JUMLAH, NILAI -> plain(indicator, cells);
        };
    }

    /**
     * "-" or an empty cell never erases a value sent earlier, so a unit that reported a figure by mistake needs a
     * word for taking it back: "batal", "dibatalkan", "hapus" or "dihapus" in place of the figure.
     */
    static boolean isWithdrawal(Slot slot) {
        CellValue v = slot.value();
        return v.kind() == CellValue.Kind.TEXT && WITHDRAWAL.contains(TextKeys.key(v.text()).replace(" ", ""));
    }

    private Outcome withdrawn(Indicator indicator, Cells c, Slot where) {
        ReadRow row = new ReadRow(indicator.code(), c.sheet(), where.address(), null, null, null, null,
                where.cumulative(), c.notes(), null, true);
        return new Outcome(row, List.of(Problem.correction(file, c.sheet(), where.address(), where.value().display(),
                "Nilai " + indicator.code() + " yang dikirim sebelumnya untuk triwulan ini ditarik (ditulis \""
                        + where.value().display() + "\"); indikator ini kosong sampai diisi lagi")));
    }

    private Outcome predikat(Indicator indicator, Cells c) {
        Parsed p = ValueParser.predikat(c.realisasi().value());
        if (p.failed()) {
            return refuse(c, c.realisasi(), p.error());
        }
        return accept(indicator, c, c.realisasi(), null, null, null, p, List.of());
    }

    private Outcome plain(Indicator indicator, Cells c) {
        Parsed p = ValueParser.number(c.realisasi().value(), indicator.satuan());
        if (p.failed()) {
            return refuse(c, c.realisasi(), p.error());
        }
        if (indicator.kind() == IndicatorKind.JUMLAH && p.present() && p.number() < 0) {
            return refuse(c, c.realisasi(), "Jumlah tidak boleh negatif");
        }
        List<Problem> notes = new ArrayList<>(corrections(c, c.realisasi(), p));
        notes.addAll(doubts(indicator, c, p));
        return accept(indicator, c, c.realisasi(), p.number(), null, null, p, notes);
    }

    /** A figure read tolerantly ("45 orang", "Rp 2.150.000", "nihil") is kept and listed as a correction. */
    private List<Problem> corrections(Cells c, Slot where, Parsed p) {
        return p.corrected() ? List.of(Problem.correction(file, c.sheet(), where.address(), where.value().display(),
                p.correction())) : List.of();
    }

    /**
     * Figures taken as written but worth a second look: a count with a fraction ("1,250" orang may have meant
     * 1.250), and a percentage at or below 1 where the form probably meant a fraction of 100 ("0,85" for 85 %).
     * The value is never changed on a guess; the user is told.
     */
    private List<Problem> doubts(Indicator indicator, Cells c, Parsed p) {
        if (!p.present() || p.number() == 0) {
            return List.of();
        }
        String shown = c.realisasi().value().display();
        if (indicator.kind() == IndicatorKind.JUMLAH && p.number() != Math.rint(p.number())) {
            return List.of(Problem.warning(file, c.sheet(), c.realisasi().address(), shown, "Jumlah berisi pecahan ("
                    + decimal(p.number()) + " " + indicator.satuan() + "); bila maksudnya ribuan, tulis tanpa koma,"
                    + " mis. 1250 atau 1.250"));
        }
        if (indicator.kind() == IndicatorKind.NILAI && "%".equals(indicator.satuan()) && p.number() > 0
                && p.number() <= 1) {
            return List.of(Problem.warning(file, c.sheet(), c.realisasi().address(), shown, "Nilai persen "
                    + decimal(p.number()) + " % sangat kecil; bila maksudnya " + decimal(p.number() * 100)
                    + " %, tulis " + decimal(p.number() * 100)));
        }
        return List.of();
    }


    /** A ratio's outcome with the tolerant readings of its cells (units, "nihil") noted in front, when accepted. */
    private Outcome ratio(Indicator indicator, Cells c) {
        Parsed num = ValueParser.number(c.pembilang().value());
        Parsed den = ValueParser.number(c.penyebut().value());
        Parsed typed = ValueParser.number(c.realisasi().value());
        Outcome outcome = ratioOf(indicator, c, num, den, typed);
        if (outcome.row() == null) {
            return outcome;
        }
        List<Problem> all = new ArrayList<>(corrections(c, c.pembilang(), num));
        all.addAll(corrections(c, c.penyebut(), den));
        all.addAll(corrections(c, c.realisasi(), typed));
        all.addAll(outcome.problems());
        return new Outcome(outcome.row(), all);
    }

    private Outcome ratioOf(Indicator indicator, Cells c, Parsed num, Parsed den, Parsed typed) {
        if (num.failed()) {
            return refuse(c, c.pembilang(), num.error());
        }
        if (den.failed()) {
            return refuse(c, c.penyebut(), den.error());
        }
        if (typed.failed()) {
            return refuse(c, c.realisasi(), typed.error());
        }
        if (num.present() && num.number() < 0) {
            return refuse(c, c.pembilang(), "Pembilang tidak boleh negatif");
        }
        if (den.present() && den.number() < 0) {
            return refuse(c, c.penyebut(), "Penyebut tidak boleh negatif");
        }
        if (!num.present() && !den.present()) {
            List<Problem> warn = typed.present() ? List.of(warning(c, c.realisasi(), "Indikator rasio diisi "
                    + "realisasi saja tanpa pembilang dan penyebut; nilai dipakai apa adanya")) : List.of();
            return accept(indicator, c, c.realisasi(), typed.number(), null, null, typed, warn);
        }
        if (!den.present()) {
            if (indicator.kind() == IndicatorKind.RASIO_PERTUMBUHAN) {
                return accept(indicator, c, c.pembilang(), null, num.number(), null, num, List.of());
            }
            return refuse(c, c.penyebut(), "Penyebut kosong; indikator rasio perlu pembilang dan penyebut");
        }
        if (!num.present()) {
            return refuse(c, c.pembilang(), "Pembilang kosong; indikator rasio perlu pembilang dan penyebut");
        }
        return computed(indicator, c, num.number(), den.number(), typed);
    }

    private Outcome computed(Indicator indicator, Cells c, double num, double den, Parsed typed) {
        if (den == 0) {
            return refuse(c, c.penyebut(), "Penyebut nol; persentase tidak dapat dihitung");
        }
        if (indicator.max100() && num > den) {
            return refuse(c, c.pembilang(), "Pembilang (" + CellValue.plain(num) + ") lebih besar dari penyebut ("
                    + CellValue.plain(den) + "); persentase indikator ini tidak mungkin lebih dari 100");
        }
        double value = num / den * 100;
        List<Problem> warn = List.of();
        if (typed.present() && Math.abs(typed.number() - value) > ROUNDING) {
            warn = List.of(warning(c, c.realisasi(), "Realisasi tertulis " + decimal(typed.number())
                    + " tidak sesuai pembilang/penyebut (" + CellValue.plain(num) + " / " + CellValue.plain(den)
                    + " x 100 = " + decimal(value) + "); dipakai " + decimal(value)));
        }
        Slot where = c.realisasi().filled() ? c.realisasi() : c.pembilang();
        return accept(indicator, c, where, value, num, den, Parsed.of(value), warn);
    }

    private Outcome accept(Indicator indicator, Cells c, Slot where, Double value, Double num, Double den,
            Parsed parsed, List<Problem> problems) {
        boolean cumulative = indicator.isRatio() && c.pembilang().address() != null
                ? c.pembilang().cumulative() : c.realisasi().cumulative();
        String cell = where.filled() ? where.address() : c.indicatorCell();
        ValueParser.Money money = ValueParser.money(c.anggaran().value());
        List<Problem> all = problems;
        if (money.failed()) {
            all = new ArrayList<>(problems);
            all.add(Problem.cell(file, c.sheet(), c.anggaran().address(), c.anggaran().value().display(),
                    money.error()));
        }
        ReadRow row = new ReadRow(indicator.code(), c.sheet(), cell, value, num, den, parsed.predikat(), cumulative,
                c.notes(), money.amount(), false);
        return new Outcome(row, all);
    }

    private Outcome refuse(Cells c, Slot where, String reason) {
        String cell = where.address() != null ? where.address() : c.indicatorCell();
        return new Outcome(null, List.of(Problem.cell(file, c.sheet(), cell, where.value().display(), reason)));
    }

    private Problem warning(Cells c, Slot where, String reason) {
        return Problem.warning(file, c.sheet(), where.address(), where.value().display(), reason);
    }

    /** 58.333 as "58,33": numbers in messages are read by Indonesian users. */
    static String decimal(double v) {
        return CellValue.plain(Math.round(v * 100) / 100.0).replace('.', ',');
    }
}
