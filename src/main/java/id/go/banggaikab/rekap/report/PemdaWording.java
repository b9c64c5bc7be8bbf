package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.pemda.IkuResult;
import id.go.banggaikab.rekap.pemda.OfficeResult;
import id.go.banggaikab.rekap.pemda.PemdaRecap;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The words of the Pemda's recap, in Bahasa Indonesia, so that its sheets say the same thing. */
final class PemdaWording {

    private PemdaWording() {
    }

    /** "Rekap Pemda 2026 TW III". */
    static String baseName(Periode p) {
        return "Rekap Pemda " + p.tahun() + " " + p.label();
    }

    /** A title marked with what it rests on: offices that have not recapped the quarter, a quarter still running. */
    static String title(String base, PemdaRecap recap) {
        String marks = marks(recap);
        return marks.isEmpty() ? base : base + " (" + marks + ")";
    }

    private static String marks(PemdaRecap recap) {
        List<String> marks = new ArrayList<>();
        if (recap.recapped() < recap.offices().size()) {
            marks.add("sementara: " + recap.recapped() + " dari " + recap.offices().size() + " perangkat daerah"
                    + " merekap " + recap.periode().label());
        }
        if (!recap.quarterEnded()) {
            marks.add(marks.isEmpty() ? Wording.NOT_ENDED : "triwulan belum berakhir");
        }
        return String.join("; ", marks);
    }

    static String subtitle(PemdaRecap recap) {
        return recap.config().name() + " · " + Wording.period(recap.periode()) + " · Dibuat "
                + IndonesianTime.format(recap.runTime()) + " · " + recap.recapped() + " dari " + recap.offices().size()
                + " perangkat daerah merekap " + recap.periode().label() + ", " + recap.locked() + " mengunci";
    }

    /** The category to show for an IKU, or why there is none. */
    static String category(IkuResult r, Periode p) {
        return switch (r.standing()) {
            case BELUM_ADA_DATA -> Wording.NO_DATA;
            case BELUM_LAPOR -> Wording.notReported(p);
            case LENGKAP -> r.kategori() != null ? r.kategori() : r.target().isEmpty() ? Wording.NO_TARGET : "";
        };
    }

    /** "Final (dikunci)" when every office it comes from has locked the quarter, else "Sementara". */
    static String status(IkuResult r) {
        return r.locked() ? "Final (dikunci)" : "Sementara";
    }

    /** The offices an IKU comes from, once each. */
    static String offices(IkuResult r) {
        Set<String> names = new LinkedHashSet<>();
        r.sources().forEach(s -> names.add(s.officeName()));
        return String.join("; ", names);
    }

    /** One line per source: "diskop:KADIS-01 Persentase Koperasi Aktif: 72,6 (dikunci)". */
    static String sources(IkuResult r) {
        List<String> out = new ArrayList<>();
        for (IkuResult.Source s : r.sources()) {
            String figure = Wording.figure(s.ytd());
            out.add(s.reference().text() + (s.indicatorName() == null ? "" : " " + s.indicatorName()) + ": "
                    + (figure.isEmpty() ? Wording.NO_DATA : figure) + " (" + state(s.state()) + ")");
        }
        return String.join("\n", out);
    }

    static String state(IkuResult.SourceState state) {
        return switch (state) {
            case DIKUNCI -> "dikunci";
            case SEMENTARA -> "belum dikunci";
            case BELUM_LAPOR -> "belum dilaporkan triwulan ini";
            case BELUM_MEREKAP -> "belum direkap triwulan ini";
            case TIDAK_TERBACA -> "data perangkat daerah tidak terbaca";
            case KODE_TIDAK_ADA -> "kode tidak ada di rekap perangkat daerah itu";
        };
    }

