package id.go.banggaikab.rekap.lkjip;

import java.util.List;

/**
 * What one unit wrote about an indicator, in its own words, and in which quarters: the same words sent in several
 * quarters are one note. Any of the three texts may be null.
 */
public record UnitNote(String unitName, List<Integer> quarters, String keterangan, String kendala, String solusi) {

    public UnitNote {
        quarters = List.copyOf(quarters);
    }
}
