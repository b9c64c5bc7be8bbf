package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.UnitStaff;
import id.go.banggaikab.rekap.report.AkuntabilitasKinerja;
import id.go.banggaikab.rekap.report.Wording;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The Lampiran: 1 the Perjanjian Kinerja of the year (its parties from the catalogue, its table as Bab II's, a place
 * for the date and signatures); 2 the Indikator Kinerja Individu of every position with its holder and annual target;
 * 3 the Rencana Aksi, the cumulative target of every quarter of the LKjIP's indicators.
 */
final class Lampiran {

    private static final int[] IKI_WEIGHTS = {5, 21, 48, 12, 14};
    private static final int[] PLAN_WEIGHTS = {7, 42, 11, 10, 10, 10, 10};

    private final Lkjip lkjip;
    private final WordDocument word;
    private final Captions captions;
    private final Catalogue catalogue;

    Lampiran(Lkjip lkjip, WordDocument word, Captions captions) {
        this.lkjip = lkjip;
        this.word = word;
        this.captions = captions;
        this.catalogue = lkjip.recap().catalogue();
    }

    void write() {
        word.chapter("LAMPIRAN");
        captions.chapter("L.");
        perjanjian();
        iki();
        rencanaAksi();
    }

    private void perjanjian() {
        word.heading(2, "Lampiran 1. Perjanjian Kinerja Tahun " + lkjip.tahun());
        Position head = catalogue.headOf(catalogue.root().code()).orElse(null);
        String who = head == null ? "Kepala Dinas" : Pendahuluan.holder(head) + ", " + office(head);
        word.normal("Yang bertanda tangan di bawah ini, " + who + " (pihak pertama), berjanji akan mewujudkan target"
                + " kinerja tahunan berikut sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka"
                + " menengah seperti ditetapkan dalam dokumen perencanaan, kepada Bupati (pihak kedua).");
        captions.table("Lampiran Perjanjian Kinerja Tahun " + lkjip.tahun());
        PkTable.write(lkjip, word);
        word.place("Tempat dan tanggal penandatanganan Perjanjian Kinerja, nama Bupati; tanda tangan kedua pihak.");
        WordTable sign = word.table(new int[] {50, 50});
        List<XWPFTableRow> rows = List.of(sign.add(List.of("Pihak Kedua,\nBupati", "Pihak Pertama,\n"
                + (head == null ? "Kepala Dinas" : head.name()))), sign.add(List.of("\n\n\n(nama Bupati)", "\n\n\n"
                + (head == null ? "" : Pendahuluan.holder(head) + "\nNIP " + Pendahuluan.nip(head)))));
        rows.forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setAlignment(
                ParagraphAlignment.CENTER))));
    }

    /** "Kepala Dinas Koperasi dan UKM Kabupaten Banggai": the position with the dinas, "Dinas" said once. */
    private String office(Position head) {
        String dinas = catalogue.dinasName();
        return head.name().endsWith(" Dinas") && dinas.startsWith("Dinas ") ? head.name() + dinas.substring(5)
                : head.name() + " " + dinas;
    }

    private void iki() {
        word.pageBreak();
        word.heading(2, "Lampiran 2. Indikator Kinerja Individu Setiap Jabatan");
        word.normal("Indikator Kinerja Individu (IKI) setiap jabatan dengan pemegangnya, dari katalog IKI, dan target"
                + " tahunannya (config/target-" + lkjip.tahun() + ".xlsx).");
        captions.table("Indikator Kinerja Individu per Jabatan Tahun " + lkjip.tahun());
        WordTable t = word.table(IKI_WEIGHTS);
        t.header(List.of("No", "Kode", "Indikator Kinerja Individu", "Satuan", "Target " + lkjip.tahun()));
        for (UnitStaff u : lkjip.staff()) {
            for (Position p : u.positions()) {
                String nip = Pendahuluan.nip(p);
                t.span(p.name() + " (" + u.unit().name() + ") — " + Pendahuluan.holder(p) + (nip.isEmpty() ? ""
                        : ", NIP " + nip));
                int n = 0;
                for (Indicator i : catalogue.indicatorsOf(p.code())) {
                    t.add(List.of(Integer.toString(++n), i.code(), i.name(), i.satuan() == null ? "" : i.satuan(),
                            PerencanaanKinerja.annual(lkjip, i.code())), 4);
                }
                if (n == 0) {
                    t.add(List.of("", "", "(belum ada indikator di katalog)", "", ""));
                }
            }
        }
    }

    private void rencanaAksi() {
        word.pageBreak();
        word.heading(2, "Lampiran 3. Rencana Aksi Tahun " + lkjip.tahun());
        word.normal("Target kumulatif setiap triwulan indikator sasaran (config/target-" + lkjip.tahun() + ".xlsx)."
                + " Kosong: target triwulan itu belum ditetapkan; capaiannya diukur terhadap target tahunan.");
        captions.table("Rencana Aksi Tahun " + lkjip.tahun());
        WordTable t = word.table(PLAN_WEIGHTS);
        t.header(List.of("No", "Indikator Kinerja", "Satuan", "TW I", "TW II", "TW III", "TW IV"));
        for (Group g : lkjip.groups()) {
            t.span(AkuntabilitasKinerja.kind(g) + g.number() + ": " + g.sasaran());
            int n = 0;
            for (IndicatorLine l : g.lines()) {
                Target target = lkjip.recap().targets().get(l.code());
                List<String> row = new ArrayList<>(List.of(g.number() + "." + (++n), l.indicator().name(),
                        l.indicator().satuan()));
                for (int tw = 1; tw <= 4; tw++) {
                    row.add(quarter(target, tw));
                }
                t.add(row, 3, 4, 5, 6);
            }
        }
    }

    private static String quarter(Target t, int tw) {
        if (t == null) {
            return "";
        }
        if (t.predikatUpTo(tw) != null) {
            return t.predikatUpTo(tw).name();
        }
        return Wording.figure(Figure.of(t.upTo(tw)));
    }
}
