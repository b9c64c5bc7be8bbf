package id.go.banggaikab.rekap.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small helpers of {@link DocsCommandsTest}: YAML lines compared without comments and spacing, a tree's leaf keys. */
final class DocCommandsLines {

    private DocCommandsLines() {
    }

    /** A YAML line without its comment and with single spaces. */
    static String normal(String line) {
        int hash = line.indexOf(" #");
        String text = line.strip().startsWith("#") ? "" : hash < 0 ? line : line.substring(0, hash);
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The dotted keys of a YAML tree's leaves ("spring.datasource.url"). */
    static List<String> leaves(String prefix, Map<?, ?> map) {
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> child) {
                out.addAll(leaves(key, child));
            } else {
                out.add(key);
            }
        });
        return out;
    }
}
