package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.shared.TextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes and names for what the document brings new, in the catalogue's own scheme: a position's code from its title
 * (KASI- and the initials of the seksi, PD- for a pengolah data, …), an indicator's from its position's code and the
 * next free number (KASI-KWU-02), a unit's from its kind and initials; never a code the catalogue already has, retired
 * ones included. Titles written in capitals become "Kepala Seksi Fasilitasi Usaha Mikro", acronyms kept.
 */
final class Naming {

    private static final Set<String> SMALL = Set.of("dan", "di", "ke", "dari", "yang", "untuk", "bagi", "serta",
            "atau", "pada", "dengan", "tentang", "dalam", "oleh");
    private static final Set<String> ACRONYMS = Set.of("SDM", "UKM", "KSP", "USP", "ASN", "PNS", "SPJ", "SPP", "LS",
            "GU", "UP", "NIK", "NIB", "RAT", "OPD", "SKPD", "UMKM", "KUR", "TIK", "IKM", "BUMDES", "KUKM", "UPTD",
            "UPT", "II", "III", "IV");
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"kepala dinas", "KADIS"}, new String[] {"kepala badan", "KABAN"},
            new String[] {"kepala kantor", "KAKAN"}, new String[] {"kepala satuan", "KASAT"},
            new String[] {"kepala pelaksana", "KALAK"}, new String[] {"inspektur", "INSPEKTUR"},
            new String[] {"camat", "CAMAT"}, new String[] {"sekretaris badan", "SEKBAN"},
            new String[] {"sekretaris camat", "SEKCAM"}, new String[] {"sekretaris", "SEKDIS"},
            new String[] {"kepala sub bidang", "KASUBID-"}, new String[] {"kepala uptd", "KAUPTD-"},
            new String[] {"kepala upt", "KAUPT-"},
            new String[] {"kepala bidang", "KABID-"}, new String[] {"kepala sub bagian", "KASUBAG-"},
            new String[] {"kepala seksi", "KASI-"}, new String[] {"pengolah data", "PD-"},
            new String[] {"pengelola data", "PD-"}, new String[] {"pengelolah data", "PD-"},
            new String[] {"pengadministrasi", "PA-"}, new String[] {"bendahara", "BEND-"},
            new String[] {"analis", "ANALIS-"}, new String[] {"pengelola", "PNG-"}, new String[] {"pengelolah", "PNG-"},
            new String[] {"penyusun", "PNY-"}, new String[] {"pranata", "PRN-"});

    private Naming() {
    }

    /** A code for a new position, unique among {@code taken}. */
    static String positionCode(String key, Set<String> taken) {
        String titleKey = spelled(key);
        for (String[] p : PREFIXES) {
            if (titleKey.equals(p[0]) || titleKey.startsWith(p[0] + " ")) {
                String rest = titleKey.substring(p[0].length()).strip();
                String code = p[1].endsWith("-") ? p[1] + (rest.isEmpty() ? "X" : initials(rest)) : p[1];
                return unique(code, taken);
            }
        }
        return unique("JAB-" + initials(titleKey), taken);
    }

    /**
     * A title's key with the ways of writing a unit spelled out the one way: "subbagian", "subbag", "kasubag" as
     * "(kepala) sub bagian", "subbidang", "kasubid" as "(kepala) sub bidang", "kasi", "kabid" as "kepala seksi",
     * "kepala bidang" (whatever singkatan.yml of the installation says).
     */
    static String spelled(String key) {
        String t = " " + key + " ";
        String[][] spellings = {{"kasubag", "kepala sub bagian"}, {"kasubbag", "kepala sub bagian"},
            {"kasubid", "kepala sub bidang"}, {"kasi", "kepala seksi"}, {"kabid", "kepala bidang"},
            {"subbagian", "sub bagian"}, {"subbag", "sub bagian"}, {"subbidang", "sub bidang"},
            {"subbid", "sub bidang"}};
        for (String[] s : spellings) {
            t = t.replace(" " + s[0] + " ", " " + s[1] + " ");
        }
        return t.strip();
    }

    /** The next code of a position's indicators: its code and the next number after the highest in use. */
    static String indicatorCode(String positionCode, Set<String> taken) {
        Pattern own = Pattern.compile("^" + Pattern.quote(positionCode) + "-(\\d+)$");
        int highest = 0;
        for (String code : taken) {
            Matcher m = own.matcher(code);
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        String code;
        do {
            code = positionCode + "-" + String.format(Locale.ROOT, "%02d", ++highest);
        } while (taken.contains(code));
        return code;
    }

    /** A code for a new unit of a kind ("SEKSI-", "SUBBAG-", "BID-") named by the rest of a head's title. */
    static String unitCode(String prefix, String nameKey, Set<String> taken) {
        return unique(prefix + initials(nameKey), taken);
    }

    private static String initials(String key) {
        StringBuilder out = new StringBuilder();
        for (String w : key.split(" ")) {
            if (w.isEmpty() || SMALL.contains(w)) {
                continue;
            }
            String upper = w.toUpperCase(Locale.ROOT);
            out.append(ACRONYMS.contains(upper) ? upper : upper.substring(0, 1));
        }
        String s = out.toString();
        return s.isEmpty() ? "X" : s.length() > 8 ? s.substring(0, 8) : s;
    }

    /** {@code code}, or with "-2", "-3", … when it is taken. */
    static String unique(String code, Set<String> taken) {
        if (!taken.contains(code)) {
            return code;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(code + "-" + n)) {
                return code + "-" + n;
            }
        }
    }

    /** "KEPALA SEKSI FASILITASI USAHA MIKRO" as "Kepala Seksi Fasilitasi Usaha Mikro"; other casing kept. */
    static String titleCase(String text) {
        String t = text.strip();
        if (!t.equals(t.toUpperCase(Locale.ROOT))) {
            return t;
        }
        List<String> out = new ArrayList<>();
        for (String word : t.split(" ")) {
            out.add(out.isEmpty() ? capital(word) : titleWord(word));
        }
        return String.join(" ", out);
    }

    private static String titleWord(String word) {
        String bare = TextKey.key(word);
        if (SMALL.contains(bare) && word.equalsIgnoreCase(bare + (word.endsWith(",") ? "," : ""))) {
            return word.toLowerCase(Locale.ROOT);
        }
        return capital(word);
    }

    private static String capital(String word) {
        StringBuilder out = new StringBuilder();
        for (String part : word.split("(?<=[/\\-(])")) {
            String letters = part.replaceAll("[^A-Za-z]", "");
            if (ACRONYMS.contains(letters.toUpperCase(Locale.ROOT)) || letters.length() > 1
                    && !letters.matches("(?i).*[aiueo].*")) {
                out.append(part);
            } else {
                String lower = part.toLowerCase(Locale.ROOT);
                int first = 0;
                while (first < lower.length() && !Character.isLetter(lower.charAt(first))) {
                    first++;
                }
                out.append(first < lower.length() ? lower.substring(0, first) + Character.toUpperCase(lower.charAt(
                        first)) + lower.substring(first + 1) : lower);
            }
        }
        return out.toString();
    }
}
