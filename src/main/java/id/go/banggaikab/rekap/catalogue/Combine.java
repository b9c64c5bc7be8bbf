package id.go.banggaikab.rekap.catalogue;

/** What to do when several units report the same indicator. */
public enum Combine {
    /** Each unit reports its part; the parts add up. */
    JUMLAH,
    /** Every unit reports the same figure; the newest file counts and disagreement is reported. */
    SAMA
}
