package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who and when from where a file lies: "2026/TW2/Seksi Fasilitasi Usaha Mikro.xlsx", "2026-TW-II-kelembagaan.xlsx".
 * Offices that skip the header block still sort their files by year and quarter. The folders are one reading (the
 * nearest folder first), the file name another; {@link WhoAndWhen} weighs them against the header block.
 */
final class PathClues {

    private PathClues() {
    }

    /** The path as one reading: the period from the folders first, then the name; the unit from the name first. */
    static Clues of(String relativePath, UnitMatcher units) {
        Clues name = name(relativePath, units);
        Clues folders = folders(relativePath, units);
        Clues unit = name.unit() != null || name.unitText() != null ? name : folders;
        return new Clues(unit.unitText(), unit.unit(), folders.tahun() != null ? folders.tahun() : name.tahun(),
                folders.triwulan() != null ? folders.triwulan() : name.triwulan());
    }

    /** What the file name alone says (without its extension). */
    static Clues name(String relativePath, UnitMatcher units) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return of(List.of(dot > 0 ? name.substring(0, dot) : name), units);
    }

    /** What the folders say, the nearest folder first: "2026/TW2/…" gives 2026 and TW II. */
    static Clues folders(String relativePath, UnitMatcher units) {
        List<String> segments = new ArrayList<>(List.of(relativePath.split("/")));
        segments.remove(segments.size() - 1);
        Collections.reverse(segments);
        return of(segments, units);
    }

    private static Clues of(List<String> segments, UnitMatcher units) {
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
