package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.lkjip.BudgetRow;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.report.LakipText;
import id.go.banggaikab.rekap.report.Wording;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The Ikhtisar Eksekutif: in a few sentences and one small table, the year's capaian per sasaran strategis, how many
 * indicators reached their target, and the budget's serapan, from the same computed figures as Bab III (the sasaran's
 * mean capaian, the indicators' capaian by the recap's one rule), so the summary never says another number.
 */
final class IkhtisarEksekutif {

    private static final int[] WEIGHTS = {6, 54, 16, 24};

    private final Lkjip lkjip;
    private final WordDocument word;

    IkhtisarEksekutif(Lkjip lkjip, WordDocument word) {
        this.lkjip = lkjip;
        this.word = word;
    }

    void write() {
        word.chapter("IKHTISAR EKSEKUTIF");
        List<Group> strategis = lkjip.groups().stream().filter(g -> g.level() == Level.STRATEGIS).toList();
        List<IndicatorLine> lines = strategis.stream().flatMap(g -> g.lines().stream()).toList();
        long reached = lines.stream().filter(IndicatorLine::reachedTarget).count();
        long below = lines.stream().filter(IndicatorLine::belowTarget).count();
        long none = lines.size() - reached - below;
        String dinas = lkjip.recap().catalogue().dinasName();
        word.normal("Pada Tahun " + lkjip.tahun() + " " + dinas + " menetapkan " + strategis.size()
                + " sasaran strategis yang diukur dengan " + lines.size() + " indikator kinerja dalam Perjanjian"
                + " Kinerja. Capaian " + LakipText.reach(lkjip.recap().periode()).replace("Tahun ", "tahun ")
                + ": " + reached + " indikator mencapai atau melampaui targetnya, " + below
                + " indikator di bawah target" + (none == 0 ? "" : ", dan " + none + " indikator belum dapat diukur"
                        + " (belum ada data atau target)") + ".");
        for (Group g : strategis) {
            word.normal(sentence(g));
        }
        XWPFParagraph title = word.lead("Catatan", "Ringkasan capaian sasaran strategis " + LakipText.reach(
                lkjip.recap().periode()), "");
        title.setKeepNext(true);
        WordTable t = word.table(WEIGHTS);
        t.header(List.of("No", "Sasaran Strategis", Wording.capaianHeading("Capaian (%)", lkjip.recap()),
                "Kategori"));
        for (Group g : strategis) {
            t.add(List.of(g.number(), g.sasaran(), Wording.percent(g.mean().value()), g.mean().kategori() == null
                    ? Wording.NO_DATA : g.mean().kategori()), 2);
        }
        word.paragraph("Catatan", "Capaian sasaran: rata-rata capaian indikatornya (Bab III, Tabel 3.1).");
        budget();
        word.place("Ringkasan pimpinan: hal menonjol tahun ini, keberhasilan utama dan permasalahan pokok yang perlu"
                + " diketahui pembaca (satu atau dua paragraf).");
    }

    private String sentence(Group g) {
        if (g.mean().value() == null) {
            return "Sasaran strategis " + g.number() + " \"" + g.sasaran() + "\" belum dapat diukur: "
                    + LakipText.basis(g.mean()) + ".";
        }
        return "Sasaran strategis " + g.number() + " \"" + g.sasaran() + "\" tercapai rata-rata "
                + IndonesianNumbers.percent(g.mean().value()) + " % (" + g.mean().kategori() + "), "
                + LakipText.basis(g.mean()) + ".";
    }

    private void budget() {
        lkjip.budget().stream().filter(BudgetRow::isTotal).findFirst().filter(t -> t.pagu() != null).ifPresentOrElse(
                t -> word.normal("Pagu anggaran Tahun " + lkjip.tahun() + " " + LakipText.rupiah(t.pagu())
                        + (t.realisasi() == null ? "; realisasinya belum lengkap (lihat Bab III bagian B)."
                                : " dengan realisasi " + LakipText.rupiah(t.realisasi()) + " (serapan "
                                        + Wording.percent(t.serapan()) + " %).")),
                () -> word.paragraph("Catatan", "Anggaran belum diisi (config/anggaran-" + lkjip.tahun()
                        + ".xlsx): ringkasan serapan anggaran muncul di sini setelah diisi."));
    }
}
