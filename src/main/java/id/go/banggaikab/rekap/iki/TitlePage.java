package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.shared.TextKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the title lines of an IKI document say before and between its positions: the year it applies from (the title
 * "INDIKATOR KINERJA INDIVIDU TAHUN 2027", or a line with "Tahun" before the first position) and the perangkat
 * daerah the title page names ("DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN BANGGAI"), each the first one found.
 */
final class TitlePage {

    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2})\\b");
    /** The perangkat daerah a title page names, from its kind to the end of the line. */
    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(?:dinas|badan|kantor|inspektorat|satuan polisi"
            + "|kecamatan|sekretariat (?:daerah|dprd)|rumah sakit)\\b.*$");
    private static final Pattern YEAR_TAIL = Pattern.compile(
            "(?i)[\\s,(]*(?:tahun(?: anggaran)?\\s*)?20\\d{2}\\)?\\s*$");
    /** What follows the office's name on a decree's title line: "… NOMOR 440/12/2027 TENTANG …". */
    private static final Pattern DECREE_TAIL = Pattern.compile(
            "(?i)[\\s,]+(?:(?:nomor|tanggal|tentang)\\b|no\\.).*$");

    Integer year;
    String office;

    /** A title line ({@code title}: "INDIKATOR KINERJA INDIVIDU …") or a line outside any position. */
    void read(String text, boolean title, boolean beforePositions) {
        if (beforePositions && office == null) {
            Matcher named = OFFICE.matcher(text);
            if (named.find()) {
                String name = DECREE_TAIL.matcher(named.group()).replaceFirst("");
                office = YEAR_TAIL.matcher(name).replaceFirst("").strip();
            }
        }
        Matcher y = YEAR.matcher(text);
        if (year == null && (title || beforePositions && TextKey.key(text).contains("tahun")) && y.find()) {
            year = Integer.parseInt(y.group(1));
        }
    }
}
