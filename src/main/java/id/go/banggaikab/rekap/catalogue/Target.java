package id.go.banggaikab.rekap.catalogue;

/**
 * The targets of one indicator for one year: the annual target (Perjanjian Kinerja) and the cumulative quarterly
 * targets (Rencana Aksi), any of which may be missing. Predicate indicators use {@code predikat*} instead.
 */
public record Target(String indicatorCode, int tahun, Double annual, Double[] quarterly, Predikat annualPredikat,
        Predikat[] quarterlyPredikat) {

    /** The cumulative target for the year to date at the end of a quarter, or null. */
    public Double upTo(int triwulan) {
        return quarterly == null ? null : quarterly[triwulan - 1];
    }

    public Predikat predikatUpTo(int triwulan) {
        return quarterlyPredikat == null ? null : quarterlyPredikat[triwulan - 1];
    }
}
