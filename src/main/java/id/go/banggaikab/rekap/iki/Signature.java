package id.go.banggaikab.rekap.iki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature block after a position's tables: the title above the name, the name, and the NIP. A date line or
 * "Mengetahui" is no title; with two signatures (the superior's and the holder's) the one whose title shares most
 * words with the position's is the holder's.
 */
record Signature(String title, String name, String nip) {

    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?i)^(mengetahui|yang (membuat|menandatangani|bersangkutan)|pihak (pertama|kedua)|tanda tangan"
                    + "|ttd)\\b.*"
                    + "|.*\\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
                    + "|desember)\\b.*\\d{4}.*");

    static Signature of(List<String> all, String positionTitle) {
        List<String> lines = all.stream().filter(l -> !l.matches("[\\s_\\-.=~*]*")).toList(); // a line to sign on
        List<Integer> nips = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (PositionReading.NIP.matcher(lines.get(i)).matches()) {
                nips.add(i);
            }
        }
        if (nips.isEmpty()) {
            List<String> kept = lines.stream().filter(l -> !NOT_TITLE.matcher(l).matches()).toList();
            return new Signature(kept.size() > 1 ? String.join(" ", kept.subList(0, kept.size() - 1)) : null,
                    kept.isEmpty() ? null : name(kept.get(kept.size() - 1)), null);
        }
        Signature best = null;
        int bestScore = -1;
        int start = 0;
        for (int at : nips) {
            List<String> block = lines.subList(start, at).stream().filter(l -> !NOT_TITLE.matcher(l).matches())
                    .toList();
            String name = block.isEmpty() ? null : name(block.get(block.size() - 1));
            String title = block.size() > 1 ? String.join(" ", block.subList(0, block.size() - 1)) : null;
            Matcher m = PositionReading.NIP.matcher(lines.get(at));
            m.matches();
            int score = title == null ? 0 : Similarity.sharedWords(title, positionTitle);
            if (score >= bestScore) {
                best = new Signature(title, name, m.group(1).strip());
                bestScore = score;
            }
            start = at + 1;
        }
        return best;
    }

    private static String name(String line) {
        return line.replaceFirst("(?i)^nama\\s*[:.]\\s*", "").replaceAll("^[(_\\s]+|[)_\\s]+$", "").strip();
    }
}
