package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.lkjip.BudgetRow;
import id.go.banggaikab.rekap.lkjip.CapaianMean;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.YearFigure;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of the Bab III draft, written from the numbers so that the planner edits words, never figures:
 * per sasaran its mean capaian and, per indicator, target, realisation, capaian and category, the comparison with
 * last year and with the Target Akhir Renstra; for the budget the totals and each program's serapan and efficiency.
 * What is missing is said as missing, never as a low figure.
 */
final class LakipNarrative {

    private final Lkjip lkjip;
    private final Periode periode;

    LakipNarrative(Lkjip lkjip) {
        this.lkjip = lkjip;
        this.periode = lkjip.recap().periode();
    }

    /** The opening of A: how capaian is measured here. */
    String introduction() {
        String scale = "Sangat Tinggi (91 % ke atas), Tinggi (76–90 %), Sedang (66–75 %), Rendah (51–65 %) dan"
                + " Sangat Rendah (50 % ke bawah)";
        String against = periode.triwulan() == 4 ? "target tahun " + periode.tahun() + " (Perjanjian Kinerja)"
                : "target kumulatif s.d. triwulan " + Periode.roman(periode.triwulan()) + " (Rencana Aksi), atau"
                        + " target tahunan bila target triwulan belum ditetapkan";
        return "Capaian kinerja " + reachLower() + (periode.triwulan() == 4 ? "" : " " + periode.tahun())
                + " diukur dengan"
                + " membandingkan realisasi dengan " + against + ". Untuk indikator yang makin rendah makin baik,"
                + " capaian = (2 × target − realisasi) / target × 100 %; indikator predikat dibandingkan menurut"
                + " peringkatnya (D = 1 sampai AA = 7). Kategori capaian: " + scale + ". Capaian sasaran adalah"
                + " rata-rata capaian indikatornya, masing-masing paling tinggi "
                + IndonesianNumbers.format(lkjip.recap().settings().scoreCap()) + " %, tanpa indikator yang belum"
                + " ada datanya atau belum memiliki target.";
    }

    /** The paragraphs of one sasaran: its mean capaian, then one per indicator. */
    List<String> group(Group g) {
        List<String> out = new ArrayList<>();
        String kind = g.level() == Level.STRATEGIS ? "Sasaran strategis" : "Sasaran program";
        CapaianMean m = g.mean();
        String head = kind + " \"" + g.sasaran() + "\" diukur dengan " + g.lines().size() + " indikator. ";
        if (m.value() == null) {
            head += "Capaian sasaran ini belum dapat dihitung: " + leftOut(m) + ".";
        } else {
            head += "Rata-rata capaian " + (m.complete() ? m.used() + " indikatornya" : m.used() + " dari " + m.total()
                    + " indikatornya") + " " + IndonesianNumbers.percent(m.value()) + " % (" + m.kategori() + ")"
                    + (m.leftOut().isEmpty() ? "" : "; tidak dihitung: " + leftOut(m)) + ".";
        }
        out.add(head);
        for (IndicatorLine l : g.lines()) {
            out.add(indicator(l));
        }
        return out;
    }

    private static String leftOut(CapaianMean m) {
        return String.join("; ", m.leftOut().stream().map(l -> l.name() + " (" + l.reason() + ")").toList());
    }

    private String indicator(IndicatorLine l) {
        String satuan = l.indicator().satuan();
        boolean grade = l.indicator().kind() == IndicatorKind.PREDIKAT;
        String name = l.indicator().name() + (l.indicator().polarity() == Polarity.TURUN
                ? " (makin rendah makin baik)" : "");
        List<String> s = new ArrayList<>();
        if (!l.result().hasValue()) {
            s.add(name + ": belum ada data realisasi " + reachLower() + ".");
        } else if (!l.result().values().reportedIn(periode.triwulan())) {
            s.add(name + ": belum lapor TW " + Periode.roman(periode.triwulan()) + "; realisasi yang ada "
                    + LakipText.withUnit(l.realisasi(), satuan) + " berasal dari triwulan sebelumnya.");
        } else if (l.target().isEmpty()) {
            s.add(name + ": realisasi " + reachLower() + " " + LakipText.withUnit(l.realisasi(), satuan)
                    + "; target belum ditetapkan, sehingga capaian belum dapat dihitung.");
        } else {
            String target = LakipText.withUnit(l.target(), satuan);
            String targetText = periode.triwulan() == 4 ? "target " + target
                    : l.annualInQuarter() ? "target tahunan " + target + " (target triwulan belum ditetapkan)"
                    : "target s.d. triwulan " + Periode.roman(periode.triwulan()) + " " + target;
            s.add(name + ": " + targetText + ", realisasi " + LakipText.withUnit(l.realisasi(), satuan)
                    + (l.capaian() == null ? "." : ", capaian " + IndonesianNumbers.percent(l.capaian()) + " % ("
                            + l.kategori() + (grade ? ", menurut peringkat predikat" : "") + ")."));
        }
        s.add(lastYear(l, satuan));
        s.add(renstra(l, satuan));
        return String.join(" ", s.stream().filter(t -> !t.isEmpty()).toList());
    }

