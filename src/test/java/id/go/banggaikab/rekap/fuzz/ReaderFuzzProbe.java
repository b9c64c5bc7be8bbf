package id.go.banggaikab.rekap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.fuzz.CleanForms.Source;
import id.go.banggaikab.rekap.fuzz.WorkbookMutator.Mutant;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's own fuzz probe, for a developer hunting causes with other seeds: reads a few hundred mutated forms
 * and lists every distinct way the reader throws instead of refusing the file, then fails if any did or hung. The
 * build's fuzz test is the job-level {@code FuzzedFolderJobTest}; this one is off in the normal build, run it with
 * {@code mvn -q -o test -Dtest=ReaderFuzzProbe -Dfuzz.probe=true -Dfuzz.seed=7 -Dsurefire.failIfNoSpecifiedTests=false}.
 * The summary also goes to {@code target/fuzz-probe-report.txt}, and what became of each mutant to
 * {@code target/fuzz-probe-mutants.txt}.
 */
@EnabledIfSystemProperty(named = "fuzz.probe", matches = "true")
class ReaderFuzzProbe {

    private static final long SEED = Long.getLong("fuzz.seed", 20_260_401L);
    private static final int COUNT = Integer.getInteger("fuzz.count", 300);
    private static final long TIMEOUT_SECONDS = 5;

    @TempDir
    Path input;

    /** All mutants that threw the same type from the same place. */
    private static final class Cause {
        final Throwable example;
        final List<String> mutations = new ArrayList<>();
        final Map<String, Integer> kinds = new TreeMap<>();

        Cause(Throwable example) {
            this.example = example;
        }
    }

