package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping that remembers the line of each key, so that every finding about the catalogue can say where to
 * look. Wrong shapes are collected as findings rather than thrown, so the staff see all their mistakes at once.
 */
final class YamlNode extends Entry {

    private final String file;
    private final Node node;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final List<String> findings;

    YamlNode(String file, Node node, List<String> findings) {
        this.file = file;
        this.node = node;
        this.findings = findings;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    entries.put(key.getValue(), t.getValueNode());
                }
            }
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String where() {
        return file + " baris " + line();
    }

    String where(String key) {
        Node n = entries.get(key);
        return file + " baris " + (n == null ? line() : n.getStartMark().getLine() + 1);
    }

    /** The keys of this mapping, in the file's order. */
    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    boolean has(String key) {
        Node n = entries.get(key);
        return n != null && !(n instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("null")
                || s.getValue().equals("~")));
    }

    /** A text value, or null when absent. */
    String text(String key) {
        Node n = entries.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() || v.equals("null") || v.equals("~") ? null : v;
        }
        findings.add(where(key) + ": \"" + key + "\" harus berupa teks biasa.");
        return null;
    }

    /** A required text value; a finding naming the fix when missing. */
    String required(String key, String what) {
        String v = text(key);
        if (v == null) {
            findings.add(where() + ": \"" + key + "\" belum diisi. Isi dengan " + what + ".");
        }
        return v;
    }

    boolean flag(String key, boolean fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("ya")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("tidak")) {
            return false;
        }
        findings.add(where(key) + ": \"" + key + "\" harus true atau false, bukan \"" + v + "\".");
        return fallback;
    }

    double number(String key, double fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            findings.add(where(key) + ": \"" + key + "\" harus angka, bukan \"" + v + "\".");
            return fallback;
        }
    }

    /** A list of texts, written either as [a, b] or as one text. */
    List<String> texts(String key) {
        Node n = entries.get(key);
        List<String> out = new ArrayList<>();
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                }
            }
        } else if (n instanceof ScalarNode s && !s.getValue().isBlank() && !s.getValue().equals("null")) {
            out.add(s.getValue().strip());
        }
        return out;
    }

    YamlNode child(String key) {
        Node n = entries.get(key);
        return n instanceof MappingNode ? new YamlNode(file, n, findings) : null;
    }

    List<YamlNode> list(String key) {
        Node n = entries.get(key);
        List<YamlNode> out = new ArrayList<>();
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode) {
                    out.add(new YamlNode(file, item, findings));
                } else {
                    findings.add(file + " baris " + (item.getStartMark().getLine() + 1) + ": butir di bawah \""
                            + key + "\" harus berisi pasangan kunci: nilai (mis. \"kode: ...\").");
                }
            }
        } else if (n != null) {
            findings.add(where(key) + ": \"" + key + "\" harus berupa daftar butir yang diawali \"- \".");
        }
        return out;
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.replace(' ', '_').replace('-', '_'))) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        findings.add(where(key) + ": \"" + key + "\" bernilai \"" + v + "\"; pilih salah satu: "
                + String.join(", ", allowed) + ".");
        return fallback;
    }
}
