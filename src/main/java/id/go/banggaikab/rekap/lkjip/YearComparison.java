package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.YearEnd;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The realisation of earlier years, from the history where it holds the whole year and from {@code renstra.xlsx}
 * where the history began later (the system starts mid-Renstra): a year the history has up to TW IV is the
 * history's, and where the workbook says otherwise that is noted; a year the history has only in part takes the
 * workbook's figure when there is one, else the history's, marked "s.d. TW …".
 */
final class YearComparison {

    private final Renstra renstra;
    private final Map<Integer, Map<String, YearEnd.Figures>> history = new HashMap<>();
    private final List<String> notes;

    /** The history's year ends of {@code fromYear} to {@code toYear}, from {@code rows} of them and the year before. */
    YearComparison(Catalogue catalogue, Renstra renstra, List<StoredRow> rows, int fromYear, int toYear,
            List<String> notes) {
        this.renstra = renstra;
        this.notes = notes;
        for (int y = fromYear; y <= toYear; y++) {
            int year = y;
            List<StoredRow> own = rows.stream().filter(r -> r.periode().tahun() == year
                    || r.periode().tahun() == year - 1).toList();
            if (own.stream().anyMatch(r -> r.periode().tahun() == year)) {
                history.put(y, YearEnd.of(catalogue, own, y));
            }
        }
    }

    private final Map<String, YearFigure> known = new HashMap<>();

    YearFigure figure(Indicator i, int tahun) {
        return known.computeIfAbsent(i.code() + "|" + tahun, k -> decide(i, tahun));
    }

    private YearFigure decide(Indicator i, int tahun) {
        YearEnd.Figures h = history.getOrDefault(tahun, Map.of()).getOrDefault(i.code(), YearEnd.Figures.NONE);
        Figure w = renstra.earlier(i.code(), tahun).realisasi();
        if (h.complete()) {
            if (!w.isEmpty() && !same(w, h.figure())) {
                notes.add(i.code() + " " + tahun + ": riwayat formulir (" + shown(h.figure()) + ") dipakai, bukan "
                        + RenstraWorkbook.FILE + " (" + shown(w) + ").");
            }
            return new YearFigure(tahun, h.figure(), YearFigure.Source.RIWAYAT, 4);
        }
        if (!w.isEmpty()) {
            return new YearFigure(tahun, w, YearFigure.Source.ISIAN, 4);
        }
        if (!h.figure().isEmpty()) {
            return new YearFigure(tahun, h.figure(), YearFigure.Source.RIWAYAT_SEBAGIAN, h.lastQuarter());
        }
        return YearFigure.none(tahun);
    }

    /** How a year's figure is labelled when it is not the whole year's: "s.d. TW II". */
    static String partial(YearFigure f) {
        return f.source() == YearFigure.Source.RIWAYAT_SEBAGIAN ? "s.d. TW " + Periode.roman(f.lastQuarter()) : "";
    }

    private static boolean same(Figure a, Figure b) {
        if (a.predikat() != null || b.predikat() != null) {
            return a.predikat() == b.predikat();
        }
        return Objects.equals(a.number() == null ? null : Math.round(a.number() * 100),
                b.number() == null ? null : Math.round(b.number() * 100));
    }

    static String shown(Figure f) {
        return f.predikat() != null ? f.predikat().name() : f.number() == null ? "-"
                : IndonesianNumbers.format(f.number());
    }
}
