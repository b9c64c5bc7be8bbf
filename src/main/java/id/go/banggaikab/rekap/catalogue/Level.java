package id.go.banggaikab.rekap.catalogue;

/** The level of a sasaran, as the headings of the IKI document name them. */
public enum Level {
    STRATEGIS("Sasaran Strategis"), PROGRAM("Sasaran Kinerja Program"), KEGIATAN("Sasaran Kinerja Kegiatan");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
