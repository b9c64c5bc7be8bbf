package id.go.banggaikab.rekap.warmup;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML text shaped like {@code katalog.yml} (a list of units with quoted names, nested lists, numbers, comments),
 * composed into nodes as the catalogue is read: SnakeYAML's scanner has read only the small application.yml by then.
 */
final class YamlWork {

    private static final int UNITS = 40;

    private YamlWork() {
    }

    /** Composes the text; returns the number of units found (a test checks the work was done). */
    static int compose() {
        StringBuilder text = new StringBuilder("# pemanasan\ndinas: \"Dinas Pemanasan\"\nunit:\n");
        for (int u = 0; u < UNITS; u++) {
            text.append("  - kode: SEKSI-").append(u).append('\n')
                    .append("    nama: \"Seksi Pemanasan ").append(u).append("\"\n")
                    .append("    indikator:\n")
                    .append("      - {kode: IKI-").append(u).append(", satuan: '%', target: ").append(u * 2.5)
                    .append("}\n")
                    .append("      - kode: IKI-").append(u).append("-B  # catatan\n")
                    .append("        uraian: >-\n          Persentase koperasi aktif yang sehat\n");
        }
        LoaderOptions options = new LoaderOptions();
        Node root = new Yaml(options).compose(new StringReader(text.toString()));
        Node units = ((MappingNode) root).getValue().get(1).getValueNode();
        return ((org.yaml.snakeyaml.nodes.SequenceNode) units).getValue().size();
    }
}
