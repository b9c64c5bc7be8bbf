package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.BadSetting;

/**
 * Limits the reader applies to every form: files above {@code maxFileBytes} are refused before they are opened (a
 * huge upload is a mistake, and opening it could exhaust memory), and a year outside {@code minYear..maxYear} is
 * almost always a typo that would otherwise create a phantom period in the history.
 */
public record ReaderSettings(long maxFileBytes, int minYear, int maxYear) {

    public ReaderSettings {
        if (maxFileBytes <= 0) {
            throw new BadSetting("maxFileBytes harus positif, bukan " + maxFileBytes);
        }
        if (minYear > maxYear) {
            throw new BadSetting("minYear " + minYear + " lebih besar dari maxYear " + maxYear);
        }
    }

    /** 20 MB, years 2020 to 2035. */
    public static ReaderSettings defaults() {
        return new ReaderSettings(20L * 1024 * 1024, 2020, 2035);
    }
}