    /** What a reader must know about an IKU's row: which target it was measured against, who has not reported. */
    static String note(IkuResult r, Periode p) {
        List<String> out = new ArrayList<>();
        for (IkuResult.Source s : r.sources()) {
            if (s.state() == IkuResult.SourceState.BELUM_MEREKAP) {
                out.add(s.officeName() + " belum merekap " + p.label());
            } else if (s.state() == IkuResult.SourceState.BELUM_LAPOR) {
                out.add(s.officeName() + ": " + s.reference().indicator() + " belum dilaporkan " + p.label());
            } else if (s.state() == IkuResult.SourceState.TIDAK_TERBACA) {
                out.add("data " + s.officeName() + " tidak terbaca (lihat lembar Perangkat Daerah)");
            } else if (s.state() == IkuResult.SourceState.KODE_TIDAK_ADA) {
                out.add("rekap " + s.officeName() + " tidak memuat " + s.reference().indicator());
            }
        }
        if (r.capaian() != null && r.annualFallback() && p.triwulan() < 4) {
            out.add("capaian terhadap target tahunan: target " + p.label() + " belum ditetapkan");
        }
        return String.join("; ", out);
    }

    /** "TW III · 10 Oktober 2026 pukul 07.00 WITA", the office's latest recap of the year. */
    static String lastRecap(OfficeResult o, PemdaRecap recap) {
        PublishedRecap r = o.latest();
        return r == null ? "" : r.periode().label() + " · " + IndonesianTime.format(r.madeAt(), recap.zone());
    }

    static String lock(OfficeResult o, PemdaRecap recap) {
        QuarterLock l = o.lock();
        if (l == null) {
            return o.standing() == OfficeResult.Standing.DIREKAP || o.standing() == OfficeResult.Standing.REKAP_LAMA
                    || o.standing() == OfficeResult.Standing.BELUM_MEREKAP ? "Belum dikunci" : "";
        }
        String when = IndonesianTime.format(l.when(), recap.zone()) + " oleh " + l.user();
        return l.isLock() ? "Dikunci " + when : "Dibuka kembali " + when + (l.reason() == null ? ""
                : ": " + l.reason());
    }

    static String units(OfficeResult o) {
        PublishedRecap r = o.current();
        return r == null ? "" : r.unitsReported() + " dari " + r.unitsExpected();
    }

    static String category(OfficeResult o, Periode p) {
        PublishedRecap r = o.current();
        if (r == null) {
            return Wording.NO_DATA;
        }
        if (r.kategori() != null) {
            return r.kategori();
        }
        return r.unitsExpected() > 0 && r.unitsReported() == 0 ? Wording.notReported(p) : Wording.NO_DATA;
    }

    /**
     * What an office's score rests on: "lengkap", "sementara: berdasarkan 10 dari 11 unit", "berdasarkan 5 dari 6
     * indikator"; and that it was recapped before the quarter ended.
     */
    static String basis(OfficeResult o) {
        PublishedRecap r = o.current();
        if (r == null || r.score() == null) {
            return "";
        }
        String basis = r.unitsReported() < r.unitsExpected()
                ? "sementara: berdasarkan " + r.unitsReported() + " dari " + r.unitsExpected() + " unit"
                : r.scoredIndicators() < r.totalIndicators()
                        ? "berdasarkan " + r.scoredIndicators() + " dari " + r.totalIndicators() + " indikator"
                        : "lengkap";
        return r.quarterEnded() ? basis : basis + "; direkap sebelum triwulan berakhir";
    }

    static String note(OfficeResult o, PemdaRecap recap) {
        String code = o.office().code();
        return switch (o.standing()) {
            case DIREKAP -> o.nameDiffers() ? "Katalog skema \"" + code + "\" bernama \"" + o.latest().officeName()
                    + "\"; periksa kodenya di pemda.yml" : "";
            case REKAP_LAMA -> "Belum merekap " + recap.periode().label() + "; angka triwulan sebelumnya dari rekap "
                    + o.latest().periode().label();
            case BELUM_MEREKAP -> "Belum merekap tahun " + recap.periode().tahun();
            case BELUM_TERPASANG -> "Skema \"" + code + "\" belum ada di server: perangkat daerah ini belum dipasang";
            case BELUM_DIPERBARUI -> "Skema \"" + code + "\" belum berisi rekap: jalankan rekap di perangkat daerah"
                    + " ini dengan versi aplikasi terbaru";
            case TIDAK_BOLEH -> "Peran " + recap.role() + " belum diberi izin membaca skema \"" + code + "\" (README,"
                    + " bagian Pemda: menambah perangkat daerah)";
        };
    }

    static String figureOrNone(Figure f) {
        String shown = Wording.figure(f);
        return shown.isEmpty() ? Wording.NO_DATA : shown;
    }
}
