package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.lkjip.BudgetRow;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.Trend;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The body of Bab III of the LKjIP (PermenPAN-RB 53/2014), written into the Tabel LAKIP draft and into the whole
 * LKjIP alike: A. Capaian Kinerja Organisasi with the capaian per sasaran, then per sasaran strategis its tables (with
 * the sasaran program beneath it), a paragraph per sasaran written from the numbers (the comparison with earlier years
 * and the Target Akhir Renstra among them), the trend chart and what the units explained, down the performance tree;
 * B. Realisasi Anggaran with its paragraph, table and the efficiency analysis, in a landscape section of its own. The
 * figures are those of the workbook; the planner edits words, not numbers. The caller writes the chapter's heading.
 */
public final class AkuntabilitasKinerja {

    private static final int[] SASARAN_WEIGHTS = {5, 40, 9, 14, 32};
    private static final int[] BUDGET_WEIGHTS = {5, 10, 30, 11, 11, 7, 11, 14, 21};

    private final Lkjip lkjip;
    private final WordDocument word;
    private final Captions captions;
    private final LakipNarrative narrative;

    /** Captions are numbered "Tabel 3.1", "Gambar 3.1" from here on. */
    public AkuntabilitasKinerja(Lkjip lkjip, WordDocument word, Captions captions) {
        this.lkjip = lkjip;
        this.word = word;
        this.captions = captions;
        this.narrative = new LakipNarrative(lkjip);
        captions.chapter("3.");
    }

    /** Parts A and B; what follows is on landscape pages until the caller turns them back. */
    public void write() {
        capaian();
        budget();
    }

    private void capaian() {
        word.heading(2, "A. Capaian Kinerja Organisasi");
        word.normal(narrative.introduction());
        captions.table("Capaian Sasaran " + LakipText.reach(lkjip.recap().periode()));
        WordTable t = word.table(SASARAN_WEIGHTS);
        t.header(List.of("No", "Sasaran", Wording.capaianHeading("Capaian (%)", lkjip.recap()), "Kategori",
                "Dasar"));
        for (Group g : lkjip.groups()) {
            XWPFTableRow row = t.row();
            boolean strategis = g.level() == Level.STRATEGIS;
            WordTable.text(row.getCell(0), g.number(), strategis, ParagraphAlignment.LEFT);
            WordTable.text(row.getCell(1), g.sasaran(), strategis, ParagraphAlignment.LEFT);
            WordTable.text(row.getCell(2), Wording.percent(g.mean().value()), strategis, ParagraphAlignment.RIGHT);
            WordTable.text(row.getCell(3), g.mean().kategori() == null ? Wording.NO_DATA : g.mean().kategori(), false,
                    ParagraphAlignment.LEFT);
            WordTable.text(row.getCell(4), LakipText.basis(g.mean()), false, ParagraphAlignment.LEFT);
        }
        word.paragraph("Catatan", null);
        List<Group> groups = lkjip.groups();
        int n = 0;
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.level() == Level.STRATEGIS || !g.number().contains(".")) {
                List<Group> section = new ArrayList<>(List.of(g));
                while (i + 1 < groups.size() && groups.get(i + 1).number().startsWith(g.number() + ".")) {
                    section.add(groups.get(++i));
                }
                sasaran(++n, section);
            }
        }
    }

    private void sasaran(int n, List<Group> section) {
        Group head = section.get(0);
        String kind = kind(head);
        word.heading(3, n + ". " + kind + head.number() + ": " + head.sasaran());
        captions.table("Capaian Kinerja " + kind + head.number());
        new LakipIndicatorTables(lkjip, word, captions).write(section);
        for (Group g : section) {
            narrative.group(g).forEach(word::normal);
        }
        Optional<Trend> trend = lkjip.trends().stream().filter(t -> t.number().equals(head.number())).findFirst();
        if (trend.isPresent() && trend.get().drawable()) {
            word.picture(TrendImage.png(trend.get(), word.textWidthPoints()), "tren-" + head.number() + ".png",
                    word.textWidthPoints(), TrendImage.heightPoints(trend.get()));
            captions.figure("Tren Realisasi dan Target Renstra " + kind + head.number());
        } else if (trend.isPresent()) {
            word.paragraph("Catatan", LakipText.noTrend(trend.get()));
        }
        new UnitExplanations(word).write(section);
    }

    /** "Sasaran Strategis " or "Sasaran Program ", as every chapter names a sasaran. */
    public static String kind(Group head) {
        return head.level() == Level.STRATEGIS ? "Sasaran Strategis " : "Sasaran Program ";
    }

    /** The budget's table has nine columns of rupiah and words: part B sits in a landscape section of its own. */
    private void budget() {
        word.landscape();
        word.heading(2, "B. Realisasi Anggaran");
        word.normal(narrative.budget());
        captions.table("Realisasi Anggaran " + LakipText.reach(lkjip.recap().periode()));
        WordTable t = word.table(BUDGET_WEIGHTS);
        List<String> headers = new ArrayList<>(List.of(LakipBudgetSheet.HEADERS));
        headers.set(6, Wording.capaianHeading(headers.get(6), lkjip.recap()));
        t.header(headers);
        List<String> numbers = LakipBudgetSheet.numbers(lkjip.budget());
        for (int i = 0; i < lkjip.budget().size(); i++) {
            BudgetRow r = lkjip.budget().get(i);
            XWPFTableRow row = t.row();
            boolean strong = r.depth() <= 0;
            String[] values = {numbers.get(i), r.kode(), r.nama(), LakipText.rupiah(r.pagu()).replace("Rp ", ""),
                LakipText.rupiah(r.realisasi()).replace("Rp ", ""), Wording.percent(r.serapan()),
                Wording.percent(r.capaian().value()), r.isTotal() ? "" : LakipText.efisiensi(r.efisiensi()),
                LakipText.budgetSources(r)};
            for (int c = 0; c < values.length; c++) {
                boolean number = c >= 3 && c <= 6;
                WordTable.text(row.getCell(c), values[c], strong && c < 7, number ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT);
            }
        }
        if (lkjip.budget().isEmpty()) {
            XWPFTableRow row = t.row();
            WordTable.text(row.getCell(2), "Anggaran belum diisi (config/anggaran-" + lkjip.tahun() + ".xlsx).",
                    false, ParagraphAlignment.LEFT);
        }
        word.paragraph("Catatan", LakipText.efficiencyRule(lkjip));
    }
}
