package id.go.banggaikab.rekap.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code config/katalog.yml}, the one file the perencanaan staff edit to change the organisation, positions
 * and indicators, with the clerks' abbreviations of {@code config/singkatan.yml} beside it. Every mistake is collected with its line and the fix, and the job does not start until the file
 * is right: a recap built on a broken catalogue would be worse than none.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    public static Catalogue load(Path yaml) {
        String file = yaml.getFileName().toString();
        if (!Files.isRegularFile(yaml)) {
            throw new CatalogueException(List.of("Berkas katalog " + yaml.toAbsolutePath()
                    + " tidak ditemukan. Salin config/katalog.yml dari paket aplikasi ke folder kerja."));
        }
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            return parse(file, reader).with(Abbreviations.load(yaml.resolveSibling(Abbreviations.FILE)));
        } catch (IOException e) {
            throw new CatalogueException(List.of("Berkas katalog " + yaml + " tidak dapat dibaca: " + e.getMessage()));
        }
    }

    /** A catalogue kept as text (with a quarter's lock), with the abbreviations kept beside it. */
    public static Catalogue load(String file, String yaml, Abbreviations abbreviations) {
        return parse(file, new java.io.StringReader(yaml)).with(abbreviations);
    }

    private static Catalogue parse(String file, Reader reader) {
        Node root = YamlTrees.compose(file, reader, "Periksa indentasi (spasi, bukan tab) dan tanda titik dua.");
        if (root == null) {
            throw new CatalogueException(List.of(file + ": berkas kosong."));
        }
        List<String> findings = new ArrayList<>();
        Catalogue catalogue = new CatalogueParser(file, new YamlNode(file, root, findings), findings).parse();
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return catalogue;
    }
}
