package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.formulir.Receipt;
import id.go.banggaikab.rekap.history.CountedElsewhere;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.List;

/** What became of each file a receipt lists, in the words of its "Dipakai" column. */
final class FileUse {

    private FileUse() {
    }

    /**
     * Files that named this unit and quarter but were counted for another: the receipt of the quarter (or unit) a
     * file named says where it went, so nobody looks for a report that is in another quarter's recap.
     */
    static List<Receipt.Sent> countedElsewhere(List<CountedElsewhere.File> files, Catalogue catalogue, Periode here) {
        return files.stream().map(f -> new Receipt.Sent(f.file(), "tidak dihitung untuk " + here.longLabel()
                + ": dihitung untuk " + where(f, catalogue) + " (" + f.source() + " menyebut " + here.longLabel()
                + "; lihat bagian C)")).toList();
    }

    /** "Triwulan I 2026", or "Seksi Kewirausahaan, Triwulan I 2026" when it went to another unit. */
    static String where(CountedElsewhere.File f, Catalogue catalogue) {
        String unit = f.unitCode().equals(f.namedUnit()) ? ""
                : catalogue.unit(f.unitCode()).map(Unit::name).orElse(f.unitCode()) + ", ";
        return unit + f.periode().longLabel();
    }
}
