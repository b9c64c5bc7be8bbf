package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.lkjip.BudgetRow;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.Trend;
import id.go.banggaikab.rekap.lkjip.UnitNote;
import id.go.banggaikab.rekap.output.InputDigest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The draft of Bab III of the LKjIP (PermenPAN-RB 53/2014) as Word: heading A. Capaian Kinerja Organisasi with the
 * capaian per sasaran, then per sasaran strategis its table (with the sasaran program beneath it), a paragraph per
 * sasaran written from the numbers, the trend chart and what the units explained; heading B. Realisasi Anggaran with
 * its paragraph and table. The figures are those of the workbook; the planner edits words, not numbers.
 */
final class LakipDocument {

    private static final int[] SASARAN_WEIGHTS = {5, 40, 9, 14, 32};
    private static final int[] BUDGET_WEIGHTS = {5, 10, 30, 11, 11, 7, 11, 14, 21};

    private final Lkjip lkjip;
    private final WordDocument word = new WordDocument();
    private final LakipNarrative narrative;
    private int tables;
    private int pictures;

    private LakipDocument(Lkjip lkjip) {
        this.lkjip = lkjip;
        this.narrative = new LakipNarrative(lkjip);
    }

    static void write(Lkjip lkjip, OutputStream out, String digest) throws IOException {
        LakipDocument d = new LakipDocument(lkjip).build();
        InputDigest.store(d.word.doc.getProperties(), digest, lkjip.recap().verification().isFinal());
        d.word.write(out);
    }

    private LakipDocument build() {
        if (lkjip.recap().sample()) {
            word.warning(Wording.SAMPLE_BANNER);
        }
        word.heading(1, "BAB III AKUNTABILITAS KINERJA");
        boolean year = lkjip.recap().periode().triwulan() == 4;
        String what = year ? "Laporan Kinerja Instansi Pemerintah (LKjIP) "
                : "Laporan Kinerja Triwulanan (bahan Bab III LKjIP) ";
        word.paragraph("Caption", LakipText.title(what + lkjip.recap().catalogue().dinasName() + " "
                + LakipText.reach(lkjip.recap().periode()), lkjip.recap()));
        word.paragraph("Catatan", Wording.runLine(lkjip.recap())).setAlignment(ParagraphAlignment.CENTER);
        capaian();
        budget();
        notes();
        return this;
    }

    private void capaian() {
        word.heading(2, "A. Capaian Kinerja Organisasi");
        word.normal(narrative.introduction());
        caption("Capaian Sasaran " + LakipText.reach(lkjip.recap().periode()));
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
        String kind = head.level() == Level.STRATEGIS ? "Sasaran Strategis " : "Sasaran Program ";
        word.heading(3, n + ". " + kind + head.number() + ": " + head.sasaran());
        caption("Capaian Kinerja " + kind + head.number());
        new LakipIndicatorTables(lkjip, word, this::caption).write(section);
        for (Group g : section) {
            narrative.group(g).forEach(word::normal);
        }
        Optional<Trend> trend = lkjip.trends().stream().filter(t -> t.number().equals(head.number())).findFirst();
        if (trend.isPresent() && trend.get().drawable()) {
            word.picture(TrendImage.png(trend.get(), word.textWidthPoints()), "tren-" + head.number() + ".png",
                    word.textWidthPoints(), TrendImage.heightPoints(trend.get()));
            word.paragraph("Caption", "Gambar 3." + ++pictures + " Tren Realisasi dan Target Renstra " + kind
                    + head.number());
        } else if (trend.isPresent()) {
            word.paragraph("Catatan", LakipText.noTrend(trend.get()));
        }
        explanations(section);
    }

    /** The units' own words per indicator, from the Analisis sheet: what the planner writes the causes from. */
    private void explanations(List<Group> section) {
        List<IndicatorLine> noted = section.stream().flatMap(g -> g.lines().stream())
                .filter(l -> !l.notes().isEmpty()).toList();
        if (noted.isEmpty()) {
            word.paragraph("Catatan", "Penjelasan unit kerja: belum ada keterangan, kendala atau solusi dari formulir"
                    + " unit untuk indikator sasaran ini.");
            return;
        }
        word.lead("Normal", "Penjelasan unit kerja", " (dari formulir, apa adanya):").setKeepNext(true);
        for (IndicatorLine l : noted) {
            word.lead("Catatan", l.indicator().name() + ". ", "").setKeepNext(true);
            for (UnitNote note : l.notes()) {
                List<String> parts = new ArrayList<>();
                if (note.keterangan() != null) {
                    parts.add("Keterangan: " + note.keterangan());
                }
                if (note.kendala() != null) {
                    parts.add("Kendala: " + note.kendala());
                }
                if (note.solusi() != null) {
                    parts.add("Solusi/rencana tindak lanjut: " + note.solusi());
                }
                word.paragraph("Catatan", "– " + note.unitName() + " (" + LakipText.quarters(note.quarters()) + "): "
                        + String.join("; ", parts) + ".");
            }
        }
    }

    /** The budget's table has nine columns of rupiah and words: part B sits in a landscape section of its own. */
    private void budget() {
        word.landscape();
        word.heading(2, "B. Realisasi Anggaran");
        word.normal(narrative.budget());
        caption("Realisasi Anggaran " + LakipText.reach(lkjip.recap().periode()));
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

    private void notes() {
        if (lkjip.notes().isEmpty()) {
            return;
        }
        word.portrait();
        word.lead("Catatan", "Catatan untuk penyusun (hapus sebelum dipakai): ", "").setKeepNext(true);
        for (String note : lkjip.notes()) {
            word.paragraph("Catatan", "– " + note);
        }
    }

    private void caption(String text) {
        word.paragraph("Caption", "Tabel 3." + ++tables + " " + text);
    }
}
