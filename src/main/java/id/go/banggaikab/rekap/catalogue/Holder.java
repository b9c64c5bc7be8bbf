package id.go.banggaikab.rekap.catalogue;

/** The civil servant holding a position; the NIP is kept exactly as written, even when malformed. */
public record Holder(String name, String nip) {

    /** Why the NIP breaks the 18-digit rule, or empty when it keeps it. */
    public java.util.Optional<String> nipProblem() {
        return NipCheck.problem(nip);
    }
}
