package id.go.banggaikab.rekap.shared;

/** How serious a problem is, with the label the Masalah sheet shows. */
public enum Severity {
    /** The whole file was not imported. */
    BERKAS_DITOLAK("Berkas ditolak"),
    /** One cell or row was not imported; the rest of the file was. */
    SEL_DITOLAK("Sel ditolak"),
    /** A value or a match was taken tolerantly; the user should check it. */
    KOREKSI("Dikoreksi"),
    /** Worth knowing, nothing was refused. */
    PERINGATAN("Peringatan"),
    /**
     * The folder, the file name and the header block of a file name different periods or units: the documented rule
     * decided, and the other reading is shown wherever its quarter or unit is recapped.
     */
    BERBEDA("Periode/unit berbeda"),
    /** A more recently saved file of the same unit gave another value for the same quarter and indicator. */
    DIGANTI("Nilai diganti"),
    /** A file read while its quarter is locked would change a value; it is kept and applies after a reopen. */
    DITAHAN("Ditahan (triwulan dikunci)"),
    /** A value of a reopened quarter differs from what its last lock held. */
    BERUBAH("Berubah sejak dikunci");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
