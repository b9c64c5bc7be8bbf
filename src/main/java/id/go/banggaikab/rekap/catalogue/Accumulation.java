package id.go.banggaikab.rekap.catalogue;

/** How a figure builds up over the quarters of a year. */
public enum Accumulation {
    /** Flows: the year to date is the sum of the quarters. */
    JUMLAH,
    /** Stocks: the year to date is the latest quarter reported. */
    TERAKHIR
}
