package id.go.banggaikab.rekap.iki;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature block after a position's tables: the title above the name, the name, and the NIP. A date line or
 * "Mengetahui" is no title; the holder's pangkat and golongan between the name and the NIP ("Pembina Tk. I (IV/b)")
 * is no name; a NIP line without a number ("NIP. -", a vacant position) is the end of a block without a NIP; with two
 * signatures (the superior's and the holder's) the one whose title shares most words with the position's is the
 * holder's. Without any NIP line, only a line that reads as a person's name is taken for one, so a note after the
 * table never becomes the holder.
 */
record Signature(String title, String name, String nip) {

    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?i)^(mengetahui|yang (membuat|menandatangani|bersangkutan)|pihak (pertama|kedua)|tanda tangan"
                    + "|ttd)\\b.*"
                    + "|.*\\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
                    + "|desember)\\b.*\\d{4}.*");
    /** A NIP line with no number: "NIP. -", "NIP : ……", "NIP." of a vacant position or a form not filled in. */
    private static final Pattern EMPTY_NIP = Pattern.compile("(?i)^(?:n\\s?i\\s?p|ni\\s*pppk)\\s*[-–—_.:\\s]*$");
    private static final String GOLONGAN = "\\(?\\s*(?:i{1,3}|iv)\\s*[/.]\\s*[a-e]\\s*\\)?";
    /** A pangkat or golongan line ("Pembina Utama Muda", "Penata Tk. I (III/d)", "Gol. IV/a", "Pangkat : …"). */
    private static final Pattern PANGKAT = Pattern.compile("^(?:pangkat\\b.*|gol(?:\\.|ongan)?\\b.*|"
            + "(?:juru|pengatur|penata|pembina)(?:\\s+(?:muda|madya|utama))*(?:\\s*,?\\s*(?:tk\\.?|tingkat)\\s*i)?"
            + "\\s*[,/-]?\\s*(?:" + GOLONGAN + ")?|" + GOLONGAN + ")$");

    static Signature of(List<String> all, String positionTitle) {
        List<String> lines = all.stream().filter(l -> !l.matches("[\\s_\\-.=~*]*")).toList(); // a line to sign on
        List<Integer> nips = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (nipLine(lines.get(i))) {
                nips.add(i);
            }
        }
        if (nips.isEmpty()) {
            List<String> kept = lines.stream().filter(l -> !NOT_TITLE.matcher(l).matches()).toList();
            String last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || !readsAsName(last)) {
                return new Signature(null, null, null);
            }
            return new Signature(kept.size() > 1 ? String.join(" ", kept.subList(0, kept.size() - 1)) : null,
                    name(last), null);
        }
        Signature best = null;
        int bestScore = -1;
        int start = 0;
        for (int at : nips) {
            List<String> block = new ArrayList<>(lines.subList(start, at).stream()
                    .filter(l -> !NOT_TITLE.matcher(l).matches()).toList());
            while (block.size() > 1 && PANGKAT.matcher(block.get(block.size() - 1).toLowerCase(Locale.ROOT)
                    .strip()).matches()) {
                block.remove(block.size() - 1);
            }
            String name = block.isEmpty() ? null : name(block.get(block.size() - 1));
            String title = block.size() > 1 ? String.join(" ", block.subList(0, block.size() - 1)) : null;
            Matcher m = FormLabels.NIP.matcher(lines.get(at));
            String nip = m.matches() ? m.group(1).strip() : null;
            int score = title == null ? 0 : Similarity.sharedWords(title, positionTitle);
            if (score >= bestScore) {
                best = new Signature(title, name, nip);
                bestScore = score;
            }
            start = at + 1;
        }
        return best;
    }

    /** A NIP line, with its number or without one. */
    static boolean nipLine(String line) {
        return FormLabels.NIP.matcher(line).matches() || EMPTY_NIP.matcher(line).matches();
    }

    /** A person's name as signed: a few words, no colon, no figures, no sentence. */
    private static boolean readsAsName(String line) {
        String t = line.replaceFirst("(?i)^nama\\s*[:.]\\s*", "").strip();
        String[] words = t.split("\\s+");
        return !t.contains(":") && !t.matches(".*\\d.*") && words.length <= 8
                && !(t.endsWith(".") && words.length > 4 && !t.contains(","));
    }

    /** The name without a "Nama :" label and without the brackets or signing line around it; null when blank. */
    private static String name(String line) {
        String t = line.replaceFirst("(?i)^nama\\s*[:.]\\s*", "").strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1);
        }
        t = t.replaceAll("^[_\\s]+|[_\\s]+$", "").strip();
        return t.chars().anyMatch(Character::isLetter) ? t : null;
    }
}
