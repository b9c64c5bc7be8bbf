package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.history.CountedElsewhere;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Belum Lapor says of a unit without a usable report, instead of a bare "belum melapor": a file of the unit that
 * named this quarter was counted for another period (or a file in its folder for another unit), which one and where;
 * or a file that came but of which nothing could be used.
 */
final class AbsenceNotes {

    private AbsenceNotes() {
    }

    /**
     * By unit code: the files that came for the quarter but gave no figure, and the files that named a unit and this
     * quarter but were counted elsewhere.
     */
    static Map<String, String> of(Map<String, List<String>> withoutFigures, List<CountedElsewhere.File> elsewhere,
            Catalogue catalogue) {
        Map<String, String> out = new LinkedHashMap<>();
        withoutFigures.forEach((unit, paths) -> out.put(unit, "berkas " + String.join(", ", paths.stream()
                .map(p -> "\"" + p + "\"").toList()) + " diterima, tetapi tidak ada isian yang dapat dipakai (semua"
                + " isiannya kosong atau ditolak; lihat lembar Masalah)"));
        for (CountedElsewhere.File f : elsewhere) {
            String kind = f.unitCode().equals(f.namedUnit()) ? "periode lain" : "unit lain";
            String line = "ada berkas untuk " + kind + ": \"" + f.file().path() + "\" (menurut " + f.source() + ": "
                    + f.namedPeriode().longLabel() + ") dihitung untuk " + FileUse.where(f, catalogue)
                    + "; lihat lembar Masalah";
            out.merge(f.namedUnit(), line, (a, b) -> a + "; " + b);
        }
        return out;
    }
}
