package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.lkjip.BudgetRow;
import id.go.banggaikab.rekap.lkjip.CascadeNote;
import id.go.banggaikab.rekap.lkjip.CapaianMean;
import id.go.banggaikab.rekap.lkjip.Efisiensi;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.UnitNote;
import id.go.banggaikab.rekap.lkjip.YearFigure;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The LKjIP's short texts, shared by the workbook and the document so both say the same. */
public final class LakipText {

    private LakipText() {
    }

    /**
     * A title marked with what it rests on (SPEC §5): "(sementara: 2 dari 11 unit melapor)" while units have not
     * sent the quarter's form ("berdasarkan 10 dari 11 unit" once the quarter is locked: final is never
     * "sementara"), "triwulan belum berakhir" while the quarter runs, and "target contoh, belum resmi" while the
     * targets are the example.
     */
    public static String title(String base, Recap recap) {
        ScoreNode dinas = recap.scores();
        boolean last = recap.verification().isFinal();
        List<String> marks = new ArrayList<>();
        if (dinas.partial()) {
            marks.add((last ? "berdasarkan " : "sementara: ") + dinas.unitsReported() + " dari "
                    + dinas.unitsExpected() + " unit" + (last ? "" : " melapor"));
        }
        if (!recap.quarterEnded() && !last) {
            marks.add(marks.isEmpty() ? Wording.NOT_ENDED : "triwulan belum berakhir");
        }
        if (recap.targets().example()) {
            marks.add(Wording.EXAMPLE_TARGETS);
        }
        return marks.isEmpty() ? base : base + " (" + String.join("; ", marks) + ")";
    }

    /** "Tahun 2026" or "s.d. Triwulan III Tahun 2026": how far the report reaches. */
    public static String reach(Periode p) {
        return p.triwulan() == 4 ? "Tahun " + p.tahun() : "s.d. Triwulan " + Periode.roman(p.triwulan()) + " Tahun "
                + p.tahun();
    }

    /** A figure with its unit for sentences: "55,2 %", "120 Koperasi", "predikat A". */
    public static String withUnit(Figure f, String satuan) {
        if (f.predikat() != null) {
            return "predikat " + f.predikat().name();
        }
        if (f.number() == null) {
            return "";
        }
        String n = IndonesianNumbers.format(f.number());
        return satuan == null || satuan.isBlank() ? n : "%".equals(satuan) ? n + " %" : n + " " + satuan;
    }

    /** A year's figure as a cell shows it when it is not the whole year's: "30 (s.d. TW II)". */
    static String partialYear(YearFigure f) {
        return Wording.figure(f.figure()) + " (s.d. TW " + Periode.roman(f.lastQuarter()) + ")";
    }

    /** "+6,7", "−3,2", "0": a change in points. */
    static String points(Double d) {
        if (d == null) {
            return "";
        }
        double r = Math.round(d * 10) / 10.0;
        return (r > 0 ? "+" : "") + IndonesianNumbers.percent(r);
    }

    /** "Efisien (+37,5 poin)", or "Belum dapat dinilai". */
    static String efisiensi(Efisiensi e) {
        return e.selisih() == null ? e.reading().words() : e.reading().words() + " (" + points(e.selisih())
                + " poin)";
    }

    public static String rupiah(BigDecimal amount) {
        return amount == null ? "" : "Rp " + IndonesianNumbers.format(amount.doubleValue());
    }

    /** "berdasarkan 3 dari 3 indikator" and, when some are left out, which and why. */
    public static String basis(CapaianMean m) {
        if (m.total() == 0) {
            return "tidak ada indikator";
        }
        String basis = "berdasarkan " + m.used() + " dari " + m.total() + " indikator";
        if (m.leftOut().isEmpty()) {
            return basis;
        }
        java.util.Set<String> reasons = m.leftOut().stream().map(l -> l.reason())
                .collect(java.util.stream.Collectors.toSet());
        if (m.used() == 0 && reasons.size() == 1) {
            return reasons.iterator().next() + " (" + m.total() + " indikator)";
        }
        return basis + "; tidak dihitung: " + m.leftOut().stream().map(l -> l.name() + " (" + l.reason() + ")")
                .collect(Collectors.joining("; "));
    }

