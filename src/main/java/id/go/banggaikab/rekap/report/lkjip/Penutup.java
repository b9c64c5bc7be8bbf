package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.lkjip.CascadeNote;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.UnitNote;
import id.go.banggaikab.rekap.report.LakipText;
import id.go.banggaikab.rekap.report.Wording;
import id.go.banggaikab.rekap.report.word.WordDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Bab IV Penutup: the indicators that reached their target, those below it each with the Kendala its units and the
 * units beneath them wrote, those not yet measurable, the solutions the units proposed, and a place for the dinas's
 * follow-up plan. The capaian are Bab III's.
 */
final class Penutup {

    private final Lkjip lkjip;
    private final WordDocument word;

    Penutup(Lkjip lkjip, WordDocument word) {
        this.lkjip = lkjip;
        this.word = word;
    }

    void write() {
        word.chapter("BAB IV PENUTUP");
        word.heading(2, "A. Simpulan");
        List<IndicatorLine> lines = lkjip.lines();
        List<IndicatorLine> reached = lines.stream().filter(IndicatorLine::reachedTarget).toList();
        List<IndicatorLine> below = lines.stream().filter(IndicatorLine::belowTarget).toList();
        List<IndicatorLine> none = lines.stream().filter(l -> l.capaian() == null).toList();
        word.normal("Dari " + lines.size() + " indikator sasaran strategis dan sasaran program, " + reached.size()
                + " mencapai atau melampaui target " + LakipText.reach(lkjip.recap().periode()) + ", "
                + below.size() + " di bawah target dan " + none.size() + " belum dapat diukur.");
        if (!reached.isEmpty()) {
            word.lead("Normal", "Keberhasilan: ", "").setKeepNext(true);
            reached.forEach(l -> word.paragraph("Catatan", "– " + l.indicator().name() + ": capaian "
                    + Wording.percent(l.capaian()) + " % (" + l.kategori() + ")."));
        }
        if (!below.isEmpty()) {
            word.lead("Normal", "Di bawah target, dengan kendala yang disampaikan unit kerja: ", "").setKeepNext(true);
            for (IndicatorLine l : below) {
                word.lead("Catatan", "– " + l.indicator().name() + ": ", "capaian " + Wording.percent(l.capaian())
                        + " % (" + l.kategori() + ").").setKeepNext(true);
                List<String> kendala = kendala(l);
                if (kendala.isEmpty()) {
                    word.paragraph("Catatan", "    Belum ada kendala yang ditulis unit kerja di formulirnya.");
                }
                kendala.forEach(k -> word.paragraph("Catatan", "    " + k));
            }
        }
        if (!none.isEmpty()) {
            word.paragraph("Catatan", "Belum dapat diukur (belum ada data atau target): " + String.join("; ",
                    none.stream().map(l -> l.indicator().name()).toList()) + ".");
        }
        word.place("Simpulan umum penyusun atas kinerja tahun ini.");
        word.heading(2, "B. Rencana Tindak Lanjut");
        List<String> solusi = new ArrayList<>();
        for (IndicatorLine l : lines) {
            for (UnitNote n : l.notes()) {
                if (n.solusi() != null) {
                    solusi.add(l.indicator().name() + " — " + n.unitName() + ": " + n.solusi());
                }
            }
            for (CascadeNote c : l.cascade()) {
                if (c.note().solusi() != null) {
                    solusi.add(l.indicator().name() + " — " + LakipText.beneath(c) + ": " + c.note().solusi());
                }
            }
        }
        if (solusi.isEmpty()) {
            word.paragraph("Catatan", "Unit kerja belum menulis solusi atau rencana tindak lanjut di formulirnya.");
        } else {
            word.lead("Normal", "Solusi yang diusulkan unit kerja (dari formulir, apa adanya): ", "").setKeepNext(true);
            solusi.forEach(s -> word.paragraph("Catatan", "– " + s));
        }
        word.place("Rencana tindak lanjut dinas untuk tahun berikutnya: langkah perbaikan atas indikator di bawah"
                + " target, penanggung jawab dan waktunya.");
    }

    /** The Kendala of the units reporting an indicator, then those of the units beneath it. */
    private static List<String> kendala(IndicatorLine l) {
        List<String> out = new ArrayList<>();
        for (UnitNote n : l.notes()) {
            if (n.kendala() != null) {
                out.add(n.unitName() + " (" + LakipText.quarters(n.quarters()) + "): " + n.kendala());
            }
        }
        for (CascadeNote c : l.cascade()) {
            if (c.note().kendala() != null) {
                out.add(LakipText.beneath(c) + " (" + LakipText.quarters(c.note().quarters()) + "): "
                        + c.note().kendala());
            }
        }
        return out;
    }
}
