package id.go.banggaikab.rekap.catalogue;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML file the staff edit into its node tree, keeping line numbers, refusing a key given twice, and
 * turning a syntax error into one finding in Bahasa Indonesia with the line, the text found and the fix; the file's
 * bytes are read in whatever encoding Notepad saved them.
 */
final class YamlTrees {

    private YamlTrees() {
    }

    /**
     * The file's tree, or null when it is empty. A syntax error becomes one finding in Bahasa Indonesia with the line,
     * the text found and what to write instead ({@link YamlErrors}); {@code hint} ends one the translation does not
     * know.
     */
    static Node compose(String file, String text, String hint) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new CatalogueException(List.of(YamlErrors.translate(file, text, e, hint)));
        }
    }

    /** A file's bytes as text, whatever encoding Notepad saved it in ({@link YamlText}). */
    static String text(byte[] bytes) {
        return YamlText.decode(bytes);
    }
}
