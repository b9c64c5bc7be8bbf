package id.go.banggaikab.rekap.iki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed IKI document (its text as extracted from the dinas's Word file) made into a Word document again: each
 * position's JABATAN, TUGAS and FUNGSI paragraphs, its table with the sasaran merged down over the rows that leave it
 * empty, the formulas written as equations in the seed ($\frac{…}{…}$) as Word equations and the typed ones as typed,
 * and the signature block. Its defects are kept as they are.
 */
final class SeedDocument {

    static final Path SEED = Path.of("src/test/resources/seed/iki-dinas-koperasi-ukm-banggai.txt");

    private static final Pattern JABATAN = Pattern.compile("^\\d+\\.\\s*JABATAN\\s*:\\s*(.+)$");
    private static final Pattern LABEL = Pattern.compile("^\\d+\\.\\s*(TUGAS|FUNGSI)\\s*:\\s*(.*)$");

    /** One position of the seed's text. */
    record SeedPosition(String title, List<String> tugas, List<String> fungsi, String heading,
            List<IkiDocxBuilder.Row> rows, List<String> signature, String name, String nip) {
    }

    private SeedDocument() {
    }

    static List<SeedPosition> positions() throws IOException {
        List<SeedPosition> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size()) {
            Matcher m = JABATAN.matcher(clean(lines.get(i)));
            if (!m.find()) {
                i++;
                continue;
            }
            String title = m.group(1).strip();
            List<String> tugas = new ArrayList<>();
            List<String> fungsi = new ArrayList<>();
            List<String> current = null;
            i++;
            while (!lines.get(i).contains("\t")) {
                String line = clean(lines.get(i));
                Matcher label = LABEL.matcher(line);
                if (label.find()) {
                    current = label.group(1).equals("TUGAS") ? tugas : fungsi;
                    if (!label.group(2).isBlank() && !label.group(2).equals("-")) {
                        current.add(label.group(2));
                    }
                } else if (!line.isEmpty() && current != null) {
                    current.add(line.replaceFirst("^-\\s+", ""));
                }
                i++;
            }
            String heading = lines.get(i).split("\t")[0].strip();
            i++;
            List<IkiDocxBuilder.Row> rows = new ArrayList<>();
            while (i < lines.size() && lines.get(i).contains("\t")) {
                String[] cells = lines.get(i).split("\t", -1);
                String sasaran = cells[0].strip();
                rows.add(new IkiDocxBuilder.Row(sasaran.isEmpty() ? null : sasaran, cells[1].strip(),
                        cells[2].strip(), cells.length > 3 && !cells[3].isBlank() ? cells[3].strip() : null));
                i++;
            }
            List<String> after = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("INDIKATOR KINERJA INDIVIDU")) {
                if (!lines.get(i).isBlank()) {
                    after.add(clean(lines.get(i)));
                }
                i++;
            }
            int nipAt = after.size() - 1;
            String nip = after.get(nipAt);
            String name = after.get(nipAt - 1);
            List<String> signature = after.subList(0, nipAt - 1);
            out.add(new SeedPosition(title, tugas, fungsi, heading, rows, List.copyOf(signature), name, nip));
        }
        return out;
    }

    static IkiDocxBuilder build() throws IOException {
        return build(positions(), IkiDocxBuilder.Layout.PLAIN);
    }

    static IkiDocxBuilder build(List<SeedPosition> positions, IkiDocxBuilder.Layout layout) {
        return new IkiDocxBuilder().positions(positions, layout);
    }

    private static String clean(String line) {
        return line.replace("**", "").strip();
    }
}
