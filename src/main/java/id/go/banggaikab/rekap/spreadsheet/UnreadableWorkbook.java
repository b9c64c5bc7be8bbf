package id.go.banggaikab.rekap.spreadsheet;

/** A workbook that gives no sheets; the message is the {@link Refusal}'s, in Bahasa Indonesia. */
public final class UnreadableWorkbook extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    UnreadableWorkbook(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public Refusal.Reason reason() {
        return refusal.reason();
    }
}
