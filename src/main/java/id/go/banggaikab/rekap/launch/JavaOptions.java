package id.go.banggaikab.rekap.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Java options every route runs with: the lines of {@code scripts/opsi-java.txt}, which the build also copies into
 * the jar ({@link #RESOURCE}) so that a plain {@code java -jar} can start itself again with them. The file's format is
 * the one {@code java @file} reads, restricted to one option a line; {@code #} starts a comment.
 */
public final class JavaOptions {

    /** Where the jar holds its copy of scripts/opsi-java.txt. */
    static final String RESOURCE = "/opsi-java.txt";
    /** What -Xmn and the NewSize, MaxNewSize and NewRatio flags decide: the young generation's size. */
    static final String YOUNG = "young generation";

    private JavaOptions() {
    }

    /** The options of the jar's copy of opsi-java.txt. */
    public static List<String> bundled() {
        try (InputStream in = JavaOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("opsi-java.txt tidak ada di dalam jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            for (String line; (line = lines.readLine()) != null;) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    out.add(option);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** True when {@code given} (the JVM's input arguments) already sets the heap's ceiling. */
    static boolean heapChosen(List<String> given) {
        return given.stream().anyMatch(o -> o.startsWith("-Xmx") || key(o).equals("MaxHeapSize")
                || key(o).equals("MaxRAM") || key(o).equals("MaxRAMPercentage") || key(o).equals("MaxRAMFraction"));
    }

    /**
     * {@code ours} followed by {@code given}, without those of ours that {@code given} already decides (same flag, or
     * any collector when {@code given} names one): what the user typed wins, and two collectors never meet. Our young
     * generation size is made for our collector, so a user's collector also drops it.
     */
    static List<String> merged(List<String> ours, List<String> given) {
        Set<String> decided = new LinkedHashSet<>();
        given.forEach(o -> decided.add(key(o)));
        if (decided.contains("GC")) {
            decided.add(YOUNG);
        }
        List<String> out = new ArrayList<>();
        for (String o : ours) {
            if (!decided.contains(key(o))) {
                out.add(o);
            }
        }
        out.addAll(given);
        return out;
    }

    /**
     * What an option decides: "-Xmx" for -Xmx512m, "TieredStopAtLevel" for -XX:TieredStopAtLevel=1, "GC" for every
     * -XX:+Use…GC, {@link #YOUNG} for -Xmn and the NewSize/MaxNewSize/NewRatio flags, "-Dname" for a system property,
     * the option itself otherwise.
     */
    static String key(String option) {
        if (option.startsWith("-XX:")) {
            String flag = option.substring(4);
            if (flag.startsWith("+") || flag.startsWith("-")) {
                flag = flag.substring(1);
                return flag.startsWith("Use") && flag.endsWith("GC") ? "GC" : flag;
            }
            int eq = flag.indexOf('=');
            String name = eq < 0 ? flag : flag.substring(0, eq);
            return List.of("NewSize", "MaxNewSize", "NewRatio").contains(name) ? YOUNG : name;
        }
        if (option.startsWith("-Xmn")) {
            return YOUNG;
        }
        for (String sized : List.of("-Xmx", "-Xms", "-Xss")) {
            if (option.startsWith(sized)) {
                return sized;
            }
        }
        if (option.startsWith("-D")) {
            int eq = option.indexOf('=');
            return eq < 0 ? option : option.substring(0, eq);
        }
        return option;
    }
}