    private String lastYear(IndicatorLine l, String satuan) {
        int year = periode.tahun() - 1;
        YearFigure last = l.lastYear();
        String before = l.twoYearsAgo().isEmpty() || l.twoYearsAgo().source() == YearFigure.Source.RIWAYAT_SEBAGIAN
                ? "" : " (tahun " + (year - 1) + ": " + LakipText.withUnit(l.twoYearsAgo().figure(), satuan) + ")";
        if (last.isEmpty()) {
            return before.isEmpty() ? "" : "Realisasi tahun " + year + " belum ada" + before + ".";
        }
        if (last.source() == YearFigure.Source.RIWAYAT_SEBAGIAN) {
            return "Riwayat tahun " + year + " hanya sampai TW " + Periode.roman(last.lastQuarter()) + " ("
                    + LakipText.withUnit(last.figure(), satuan) + "), belum dapat dibandingkan" + before + ".";
        }
        String text = "Tahun " + year + " realisasinya " + LakipText.withUnit(last.figure(), satuan) + before;
        if (l.lastYearCapaian() == null) {
            return text + "; target tahun " + year + " belum ada, sehingga capaiannya tidak dapat dibandingkan.";
        }
        text += " dengan capaian " + IndonesianNumbers.percent(l.lastYearCapaian()) + " %";
        if (l.change() == null) {
            return text + ".";
        }
        double d = Math.round(l.change() * 10) / 10.0;
        String change = d > 0 ? "naik " + IndonesianNumbers.percent(d) + " poin"
                : d < 0 ? "turun " + IndonesianNumbers.percent(-d) + " poin" : "sama";
        return text + "; capaian " + (periode.triwulan() == 4 ? "tahun ini " : "s.d. triwulan ini ") + change
                + " dibanding tahun " + year + ".";
    }

    private String renstra(IndicatorLine l, String satuan) {
        if (l.renstraEnd().isEmpty()) {
            return lkjip.renstra().known() ? "Target Akhir Renstra indikator ini belum diisi." : "";
        }
        String text = "Target Akhir Renstra " + lkjip.renstra().akhir() + " " + LakipText.withUnit(l.renstraEnd(),
                satuan);
        if (l.capaianRenstra() == null) {
            return text + ".";
        }
        return text + "; realisasi " + reachLower() + " mencapai " + IndonesianNumbers.percent(l.capaianRenstra())
                + " % darinya.";
    }

    private String reachLower() {
        return periode.triwulan() == 4 ? "tahun " + periode.tahun() : "s.d. triwulan "
                + Periode.roman(periode.triwulan());
    }

    /** B: the totals, then each program. */
    String budget() {
        List<BudgetRow> rows = lkjip.budget();
        if (rows.isEmpty()) {
            return "Anggaran tahun " + periode.tahun() + " belum diisi di " + "anggaran-" + periode.tahun()
                    + ".xlsx.";
        }
        BudgetRow total = rows.get(rows.size() - 1);
        StringBuilder out = new StringBuilder("Pagu anggaran tahun " + periode.tahun() + " "
                + LakipText.rupiah(total.pagu()));
        if (total.realisasi() == null) {
            out.append("; realisasi ").append(reachLower()).append(" belum lengkap (realisasi ")
                    .append(LakipText.quarters(total.missing())).append(" belum ada), sehingga serapannya belum"
                            + " dapat dihitung.");
        } else {
            out.append(" dengan realisasi ").append(reachLower()).append(" ").append(LakipText.rupiah(
                    total.realisasi())).append(" (serapan ").append(IndonesianNumbers.percent(total.serapan()))
                    .append(" %).");
        }
        for (BudgetRow r : rows) {
            if (r.depth() == 0) {
                out.append(' ').append(program(r));
            }
        }
        return out.toString();
    }

    private String program(BudgetRow r) {
        String name = r.nama().toUpperCase().equals(r.nama()) ? capitalised(r.nama()) : r.nama();
        String text = name + ": pagu " + LakipText.rupiah(r.pagu());
        if (r.realisasi() == null) {
            return text + ", realisasi " + LakipText.quarters(r.missing()) + " belum ada.";
        }
        text += ", realisasi " + LakipText.rupiah(r.realisasi()) + " (serapan "
                + IndonesianNumbers.percent(r.serapan()) + " %)";
        if (r.capaian().value() == null) {
            return text + "; capaian kinerjanya belum dapat dihitung.";
        }
        return text + ", capaian kinerja " + IndonesianNumbers.percent(r.capaian().value()) + " %: "
                + LakipText.efisiensi(r.efisiensi()).toLowerCase() + ".";
    }

    /** "PROGRAM PENGEMBANGAN UMKM" as "Program Pengembangan UMKM": words in capitals of up to 5 letters stay. */
    static String capitalised(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.split(" ")) {
            String bare = w.replaceAll("[^A-Z]", "");
            boolean keep = bare.length() >= 2 && bare.length() <= 5 && !List.of("DAN", "YANG", "ATAU", "BAGI",
                    "DARI", "PADA", "DALAM", "USAHA", "KECIL", "MIKRO", "DAERAH", "KOTA").contains(bare);
            String word = keep || w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase();
            if (List.of("DAN", "YANG", "ATAU", "BAGI", "DARI", "PADA", "DALAM").contains(w)) {
                word = w.toLowerCase();
            }
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.toString().replace("Kabupaten/kota", "Kabupaten/Kota");
    }
}
