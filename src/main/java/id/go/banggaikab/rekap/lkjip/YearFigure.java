package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;

/**
 * An indicator's realisation in an earlier year and where it comes from: the history with TW IV ({@code RIWAYAT}),
 * the earlier-years sheet of {@code renstra.xlsx} ({@code ISIAN}), or a history that stops before TW IV with
 * nothing better ({@code RIWAYAT_SEBAGIAN}, its {@code lastQuarter} said wherever the figure is shown).
 */
public record YearFigure(int tahun, Figure figure, Source source, int lastQuarter) {

    public enum Source {
        RIWAYAT, ISIAN, RIWAYAT_SEBAGIAN, TIDAK_ADA
    }

    public static YearFigure none(int tahun) {
        return new YearFigure(tahun, Figure.NONE, Source.TIDAK_ADA, 0);
    }

    public boolean isEmpty() {
        return figure.isEmpty();
    }
}
