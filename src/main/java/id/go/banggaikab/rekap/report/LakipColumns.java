package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.YearFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the Capaian Kinerja table (SPEC §6), shared by the sheet and the Word table so that both show the
 * same: No and Sasaran, then per indicator its figures; the target is the recap's (an annual one standing in for the
 * quarter's marked "(tahunan)", as in the recap). The columns of earlier years appear only where some figure
 * of that year is known; the Renstra's always, so that an empty one asks to be filled.
 */
final class LakipColumns {

    /** How a value is shown: a figure (number or grade), a percentage, a change in points, or text. */
    enum Kind {
        FIGURE, TARGET, PERCENT, POINTS, TEXT
    }

    /** One column after No and Sasaran; {@code weight} is its share of the Word table's width. */
    record Column(String header, Kind kind, int weight, int maxWidth, Function<IndicatorLine, Object> value) {
    }

    /** How many columns (after No and Sasaran) the table of SPEC §5 has: Indikator Kinerja … Kategori. */
    static final int MAIN = 6;

    private LakipColumns() {
    }

    static List<Column> of(Lkjip lkjip) {
        int last = lkjip.tahun() - 1;
        List<Column> out = new ArrayList<>();
        out.add(new Column("Indikator Kinerja", Kind.TEXT, 26, 32, l -> l.indicator().name()));
        out.add(new Column("Satuan", Kind.TEXT, 8, 10, l -> l.indicator().satuan()));
        out.add(new Column("Target", Kind.TARGET, 8, 11, IndicatorLine::result));
        out.add(new Column("Realisasi", Kind.FIGURE, 10, 11, IndicatorLine::realisasi));
        out.add(new Column(Wording.capaianHeading("Capaian (%)", lkjip.recap()), Kind.PERCENT, 9, 10,
                IndicatorLine::capaian));
        out.add(new Column("Kategori", Kind.TEXT, 10, 12, l -> Wording.category(l.result(), l.kategori(), l.target(),
                lkjip.recap().periode())));
        if (lkjip.knowsLastYear()) {
            out.add(new Column("Realisasi " + last, Kind.FIGURE, 9, 13, l -> year(l.lastYear())));
        }
        if (lkjip.knowsTwoYearsAgo()) {
            out.add(new Column("Realisasi " + (last - 1), Kind.FIGURE, 9, 13, l -> year(l.twoYearsAgo())));
        }
        if (lkjip.knowsLastYearCapaian()) {
            out.add(new Column("Capaian " + last + " (%)", Kind.PERCENT, 8, 10, IndicatorLine::lastYearCapaian));
            out.add(new Column("Perubahan Capaian (poin)", Kind.POINTS, 11, 11, IndicatorLine::change));
        }
        out.add(new Column("Target Akhir Renstra", Kind.FIGURE, 9, 11, IndicatorLine::renstraEnd));
        out.add(new Column("Capaian thd Renstra (%)", Kind.PERCENT, 9, 11, IndicatorLine::capaianRenstra));
        return out;
    }

    /** A whole year's figure, or the text "30 (s.d. TW II)" for a year the history holds only in part. */
    private static Object year(YearFigure f) {
        return f.source() == YearFigure.Source.RIWAYAT_SEBAGIAN ? LakipText.partialYear(f) : f.figure();
    }

    /** The value as Word shows it: Indonesian number text, since Word does not format numbers. */
    static String text(Object value, Kind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof Figure f) {
            return Wording.figure(f);
        }
        if (value instanceof IndicatorResult r) {
            return Wording.figure(r.target()) + (r.basis().fallsBack() && !r.target().isEmpty()
                    ? Wording.FALLBACK_MARK : "");
        }
        if (value instanceof Double d) {
            return kind == Kind.POINTS ? LakipText.points(d) : Wording.percent(d);
        }
        return value.toString();
    }
}