    /** "TW I–III", "TW I, III". */
    public static String quarters(List<Integer> tw) {
        if (tw.size() > 2 && tw.get(tw.size() - 1) - tw.get(0) == tw.size() - 1) {
            return "TW " + Periode.roman(tw.get(0)) + "–" + Periode.roman(tw.get(tw.size() - 1));
        }
        return "TW " + tw.stream().map(Periode::roman).collect(Collectors.joining(", "));
    }

    /** Where a budget row's rupiah came from and what is missing, for the Keterangan column. */
    static String budgetSources(BudgetRow row) {
        List<String> parts = new ArrayList<>();
        for (BudgetRow.RpSource s : List.of(BudgetRow.RpSource.KEUANGAN, BudgetRow.RpSource.FORMULIR,
                BudgetRow.RpSource.CAMPURAN)) {
            List<Integer> tw = new ArrayList<>();
            for (int q = 0; q < row.sources().size(); q++) {
                if (row.sources().get(q) == s) {
                    tw.add(q + 1);
                }
            }
            if (!tw.isEmpty()) {
                parts.add(quarters(tw) + " " + switch (s) {
                    case KEUANGAN -> "isian keuangan";
                    case FORMULIR -> "Rp formulir";
                    default -> "isian keuangan dan Rp formulir";
                });
            }
        }
        String out = parts.isEmpty() ? "" : "Realisasi: " + String.join("; ", parts) + ".";
        if (!row.missing().isEmpty()) {
            out += (out.isEmpty() ? "" : " ") + "Realisasi " + quarters(row.missing()) + " belum ada.";
        }
        if (!row.isTotal() && row.capaian().total() > 0 && !row.capaian().complete()) {
            out += " Capaian kinerja" + (row.capaian().used() == 0 ? ": " : " ") + basis(row.capaian()) + ".";
        }
        return out.strip();
    }

    /** Who wrote a note from beneath an indicator: "Seksi X, tentang indikatornya \"Jumlah …\"". */
    public static String beneath(CascadeNote c) {
        return c.note().unitName() + ", tentang indikatornya \"" + c.indicator().name() + "\"";
    }

    /** Each note as one line: "Seksi X (TW I–II): …". */
    static String note(UnitNote n, String text) {
        return n.unitName() + " (" + quarters(n.quarters()) + "): " + text;
    }

    /** The notes' texts of one kind, one per line. */
    static String notes(List<UnitNote> notes, java.util.function.Function<UnitNote, String> which) {
        return notes.stream().filter(n -> which.apply(n) != null).map(n -> note(n, which.apply(n)))
                .collect(Collectors.joining("\n"));
    }

    /** The figure of an earlier year as text for a cell that is not a number. */
    static String earlier(YearFigure f) {
        return f.source() == YearFigure.Source.RIWAYAT_SEBAGIAN ? partialYear(f) : Wording.figure(f.figure());
    }

    /** Why a sasaran's trend is not drawn. */
    static String noTrend(id.go.banggaikab.rekap.lkjip.Trend trend) {
        if (trend.series().isEmpty()) {
            return "Tren tidak digambar: sasaran ini tidak punya indikator angka (indikator predikat tidak digambar).";
        }
        return "Tren belum dapat digambar: " + (trend.yearsKnown() == 0 ? "belum ada realisasi indikator angkanya"
                : "realisasi baru diketahui untuk satu tahun") + ". Isi realisasi tahun sebelumnya di lembar Realisasi"
                + " Tahun Lalu renstra.xlsx.";
    }

    /** How the efficiency bands read, as the tables' footnote. */
    static String efficiencyRule(Lkjip lkjip) {
        String cap = IndonesianNumbers.format(lkjip.recap().settings().scoreCap());
        return "Efisiensi = capaian kinerja − serapan anggaran (poin): 0 atau lebih Efisien; kurang dari 0 sampai −"
                + IndonesianNumbers.format(Efisiensi.KURANG_EFISIEN_POIN) + " Kurang efisien; di bawah −"
                + IndonesianNumbers.format(Efisiensi.KURANG_EFISIEN_POIN) + " Tidak efisien. Capaian kinerja: rata-rata"
                + " capaian indikator yang didukung terhadap target tahunan (pagu adalah pagu setahun), capaian di"
                + " atas "
                + cap + " % dihitung " + cap + " %.";
    }
}
