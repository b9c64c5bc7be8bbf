package id.go.banggaikab.rekap.catalogue;

/** Levels of the organisation tree, from the dinas down to the seksi. */
public enum UnitKind {
    DINAS("Dinas"), SEKRETARIAT("Sekretariat"), BIDANG("Bidang"), SUB_BAGIAN("Sub Bagian"), SEKSI("Seksi");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
