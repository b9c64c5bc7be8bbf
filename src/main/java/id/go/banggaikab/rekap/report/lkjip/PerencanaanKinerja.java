package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.report.AkuntabilitasKinerja;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.Renstra;
import id.go.banggaikab.rekap.report.Wording;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bab II Perencanaan Kinerja: the Renstra's sasaran and indicators with the kondisi awal and the target of every year
 * ({@code config/renstra.xlsx}), and the year's Perjanjian Kinerja (the annual targets of {@code target-<tahun>.xlsx}).
 * What the dinas has not entered yet is said with where to enter it, never filled with a number of our own.
 */
final class PerencanaanKinerja {

    private final Lkjip lkjip;
    private final WordDocument word;
    private final Captions captions;

    PerencanaanKinerja(Lkjip lkjip, WordDocument word, Captions captions) {
        this.lkjip = lkjip;
        this.word = word;
        this.captions = captions;
    }

    void write() {
        word.chapter("BAB II PERENCANAAN KINERJA");
        captions.chapter("2.");
        renstra();
        perjanjian();
    }

    private void renstra() {
        Renstra r = lkjip.renstra();
        word.heading(2, "A. Rencana Strategis");
        word.place("Visi, misi dan tujuan Renstra (dokumen Renstra dinas): tidak ada di berkas konfigurasi, tulis di"
                + " sini.");
        if (!r.known() || r.paths().isEmpty()) {
            word.place("Sasaran, indikator dan target Renstra belum diisi: isi lembar Renstra di config/renstra.xlsx"
                    + " (kondisi awal dan target setiap tahun per indikator, tanpa tanda CONTOH), lalu jalankan rekap"
                    + " lagi. Tabel sasaran dan target Renstra muncul di sini.");
            return;
        }
        word.normal("Renstra " + lkjip.recap().catalogue().dinasName() + " " + r.awal() + "–" + r.akhir()
                + " menetapkan sasaran dan indikator berikut dengan kondisi awal " + r.awal() + " dan target setiap"
                + " tahunnya (config/renstra.xlsx).");
        List<Integer> years = new ArrayList<>();
        for (int y = r.awal() + 1; y <= r.akhir(); y++) {
            years.add(y);
        }
        int[] weights = new int[4 + years.size()];
        weights[0] = 7;
        weights[1] = 34;
        weights[2] = 9;
        weights[3] = 9;
        for (int i = 4; i < weights.length; i++) {
            weights[i] = 8;
        }
        captions.table("Sasaran, Indikator dan Target Renstra " + r.awal() + "–" + r.akhir());
        WordTable t = word.table(weights);
        List<String> header = new ArrayList<>(List.of("No", "Indikator Kinerja", "Satuan", "Kondisi Awal "
                + r.awal()));
        years.forEach(y -> header.add("Target " + y));
        t.header(header);
        int[] right = new int[1 + years.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = 3 + i;
        }
        for (Group g : lkjip.groups()) {
            t.span(AkuntabilitasKinerja.kind(g) + g.number() + ": " + g.sasaran());
            int n = 0;
            for (IndicatorLine l : g.lines()) {
                Renstra.Path path = r.paths().get(l.code());
                List<String> row = new ArrayList<>(List.of(g.number() + "." + (++n), l.indicator().name(),
                        l.indicator().satuan(), path == null ? "" : Wording.figure(path.kondisiAwal())));
                years.forEach(y -> row.add(path == null ? "" : Wording.figure(path.target(y))));
                t.add(row, right);
            }
        }
        long missing = lkjip.lines().stream().filter(l -> !r.paths().containsKey(l.code())).count();
        if (missing > 0) {
            word.paragraph("Catatan", missing + " indikator belum ada di lembar Renstra config/renstra.xlsx (baris"
                    + " kosong di tabel): tambahkan kondisi awal dan targetnya.");
        }
    }

    private void perjanjian() {
        word.heading(2, "B. Perjanjian Kinerja Tahun " + lkjip.tahun());
        word.normal("Perjanjian Kinerja Tahun " + lkjip.tahun() + " menetapkan target tahunan setiap indikator"
                + " sasaran berikut (config/target-" + lkjip.tahun() + ".xlsx); naskahnya ada di Lampiran 1.");
        captions.table("Perjanjian Kinerja Tahun " + lkjip.tahun());
        PkTable.write(lkjip, word);
    }

    /** The annual target of an indicator as the PK states it, or empty. */
    static String annual(Lkjip lkjip, String code) {
        Target t = lkjip.recap().targets().get(code);
        if (t == null) {
            return "";
        }
        Predikat p = t.annualPredikat();
        return p != null ? p.name() : Wording.figure(Figure.of(t.annual()));
    }
}
