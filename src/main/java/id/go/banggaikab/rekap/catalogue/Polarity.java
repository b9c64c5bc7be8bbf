package id.go.banggaikab.rekap.catalogue;

/** Whether a higher realisation is better (naik) or worse (turun). */
public enum Polarity {
    NAIK, TURUN
}
