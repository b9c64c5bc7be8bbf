package id.go.banggaikab.rekap.catalogue;

/** The civil servant holding a position; the NIP is kept exactly as written, even when malformed. */
public record Holder(String name, String nip) {
}
