package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The recap of a quarter as an office last wrote it, kept in the office's own history for the Pemda's recap: who
 * (the office as its catalogue names it), when, whether the quarter was locked (its figures are then the locked ones)
 * and had ended, how many of its units reported, its score and what the score rests on, and per catalogue indicator
 * its figures. Facts only: the Pemda's recap words and judges them.
 */
public record PublishedRecap(Periode periode, String officeName, Instant madeAt, boolean locked, boolean quarterEnded,
        int unitsReported, int unitsExpected, Double score, String kategori, int scoredIndicators,
        int totalIndicators, String recapFile, List<Line> lines) {

    public PublishedRecap {
        lines = List.copyOf(lines);
    }

    /** One indicator: whether the quarter itself brought a figure, and its figures. */
    public record Line(String code, String name, String satuan, boolean reported, List<Value> values) {
        public Line {
            values = List.copyOf(values);
        }

        /** The figure of quarter {@code tw} (1–4), or the year to date at the recapped quarter ({@code tw} 0). */
        public Optional<Value> value(int tw) {
            return values.stream().filter(v -> v.tw() == tw).findFirst();
        }
    }

    /** A figure: a number or a grade. Figures not reported have no value at all, never 0. */
    public record Value(int tw, Double number, Predikat predikat) {
    }

    /** The {@link Value#tw()} of the year to date. */
    public static final int YEAR_TO_DATE = 0;

    public Optional<Line> line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
