package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.report.AkuntabilitasKinerja;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import java.util.List;

/**
 * The Perjanjian Kinerja's table, in Bab II and in Lampiran 1 alike: per sasaran its indicators with their satuan and
 * the annual target of {@code target-<tahun>.xlsx}; an indicator without one says so and where to set it.
 */
final class PkTable {

    private static final int[] WEIGHTS = {7, 55, 14, 24};

    private PkTable() {
    }

    static void write(Lkjip lkjip, WordDocument word) {
        WordTable t = word.table(WEIGHTS);
        t.header(List.of("No", "Indikator Kinerja", "Satuan", "Target " + lkjip.tahun()));
        int unset = 0;
        for (Group g : lkjip.groups()) {
            t.span(AkuntabilitasKinerja.kind(g) + g.number() + ": " + g.sasaran());
            int n = 0;
            for (IndicatorLine l : g.lines()) {
                String target = PerencanaanKinerja.annual(lkjip, l.code());
                if (target.isEmpty()) {
                    unset++;
                    target = "belum ditetapkan";
                }
                t.add(List.of(g.number() + "." + (++n), l.indicator().name(), l.indicator().satuan(), target), 3);
            }
        }
        String file = "config/target-" + lkjip.tahun() + ".xlsx";
        if (lkjip.recap().targets().example()) {
            word.place("Target di tabel ini masih CONTOH di " + file + ": ganti dengan target Perjanjian Kinerja yang"
                    + " ditandatangani lalu jalankan rekap lagi.");
        } else if (unset > 0) {
            word.place(unset + " indikator belum memiliki target tahunan: isi kolom Target Tahunan di " + file
                    + ", lalu jalankan rekap lagi.");
        } else {
            word.paragraph("Catatan", "Sumber: " + file + " (kolom Target Tahunan).");
        }
    }
}
