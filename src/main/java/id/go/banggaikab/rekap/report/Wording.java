package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words the outputs share, in Bahasa Indonesia, so that every sheet and table says the same thing. */
final class Wording {

    static final String SAMPLE_BANNER = "DATA CONTOH — bukan data resmi";
    static final String NO_DATA = "Belum ada data";
    static final String NO_TARGET = "Target belum ditetapkan";
    static final String NOT_ENDED = "sementara: triwulan belum berakhir";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private Wording() {
    }

    /** "Rekap Kinerja 2026 TW III". */
    static String recapBaseName(Periode p) {
        return "Rekap Kinerja " + p.tahun() + " " + p.label();
    }

    /** "Tabel LAKIP 2026 TW III". */
    static String lakipBaseName(Periode p) {
        return "Tabel LAKIP " + p.tahun() + " " + p.label();
    }

    /** "Tahun 2026 s.d. Triwulan III", or "Tahun 2026" once the year is complete. */
    static String period(Periode p) {
        return p.triwulan() == 4 ? "Tahun " + p.tahun() : "Tahun " + p.tahun() + " s.d. Triwulan "
                + Periode.roman(p.triwulan());
    }

    static String runLine(Recap recap) {
        return "Dibuat " + IndonesianTime.format(recap.runTime());
    }

    /** A sheet's title, marked provisional while the quarter is still running. */
    static String title(String title, Recap recap) {
        return recap.quarterEnded() ? title : title + " (" + NOT_ENDED + ")";
    }

    /** "Belum lapor TW III". */
    static String notReported(Periode p) {
        return "Belum lapor " + p.label();
    }

    /** "31 Desember 2026". */
    static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    /** A score's category, or why there is none: its units sent no form for the quarter, or there was no data. */
    static String category(ScoreNode n, Recap recap) {
        if (n.kategori() != null) {
            return n.kategori();
        }
        return n.notReported() ? notReported(recap.periode()) : NO_DATA;
    }

    /**
     * What a score rests on, to stand beside the number (SPEC §5): "sementara: dari 2 dari 11 unit" while units have not
     * sent the quarter's form, "dari 5 dari 6 indikator" when indicators are left out, else "lengkap". Without a score:
     * how many of its units reported, if more than one. A quarter still running is said once, by {@link #headline}
     * and the sheet titles, not on every row.
     */
    static String basis(ScoreNode n, Recap recap) {
        if (n.score() == null) {
            return n.unitsExpected() > 1 ? n.unitsReported() + " dari " + n.unitsExpected() + " unit melapor" : "";
        }
        if (n.partial() && !n.position()) {
            return "sementara: dari " + n.unitsReported() + " dari " + n.unitsExpected() + " unit";
        }
        return n.indicators() < n.indicatorsTotal()
                ? "dari " + n.indicators() + " dari " + n.indicatorsTotal() + " indikator" : "lengkap";
    }

    /** The basis of the dinas score where it stands alone: {@link #basis}, and provisional while the quarter runs. */
    static String headline(ScoreNode dinas, Recap recap) {
        String basis = basis(dinas, recap);
        if (recap.quarterEnded() || dinas.score() == null) {
            return basis;
        }
        if (basis.equals("lengkap")) {
            return NOT_ENDED;
        }
        return basis.startsWith("sementara: ") ? basis + "; triwulan belum berakhir" : basis + "; " + NOT_ENDED;
    }

    /**
     * An indicator's category against {@code target}: "Belum lapor TW III" when it has figures of earlier quarters but
     * none for this one (its year to date is then not this quarter's), else as {@link #category(String, Figure, Figure)}.
     */
    static String category(IndicatorResult r, String kategori, Figure target, Periode p) {
        if (!r.ytd().isEmpty() && !r.values().reportedIn(p.triwulan())) {
            return notReported(p);
        }
        return category(kategori, r.ytd(), target);
    }

    /** The category to show: the scale's word, or why there is none. */
    static String category(String kategori, Figure realisasi, Figure target) {
        if (kategori != null) {
            return kategori;
        }
        if (realisasi.isEmpty()) {
            return NO_DATA;
        }
        return target.isEmpty() ? NO_TARGET : "";
    }

    /** A figure as text, for Word and messages: "1.234,5", "A", or empty. */
    static String figure(Figure f) {
        if (f.predikat() != null) {
            return f.predikat().name();
        }
        return f.number() == null ? "" : IndonesianNumbers.format(f.number());
    }

    static String percent(Double d) {
        return d == null ? "" : IndonesianNumbers.percent(d);
    }
}
