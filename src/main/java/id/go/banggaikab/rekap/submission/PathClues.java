package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who and when from where a file lies: "2026/TW2/Seksi Fasilitasi Usaha Mikro.xlsx", "2026-TW-II-kelembagaan.xlsx".
 * Offices that skip the header block still sort their files by year and quarter; the file name is asked first, then
 * the folders from the nearest outwards.
 */
final class PathClues {

    private PathClues() {
    }

    static Clues of(String relativePath, UnitMatcher units) {
        List<String> segments = new ArrayList<>(List.of(relativePath.split("/")));
        String name = segments.remove(segments.size() - 1);
        int dot = name.lastIndexOf('.');
        segments.add(dot > 0 ? name.substring(0, dot) : name);
        Collections.reverse(segments);

        Integer tahun = null;
        Integer triwulan = null;
        Unit unit = null;
        for (String segment : segments) {
            if (tahun == null) {
                tahun = PeriodText.yearIn(segment);
            }
            if (triwulan == null) {
                triwulan = PeriodText.quarterIn(segment);
            }
            if (unit == null) {
                unit = units.find(segment).orElse(null);
            }
        }
        return new Clues(unit == null ? null : unit.name(), unit, tahun, triwulan);
    }

    /** The same rules for a free title line such as "REALISASI TRIWULAN II TAHUN 2026 SEKSI KEWIRAUSAHAAN". */
    static Clues ofTitle(String title, UnitMatcher units) {
        Optional<Unit> unit = units.find(title);
        return new Clues(unit.map(Unit::name).orElse(null), unit.orElse(null), PeriodText.yearIn(title),
                PeriodText.quarterIn(title));
    }
}
