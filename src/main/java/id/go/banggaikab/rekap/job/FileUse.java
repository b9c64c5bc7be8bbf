package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.formulir.Receipt;
import id.go.banggaikab.rekap.history.CountedElsewhere;
import id.go.banggaikab.rekap.history.SentFile;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.List;
import java.util.Map;

/** What became of each file a receipt lists, in the words of its "Dipakai" column. */
final class FileUse {

    private FileUse() {
    }

    /**
     * The files a unit sent for the quarter: used for how many entries, or why none: an older version of a file
     * saved again, entries all given again (or otherwise) by files saved later, or nothing usable in it at all.
     * {@code replaced}: by file, the figures newer files replaced with another value ([0]) and repeated ([1]).
     */
    static List<Receipt.Sent> sent(List<SentFile> files, List<StoredRow> inForce, Map<String, int[]> replaced) {
        return files.stream().map(f -> {
            String path = f.file().path();
            long used = inForce.stream().filter(r -> r.fileName().equals(path)).count();
            int[] later = replaced.getOrDefault(path, new int[2]);
            String use = !f.counts() ? "versi lama, diganti versi berkas ini yang disimpan kemudian"
                    : used > 0 ? "dipakai untuk " + used + " isian"
                    : later[0] > 0 ? "tidak ada isian yang dipakai: " + later[0] + " isiannya diganti nilai lain dari"
                            + " berkas yang disimpan lebih baru" + (later[1] > 0 ? ", " + later[1] + " sama dengan"
                                    + " isian berkas itu" : "") + " (lihat bagian C)"
                    : later[1] > 0 ? "tidak ada isian yang dipakai: isiannya sama dengan berkas yang disimpan lebih"
                            + " baru, yang dicatat sebagai sumbernya"
                    : "tidak ada isian yang dapat dipakai (isiannya kosong atau ditolak; lihat bagian C)";
            return new Receipt.Sent(f.file(), use);
        }).toList();
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