    @Test
    void probe() throws Exception {
        long started = System.nanoTime();
        SubmissionReader reader = new SubmissionReader(CleanForms.KATALOG, ReaderSettings.defaults());
        List<Source> sources = CleanForms.all(input.resolve("scratch"));
        for (Source s : sources) {
            Submission clean = reader.read(write(input.resolve("clean").resolve(s.path()), s.bytes()), input);
            assertThat(clean.accepted()).as("clean %s: %s", s.path(), clean.problems()).isTrue();
        }
        List<Mutant> mutants = new WorkbookMutator(SEED, sources.stream().map(Source::bytes).toList())
                .mutants(COUNT);
        long mutated = System.nanoTime();

        Map<String, Cause> causes = new LinkedHashMap<>();
        Map<String, int[]> byKind = new TreeMap<>(); // accepted, refused, thrown, timed out, total ms
        List<String> slow = new ArrayList<>();
        List<String> nonFinite = new ArrayList<>();
        List<String> details = new ArrayList<>();
        ExecutorService worker = worker();
        for (Mutant m : mutants) {
            Path file = write(input.resolve(String.format("m%03d", m.index())).resolve(sources.get(m.source()).path()),
                    m.bytes());
            int[] counts = byKind.computeIfAbsent(m.kind(), k -> new int[5]);
            long t0 = System.nanoTime();
            Future<Submission> reading = worker.submit(() -> reader.read(file, input));
            try {
                Submission s = reading.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                counts[s.accepted() ? 0 : 1]++;
                details.add(label(m, sources) + " -> " + (s.accepted() ? "accepted, " + s.rows().size() + " rows"
                        : "refused: " + s.problems().get(0).reason()));
                s.rows().stream().filter(ReaderFuzzProbe::nonFinite).findFirst()
                        .ifPresent(r -> nonFinite.add(label(m, sources) + " -> " + r));
            } catch (ExecutionException e) {
                counts[2]++;
                Throwable t = e.getCause();
                causes.computeIfAbsent(key(t), k -> new Cause(t)).mutations.add(label(m, sources));
                causes.get(key(t)).kinds.merge(m.kind(), 1, Integer::sum);
                details.add(label(m, sources) + " -> THREW " + t);
            } catch (TimeoutException e) {
                counts[3]++;
                StackTraceElement[] hung = workerThread.getStackTrace();
                kill(worker);
                worker = worker();
                slow.add("TIMEOUT " + label(m, sources) + ", busy in " + Arrays.stream(hung).limit(2)
                        .map(ReaderFuzzProbe::short_).collect(Collectors.joining(" < ")) + " < ... < "
                        + Arrays.stream(hung).filter(f -> f.getClassName().startsWith("id.go.banggaikab."))
                        .findFirst().map(ReaderFuzzProbe::short_).orElse("-"));
                details.add(label(m, sources) + " -> TIMEOUT");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            counts[4] += (int) ms;
            if (ms > 1_000) {
                slow.add(ms + " ms " + label(m, sources));
            }
        }
        worker.shutdownNow();
        long done = System.nanoTime();

        String report = report(causes, byKind, slow, nonFinite, sources.size(), mutants.size(),
                (mutated - started) / 1_000_000, (done - mutated) / 1_000_000);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-probe-report.txt"), report, StandardCharsets.UTF_8);
        Files.write(Path.of("target/fuzz-probe-mutants.txt"), details, StandardCharsets.UTF_8);
        assertThat(causes).as("mutants that made the reader throw; see target/fuzz-probe-report.txt").isEmpty();
        assertThat(byKind.values().stream().mapToInt(counts -> counts[3]).sum()).as("mutants that hung the reader")
                .isZero();
    }

    private Thread workerThread;

    private ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            workerThread = new Thread(r, "fuzz-reader");
            workerThread.setDaemon(true);
            return workerThread;
        });
    }

    /**
     * Stops a read that hangs: a runaway loop that fills memory would otherwise go on beside the next reads and
     * fail them. Thread.stop is a probe's last resort; where the JVM no longer supports it the thread is left.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void kill(ExecutorService worker) {
        worker.shutdownNow();
        try {
            workerThread.stop();
        } catch (UnsupportedOperationException e) {
            // JDK 20 and later: nothing more can be done
        }
    }

    private static Path write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static boolean nonFinite(ReadRow r) {
        return Stream.of(r.value(), r.numerator(), r.denominator()).anyMatch(v -> v != null && !Double.isFinite(v));
    }

    private static String label(Mutant m, List<Source> sources) {
        String name = Path.of(sources.get(m.source()).path()).getFileName().toString();
        return "#" + m.index() + " " + m.description() + " [" + name + "]";
    }

    /** Type, where it was thrown, and where it passed through the first POI/XMLBeans and the first project frame. */
    private static String key(Throwable t) {
        if (t instanceof StackOverflowError) {
            return t.getClass().getName() + " | " + recursion(t);
        }
        return t.getClass().getName() + " | " + frame(t, 0) + " | " + firstFrame(t, "org.apache.") + " | "
                + firstFrame(t, "id.go.banggaikab.");
    }

    /** The methods a stack overflow's (truncated) trace cycles through, sorted: where the recursion is. */
    private static String recursion(Throwable t) {
        return Arrays.stream(t.getStackTrace()).map(f -> {
            String cls = f.getClassName();
            return cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethodName();
        }).distinct().sorted().limit(6).collect(Collectors.joining(", "));
    }

    private static String frame(Throwable t, int i) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > i ? short_(trace[i]) : "-";
    }

    private static String firstFrame(Throwable t, String prefix) {
        return Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith(prefix)).findFirst()
                .map(ReaderFuzzProbe::short_).orElse("-");
    }

    private static String short_(StackTraceElement f) {
        String cls = f.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber();
    }

    private static String report(Map<String, Cause> causes, Map<String, int[]> byKind, List<String> slow,
            List<String> nonFinite, int sources, int mutants, long prepareMs, long readMs) {
        StringBuilder out = new StringBuilder();
        int thrown = causes.values().stream().mapToInt(c -> c.mutations.size()).sum();
        out.append(String.format("%n=== Reader fuzz probe: seed %d, %d mutants of %d clean files; %d threw, %d distinct"
                + " causes; prepare %d ms, read %d ms ===%n", SEED, mutants, sources, thrown, causes.size(),
                prepareMs, readMs));
        List<Cause> sorted = causes.values().stream()
                .sorted(Comparator.comparingInt((Cause c) -> -c.mutations.size())).toList();
        int n = 1;
        for (Cause c : sorted) {
            Throwable t = c.example;
            out.append(String.format("%n[%d] %dx %s: %s%n", n++, c.mutations.size(), t.getClass().getName(),
                    oneLine(t.getMessage())));
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                out.append("    caused by ").append(root.getClass().getName()).append(": ")
                        .append(oneLine(root.getMessage())).append('\n');
            }
            out.append("    thrown at ").append(frame(t, 0)).append("; first POI frame ")
                    .append(firstFrame(t, "org.apache.")).append("; first project frame ")
                    .append(firstFrame(t, "id.go.banggaikab.")).append('\n');
            Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith("id.go.banggaikab.")).limit(4)
                    .forEach(f -> out.append("      at ").append(f).append('\n'));
            if (t instanceof StackOverflowError) {
                out.append("    trace truncated; it cycles through ").append(recursion(t)).append('\n');
            }
            out.append("    kinds ").append(c.kinds).append('\n');
            c.mutations.stream().limit(3).forEach(d -> out.append("    e.g. ").append(d).append('\n'));
        }
        out.append(String.format("%nBy kind (accepted / refused / THREW / timeout, ms):%n"));
        byKind.forEach((kind, k) -> out.append(String.format("  %-13s %3d %3d %3d %2d %6d%n", kind, k[0], k[1], k[2],
                k[3], k[4])));
        if (!slow.isEmpty()) {
            out.append("Slow reads:\n").append(slow.stream().map(s -> "  " + s).collect(Collectors.joining("\n")))
                    .append('\n');
        }
        if (!nonFinite.isEmpty()) {
            out.append("Accepted with a non-finite value (not a throw, but worth a look):\n");
            nonFinite.stream().limit(5).forEach(s -> out.append("  ").append(s).append('\n'));
        }
        return out.toString();
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String s = message.replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
