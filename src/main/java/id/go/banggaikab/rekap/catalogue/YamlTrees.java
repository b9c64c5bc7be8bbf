package id.go.banggaikab.rekap.catalogue;

import java.io.Reader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML file the staff edit into its node tree, keeping line numbers, refusing a key given twice, and
 * turning a syntax error into one finding with the line and a hint how to fix it.
 */
final class YamlTrees {

    private YamlTrees() {
    }

    /** The file's tree, or null when it is empty; {@code hint} ends the message of a syntax error. */
    static Node compose(String file, Reader reader, String hint) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CatalogueException(List.of(file + " baris " + line + ": penulisan YAML salah ("
                    + e.getProblem() + "). " + hint));
        }
    }
}
