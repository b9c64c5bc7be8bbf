package id.go.banggaikab.rekap.catalogue;

/** How an indicator is measured. */
public enum IndicatorKind {
    /** A number of things in the period ("Jumlah ...", "Σ ..."). */
    JUMLAH,
    /** Pembilang / penyebut x 100, reported as its two parts. */
    RASIO,
    /** Figure of year N / figure of year N-1 x 100; the penyebut is last year's figure. */
    RASIO_PERTUMBUHAN,
    /** A value reported directly in its unit, such as a percentage. */
    NILAI,
    /** A grade on the SAKIP scale (AA ... D). */
    PREDIKAT;

    public boolean isRatio() {
        return this == RASIO || this == RASIO_PERTUMBUHAN;
    }
}
