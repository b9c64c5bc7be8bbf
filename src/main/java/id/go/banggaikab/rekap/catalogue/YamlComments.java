package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comments an installation wrote inside the entries of its katalog.yml ("# K9: TMT 7 digit", "# Mirip
 * PD-KWU-01: jangan tertukar"), by entry: they are the staff's decisions on the document and must not be lost when
 * the catalogue moves to Excel, where they join the entry's Keputusan column. The file's header, the rulers between
 * groups ("# ----- sekretariat") and comments outside the lists of units, positions and indicators are left out.
 */
final class YamlComments {

    private static final Pattern SECTION = Pattern.compile("^(unit|jabatan|indikator):\\s*(#.*)?$");
    private static final Pattern ENTRY = Pattern.compile("^\\s*-\\s+kode:\\s*[\"']?([^\"'#\\s]+)");

    private YamlComments() {
    }

    /** The comments by "unit:KODE", "jabatan:KODE", "indikator:KODE", in the file's order. */
    static Map<String, String> of(String yaml) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        String section = null;
        String entry = null;
        StringBuilder running = new StringBuilder();
        for (String line : yaml.split("\r?\n", -1)) {
            Matcher top = SECTION.matcher(line);
            if (top.matches() || !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#'
                    && line.charAt(0) != '-') {
                flush(found, entry, running);
                section = top.matches() ? top.group(1) : null;
                entry = null;
                continue;
            }
            Matcher e = ENTRY.matcher(line);
            if (e.find() && section != null) {
                flush(found, entry, running);
                entry = section + ":" + e.group(1);
            }
            String comment = comment(line);
            if (entry == null || comment == null) {
                continue;
            }
            boolean ownLine = line.strip().startsWith("#");
            if (comment.startsWith("---") || comment.startsWith("===")) {
                flush(found, entry, running);
            } else if (ownLine) {
                running.append(running.length() == 0 ? "" : " ").append(comment);
            } else {
                flush(found, entry, running);
                found.computeIfAbsent(entry, k -> new ArrayList<>()).add(comment);
            }
        }
        flush(found, entry, running);
        Map<String, String> out = new LinkedHashMap<>();
        found.forEach((k, v) -> out.put(k, String.join(" ", v.stream().map(YamlComments::sentence).toList())));
        return out;
    }

    private static void flush(Map<String, List<String>> found, String entry, StringBuilder running) {
        if (entry != null && running.length() > 0) {
            found.computeIfAbsent(entry, k -> new ArrayList<>()).add(running.toString());
        }
        running.setLength(0);
    }

    /** The comment of a line, outside quotes, without its "#"; null when the line has none. */
    static String comment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                String text = line.substring(i + 1).strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith(")") ? text : text + ".";
    }
}
