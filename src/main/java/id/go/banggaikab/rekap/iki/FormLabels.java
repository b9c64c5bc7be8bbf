package id.go.banggaikab.rekap.iki;

import java.util.regex.Pattern;

/**
 * The labels of an IKI form, in any case and numbered or not: "1. JABATAN :" (or "Nama Jabatan"), "2. TUGAS :" (or
 * "Uraian Tugas", "Tugas Pokok"), "3. FUNGSI :", each with what follows its colon, and the NIP line of a signature
 * ("NIP.", "NIP :", "NI PPPK") with its number.
 */
final class FormLabels {

    static final Pattern JABATAN = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.)]\\s*)?(?:nama\\s+)?jabatan\\s*(?:[:：]\\s*(.*)|$)", Pattern.CASE_INSENSITIVE);
    static final Pattern TUGAS = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.)]\\s*)?(?:uraian\\s+)?tugas(?:\\s+pokok)?\\s*(?:[:：]\\s*(.*)|$)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern FUNGSI = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.)]\\s*)?fungsi\\s*(?:[:：]\\s*(.*)|$)", Pattern.CASE_INSENSITIVE);
    static final Pattern NIP = Pattern.compile(
            "^(?:n\\s?i\\s?p|ni\\s*pppk)\\s*[.:]?\\s*[.:]?\\s*(\\d[\\d .]*\\d)[.\\s]*$", Pattern.CASE_INSENSITIVE);

    private FormLabels() {
    }

    /** A JABATAN, TUGAS or FUNGSI label standing alone, without a colon ("Jabatan" in a cell, its title beside). */
    static boolean bareLabel(String text) {
        String t = PositionReading.clean(text);
        return !t.contains(":") && !t.contains("：") && (JABATAN.matcher(t).matches() || TUGAS.matcher(t).matches()
                || FUNGSI.matcher(t).matches());
    }

    /** A TUGAS or FUNGSI label, with or without its colon, and nothing after it. */
    static boolean dutiesLabel(String text) {
        String t = PositionReading.clean(text).replaceFirst("\\s*[:：]$", "");
        return TUGAS.matcher(t).matches() || FUNGSI.matcher(t).matches();
    }
}
