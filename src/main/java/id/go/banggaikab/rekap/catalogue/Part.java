package id.go.banggaikab.rekap.catalogue;

/** The numerator or the denominator of a ratio, each with its own accumulation over the year. */
public record Part(String name, Accumulation accumulation) {
}
