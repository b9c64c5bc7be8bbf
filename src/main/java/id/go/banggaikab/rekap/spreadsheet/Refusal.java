package id.go.banggaikab.rekap.spreadsheet;

/**
 * Why bytes give no sheets, told to the user in Bahasa Indonesia ({@link #message}) and to the program by
 * {@link #reason}: a copy still under way ({@link Reason#CUT_OFF}) is read again on the next run, a password or a
 * suspected zip bomb is the office's to fix, another kind of file is named with what to save it as.
 */
public record Refusal(Reason reason, String message) {

    public enum Reason {
        /** Another kind of file: Word, PowerPoint, PDF, HTML, text/CSV, XML. */
        NOT_A_WORKBOOK,
        /** A workbook in a format not read (.xlsb, Strict Open XML, Excel before 97, flat .fods, Numbers). */
        UNSUPPORTED_FORMAT,
        /** Broken bytes, or a package without a workbook in it. */
        DAMAGED,
        /** The bytes stop before the workbook's own end: a copy that stalled or is still under way. */
        CUT_OFF,
        /** Protected by a password. */
        ENCRYPTED,
        /** A part that inflates past what any workbook of its kind holds ({@link ZipBomb}). */
        ZIP_BOMB,
        /** No bytes at all. */
        EMPTY,
        /** Too large to be read whole, in a format that cannot be streamed. */
        TOO_LARGE
    }

    public static final Refusal DAMAGED = of(Reason.DAMAGED, "Berkas rusak atau bukan buku kerja Excel");
    public static final Refusal ENCRYPTED = of(Reason.ENCRYPTED,
            "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi");
    public static final Refusal EMPTY = of(Reason.EMPTY, "Berkas kosong (0 byte)");

    static Refusal of(Reason reason, String message) {
        return new Refusal(reason, message);
    }

    /** The refusal as an exception, for callers that cannot go on without the sheets. */
    public UnreadableWorkbook exception() {
        return new UnreadableWorkbook(this);
    }
}
