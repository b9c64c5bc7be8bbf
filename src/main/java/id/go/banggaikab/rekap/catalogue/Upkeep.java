package id.go.banggaikab.rekap.catalogue;

/**
 * How the staff keep an entry of the catalogue over the years: the first and the last year it applies (a new IKI
 * document adds and retires positions and indicators; a retired one stays in the recaps of the years it applied),
 * and their decision on the IKI document's defects about it (a copied task text, shifted columns, a NIP that breaks
 * the 18-digit rule: the K-decisions), in words.
 */
public record Upkeep(Integer fromYear, Integer untilYear, String decision) {

    /** Always applies, no decision. */
    public static final Upkeep NONE = new Upkeep(null, null, null);

    /** Whether the entry applies in {@code tahun}. */
    public boolean covers(int tahun) {
        return (fromYear == null || fromYear <= tahun) && (untilYear == null || untilYear >= tahun);
    }

    /** Whether some year is outside it: the catalogue then differs from year to year. */
    public boolean limited() {
        return fromYear != null || untilYear != null;
    }

    public Upkeep withDecision(String text) {
        return new Upkeep(fromYear, untilYear, text);
    }

    public Upkeep until(Integer tahun) {
        return new Upkeep(fromYear, tahun, decision);
    }

    public Upkeep from(Integer tahun) {
        return new Upkeep(tahun, untilYear, decision);
    }
}
