package id.go.banggaikab.rekap.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The clerks' abbreviations ("jml", "yg", "Subbag", "Kasi") with their full spelling, per kind of text they occur
 * in, from {@code config/singkatan.yml}: a list the perencanaan staff extend when a new one turns up, without a
 * programmer. A word can mean different things in different places ("kasi" is the seksi in a unit name and its head
 * in the Jabatan column), hence the three lists. Without the file the list shipped in the jar is used.
 */
public record Abbreviations(Map<String, String> indicators, Map<String, String> units,
        Map<String, String> positions) {

    /** The file's name, next to {@code katalog.yml}. */
    public static final String FILE = "singkatan.yml";
    private static final String BUNDLED = "/bawaan/" + FILE;

    public Abbreviations {
        indicators = Map.copyOf(indicators);
        units = Map.copyOf(units);
        positions = Map.copyOf(positions);
    }

    /** None at all: texts are compared as written. */
    public static final Abbreviations NONE = new Abbreviations(Map.of(), Map.of(), Map.of());

    /** The list in {@code file}, or the shipped list when there is no such file; a broken file is refused whole. */
    public static Abbreviations load(Path file) {
        if (!Files.isRegularFile(file)) {
            return bundled();
        }
        try {
            return parse(file.getFileName().toString(), YamlTrees.text(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new CatalogueException(List.of("Berkas " + file + " tidak dapat dibaca: " + e.getMessage()));
        }
    }

    /** The list shipped in the jar (a copy of the repository's {@code config/singkatan.yml}). */
    public static Abbreviations bundled() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return NONE;
            }
            return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list as kept in a text (with a quarter's lock). */
    public static Abbreviations of(String file, String text) {
        return parse(file, text);
    }

    /** The list as kept in bytes (with a quarter's lock), in whatever encoding it was saved. */
    public static Abbreviations of(String file, byte[] bytes) {
        return parse(file, YamlTrees.text(bytes));
    }

    static Abbreviations parse(String file, String text) {
        Node root = YamlTrees.compose(file, text,
                "Tulis satu singkatan per baris: \"jml: jumlah\", dua spasi di depannya.");
        if (root == null) {
            return NONE;
        }
        List<String> findings = new ArrayList<>();
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        sections.put("indikator", new LinkedHashMap<>());
        sections.put("unit", new LinkedHashMap<>());
        sections.put("jabatan", new LinkedHashMap<>());
        if (!(root instanceof MappingNode mapping)) {
            throw new CatalogueException(List.of(file + " baris " + line(root) + ": berkas harus berisi bagian"
                    + " \"indikator:\", \"unit:\" dan \"jabatan:\"."));
        }
        for (NodeTuple section : mapping.getValue()) {
            String name = scalar(section.getKeyNode());
            Map<String, String> into = sections.get(name);
            if (into == null) {
                findings.add(file + " baris " + line(section.getKeyNode()) + ": bagian \"" + name + "\" tidak dikenal;"
                        + " pilih indikator, unit atau jabatan.");
            } else if (section.getValueNode() instanceof MappingNode words) {
                words.getValue().forEach(w -> entry(file, w, into, findings));
            } else if (!scalar(section.getValueNode()).isEmpty()) {
                findings.add(file + " baris " + line(section.getValueNode()) + ": di bawah \"" + name + ":\" tulis"
                        + " satu singkatan per baris, mis. \"  jml: jumlah\".");
            }
        }
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return new Abbreviations(sections.get("indikator"), sections.get("unit"), sections.get("jabatan"));
    }

    private static void entry(String file, NodeTuple word, Map<String, String> into, List<String> findings) {
        String key = scalar(word.getKeyNode()).strip().toLowerCase(Locale.ROOT);
        String value = scalar(word.getValueNode()).strip().toLowerCase(Locale.ROOT);
        String where = file + " baris " + line(word.getKeyNode());
        if (!key.matches("[\\p{L}\\p{N}]+")) {
            findings.add(where + ": singkatan \"" + key + "\" harus satu kata tanpa spasi atau tanda baca.");
        } else if (value.isEmpty()) {
            findings.add(where + ": singkatan \"" + key + "\" belum diberi ejaan lengkapnya.");
        } else {
            into.put(key, value);
        }
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
