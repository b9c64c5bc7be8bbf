package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.Locale;

/** The words the outputs share, in Bahasa Indonesia, so that every sheet and table says the same thing. */
public final class Wording {

    public static final String SAMPLE_BANNER = "DATA CONTOH — bukan data resmi";
    public static final String NO_DATA = "Belum ada data";
    static final String NO_TARGET = "Target belum ditetapkan";
    static final String NOT_ENDED = "sementara: triwulan belum berakhir";
    /** What every capaian computed from a target workbook still marked CONTOH says of itself. */
    static final String EXAMPLE_TARGETS = "target contoh, belum resmi";
    /** After a target that is the annual one standing in for the quarter's (not set). */
    static final String FALLBACK_MARK = " (tahunan)";
    /** Under every table whose Target column can carry {@link #FALLBACK_MARK}. */
    static final String FALLBACK_NOTE = "Target bertanda (tahunan): target kumulatif triwulan ini (Rencana Aksi) belum"
            + " ditetapkan untuk indikator itu, maka capaiannya diukur terhadap target tahunan.";

    private Wording() {
    }

    /** "Rekap Kinerja 2026 TW III". */
    static String recapBaseName(Periode p) {
        return "Rekap Kinerja " + p.tahun() + " " + p.label();
    }

    /** "Tabel LAKIP 2026 TW III". */
    /**
     * What the office is called in "Skor kinerja …": the first word of the catalogue's top unit when it is a kind of
     * perangkat daerah ("dinas", "badan", "kantor", …), so a Badan's recap does not speak of a dinas; otherwise
     * "perangkat daerah".
     */
    public static String office(Recap recap) {
        String name = recap.catalogue().root().name().strip();
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return switch (first) {
            case "dinas", "badan", "kantor", "satuan", "inspektorat", "sekretariat", "kecamatan" -> first;
            default -> "perangkat daerah";
        };
    }

    public static String lakipBaseName(Periode p) {
        return "Tabel LAKIP " + p.tahun() + " " + p.label();
    }

    /** "Tahun 2026 s.d. Triwulan III", or "Tahun 2026" once the year is complete. */
    static String period(Periode p) {
        return p.triwulan() == 4 ? "Tahun " + p.tahun() : "Tahun " + p.tahun() + " s.d. Triwulan "
                + Periode.roman(p.triwulan());
    }

    /** The line under every title: when the recap was made and whether it is a draft or the final. */
    public static String runLine(Recap recap) {
        return "Dibuat " + IndonesianTime.format(recap.runTime()) + " · " + version(recap);
    }

    /** A capaian column's heading; every one says so when the targets are still the example. */
    public static String capaianHeading(String heading, Recap recap) {
        return recap.targets().example() ? heading + "\n(target contoh,\nbelum resmi)" : heading;
    }

    /**
     * What the Target column of a table holds and what the star means: the note under the table, for the quarter's
     * figures measured against its Rencana Aksi target (or the annual one in its place).
     */
    static java.util.List<String> targetNotes(Recap recap) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Periode p = recap.periode();
        out.add("Target: " + (p.triwulan() == 4 ? "target TW IV (kumulatif) atau, bila tidak diisi, target tahunan"
                : "target kumulatif s.d. " + p.label() + " (Rencana Aksi)") + "; capaian = realisasi s.d. "
                + p.label() + " terhadap target itu.");
        if (recap.indicators().stream().anyMatch(r -> r.basis().fallsBack())) {
            out.add(FALLBACK_NOTE);
        }
        if (recap.targets().example()) {
            out.add("Target dari " + recap.targets().file() + " yang masih bertanda CONTOH: " + EXAMPLE_TARGETS
                    + ". Ganti dengan target Perjanjian Kinerja dan Rencana Aksi, lalu hapus kata CONTOH.");
        }
        return out;
    }

    /** A sheet's title, marked provisional while the quarter is still running (a final recap never is). */
    static String title(String title, Recap recap) {
        return recap.quarterEnded() || recap.verification().isFinal() ? title : title + " (" + NOT_ENDED + ")";
    }

    /** "Belum lapor TW III". */
    static String notReported(Periode p) {
        return "Belum lapor " + p.label();
    }

    /** "31 Desember 2026". */
    static String date(java.time.LocalDate day) {
        return IndonesianTime.date(day);
    }

    /** A score's category, or why there is none: its units sent no form for the quarter, or there was no data. */
    static String category(ScoreNode n, Recap recap) {
        if (n.kategori() != null) {
            return n.kategori();
        }
        return n.notReported() ? notReported(recap.periode()) : NO_DATA;
    }

    /**
     * What a score rests on, to stand beside the number (SPEC §5): "sementara: berdasarkan 2 dari 11 unit" while units
     * have not sent the quarter's form (in a locked, final recap "berdasarkan 10 dari 11 unit": final is never
     * "sementara"), "berdasarkan 5 dari 6 indikator" when indicators are left out, else "lengkap"; a score that rests on
     * register counts alone, no unit beneath having sent a form, says so. Without a score: how many of its units
     * reported, if more than one. A quarter still running is said once, by {@link #headline} and the sheet titles, not
     * on every row.
     */
    static String basis(ScoreNode n, Recap recap) {
        if (n.score() == null) {
            return n.unitsExpected() > 1 ? n.unitsReported() + " dari " + n.unitsExpected() + " unit melapor" : "";
        }
        if (n.notReported()) {
            return n.position() ? "hanya dari hitungan register (unit belum melapor)"
                    : "hanya dari hitungan register; belum ada unit yang melapor (0 dari " + n.unitsExpected() + ")";
        }
        if (n.partial() && !n.position()) {
            String units = "berdasarkan " + n.unitsReported() + " dari " + n.unitsExpected() + " unit";
            return recap.verification().isFinal() ? units : "sementara: " + units;
        }
        return n.indicators() < n.indicatorsTotal()
                ? "berdasarkan " + n.indicators() + " dari " + n.indicatorsTotal() + " indikator" : "lengkap";
    }

    /**
     * The basis of the dinas score where it stands alone: {@link #basis}, provisional while the quarter runs (never
     * in a final recap), and marked when the targets are still the example.
     */
    static String headline(ScoreNode dinas, Recap recap) {
        String basis = basis(dinas, recap);
        if (!recap.quarterEnded() && dinas.score() != null && !recap.verification().isFinal()) {
            basis = basis.equals("lengkap") ? NOT_ENDED : basis.startsWith("sementara: ")
                    ? basis + "; triwulan belum berakhir" : basis + "; " + NOT_ENDED;
        }
        return recap.targets().example() && dinas.score() != null ? basis + "; " + EXAMPLE_TARGETS : basis;
    }

    /** "DRAF (belum dikunci)" or "FINAL (dikunci 5 Oktober 2026 pukul 10.00 WITA oleh sri)": what a recap is. */
    static String version(Recap recap) {
        if (!recap.verification().isFinal()) {
            return "DRAF (belum dikunci)";
        }
        var lock = recap.verification().lock();
        return "FINAL (dikunci " + lock.when() + " oleh " + lock.user() + ")";
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
    public static String figure(Figure f) {
        if (f.predikat() != null) {
            return f.predikat().name();
        }
        return f.number() == null ? "" : IndonesianNumbers.format(f.number());
    }

    public static String percent(Double d) {
        return d == null ? "" : IndonesianNumbers.percent(d);
    }
}
