package id.go.banggaikab.rekap.shared;

/**
 * Something a user should know about a file or a cell, in plain Bahasa Indonesia: where it is (file, sheet, cell such
 * as {@code F12}), the value found and the reason. Sheet, cell and value are null when they do not apply.
 */
public record Problem(Severity severity, String file, String sheet, String cell, String value, String reason) {

    public static Problem file(String file, String reason) {
        return new Problem(Severity.BERKAS_DITOLAK, file, null, null, null, reason);
    }

    public static Problem cell(String file, String sheet, String cell, String value, String reason) {
        return new Problem(Severity.SEL_DITOLAK, file, sheet, cell, value, reason);
    }

    public static Problem correction(String file, String sheet, String cell, String value, String reason) {
        return new Problem(Severity.KOREKSI, file, sheet, cell, value, reason);
    }

    public static Problem warning(String file, String sheet, String cell, String value, String reason) {
        return new Problem(Severity.PERINGATAN, file, sheet, cell, value, reason);
    }

    /** "Realisasi!F12", or just the sheet, or empty. */
    public String location() {
        if (sheet == null) {
            return "";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    @Override
    public String toString() {
        String where = location().isEmpty() ? file : file + " [" + location() + "]";
        String found = value == null ? "" : " (nilai: \"" + value + "\")";
        return severity.label() + ": " + where + found + ": " + reason;
    }
}
