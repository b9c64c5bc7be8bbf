package id.go.banggaikab.rekap.iki;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a perangkat daerah as a title page or a catalogue writes it, and whether two such names are one office.
 * Every office of the kabupaten shares "Dinas … Kabupaten Banggai", so only the words that tell offices apart count:
 * "Dinas Kesehatan" is not "Dinas Koperasi dan UKM", while "Dinas Koperasi dan Usaha Kecil Menengah Kab. Banggai" is.
 */
final class OfficeName {

    /** A head of an office by its title: "KEPALA BADAN …", also acting ("Plt. Kepala Dinas …"). */
    private static final Pattern HEAD = Pattern.compile(
            "(?i)^(?:pl[th]\\.?\\s*)?kepala\\s+((?:dinas|badan|kantor|satuan)\\b.*)$");
    private static final Pattern REGION = Pattern.compile("(?i)[\\s,]+(?:kabupaten|kab\\.?|kota)\\s+.*$");
    /** Words every office's name may have: its kind, "daerah", and the words Similarity does not weigh. */
    private static final Set<String> SHARED = Set.of("dinas", "badan", "kantor", "satuan", "kecamatan",
            "sekretariat", "inspektorat", "daerah", "dan");

    private OfficeName() {
    }

    /**
     * The office the document names: its title page's, else the fullest a head's JABATAN or signature title gives
     * ("KEPALA DINAS KOPERASI DAN UKM KABUPATEN BANGGAI" over the name; a bare "KEPALA DINAS" names none), null when
     * none does.
     */
    static String of(String titlePage, List<DocPosition> positions) {
        if (titlePage != null) {
            return titlePage;
        }
        String best = null;
        for (DocPosition p : positions) {
            for (String title : Arrays.asList(p.title(), p.signatureTitle())) {
                Matcher head = HEAD.matcher(title == null ? "" : title.strip().replaceAll("\\s+", " "));
                String named = head.matches() ? head.group(1) : "";
                if (named.contains(" ") && (best == null || named.length() > best.length())) {
                    best = named;
                }
            }
        }
        return best;
    }

    /** The name without its region: "Badan Pendapatan Daerah Kabupaten Banggai" is "Badan Pendapatan Daerah". */
    static String withoutRegion(String name) {
        return REGION.matcher(name.strip()).replaceFirst("");
    }

    /** Whether {@code a} and {@code b} name one office, read with the unit abbreviations of {@code names}. */
    static boolean same(String a, String b, Similarity names) {
        String da = distinctive(a, names);
        String db = distinctive(b, names);
        if (da.isEmpty() || db.isEmpty()) {
            return true; // "Inspektorat", "Badan": nothing tells it from another office
        }
        return names.alike(da, db) >= 0.5;
    }

    private static String distinctive(String name, Similarity names) {
        List<String> words = List.of(names.key(withoutRegion(name)).split(" "));
        return String.join(" ", words.stream().filter(w -> !w.isEmpty() && !SHARED.contains(w)).toList());
    }
}
