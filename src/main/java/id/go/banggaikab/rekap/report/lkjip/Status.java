package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.shared.Periode;

/**
 * Whether the LKjIP is the year's final (TW IV locked) or a draft of the year so far, in the words its cover and
 * every page's header say it.
 */
record Status(boolean isFinal, Periode periode, String dinas) {

    static Status of(Lkjip lkjip) {
        Periode p = lkjip.recap().periode();
        return new Status(p.triwulan() == 4 && lkjip.recap().verification().isFinal(), p,
                lkjip.recap().catalogue().dinasName());
    }

    /** "FINAL — TW IV dikunci" or "DRAF s.d. Triwulan III — belum final". */
    String words() {
        if (isFinal) {
            return "FINAL — data Triwulan IV telah dikunci";
        }
        return "DRAF s.d. Triwulan " + Periode.roman(periode.triwulan()) + " — belum final"
                + (periode.triwulan() == 4 ? " (Triwulan IV belum dikunci)" : "");
    }

    /** The running head of every page after the cover. */
    String head() {
        return "LKjIP " + periode.tahun() + " · " + dinas + (isFinal ? "" : " · " + words());
    }
}
