package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Unit;

/**
 * What one source (the header block, the titles, the path) says about who sent a form and for when. Any part may be
 * missing. {@code unitText} is the unit as written, kept so that an unknown unit can be quoted back to the user.
 */
record Clues(String unitText, Unit unit, Integer tahun, Integer triwulan) {

    static final Clues NONE = new Clues(null, null, null, null);

    /** Whether these clues say who and when in full, so that no other source could add anything. */
    boolean complete() {
        return namesUnit() && tahun != null && triwulan != null;
    }

    /** These clues, with the gaps filled from {@code other}. */
    Clues orElse(Clues other) {
        boolean ownUnit = namesUnit();
        return new Clues(ownUnit ? unitText : other.unitText, ownUnit ? unit : other.unit,
                tahun != null ? tahun : other.tahun, triwulan != null ? triwulan : other.triwulan);
    }

    /** Whether these clues name a unit, known to the catalogue or only as written. */
    private boolean namesUnit() {
        return unitText != null || unit != null;
    }
}
