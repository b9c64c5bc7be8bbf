package id.go.banggaikab.rekap.spreadsheet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The A/B of the XML parser under the one-pass reader (scripts/benchmark-cursor.sh runs it): the hand-written
 * {@link ByteCursor} against Aalto ({@link AaltoCursor}, its async byte-array parser and its blocking stream reader),
 * each behind {@link XmlCursor}, so the same sheet code turns their events into the same cells. Without
 * {@code -Dparsers} it only checks that every parser gives the cells the hand-written cursor gives (every sheet view of
 * every form; a digest of every register cell). With {@code -Dparsers=HAND} (or AALTO_ASYNC, AALTO_STREAM) it times
 * that parser alone in this JVM: the sheet-parsing work only, every form of a folder through {@link XlsxSheets#read}
 * (held in memory, so no disk) or every row and cell of a register through {@link RowStream}; two warm-up rounds,
 * then the median of the rounds, with the thread's CPU time and the bytes it allocated. One parser per JVM: timed in
 * turn in one JVM, each parser's code ran with the profile the others left and the first one measured lost.
 *
 * <pre>
 * java -cp … id.go.banggaikab.rekap.spreadsheet.CursorBenchmark forms &lt;folder&gt; [rounds]
 * java -Dparsers=HAND -cp … id.go.banggaikab.rekap.spreadsheet.CursorBenchmark register &lt;file.xlsx&gt; [rounds]
 * </pre>
 */
public final class CursorBenchmark {

    private enum Parser {
        HAND("tulisan tangan (ByteCursor)"), AALTO_ASYNC("Aalto async byte-array"), AALTO_STREAM("Aalto stream");

        final String label;

        Parser(String label) {
            this.label = label;
        }

        void use() {
            XmlCursor.parser = switch (this) {
                case HAND -> ByteCursor::new;
                case AALTO_ASYNC -> (in, size) -> new AaltoCursor(in, size, true);
                case AALTO_STREAM -> (in, size) -> new AaltoCursor(in, size, false);
            };
        }
    }

    private record Round(double wallMs, double cpuMs, long allocated) {
    }

    private interface Work {
        /** One pass over the input; returns how many units (forms or rows) it read. */
        long run() throws Exception;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CursorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Pemakaian: CursorBenchmark forms <folder> [putaran] | register <berkas.xlsx> [putaran]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path input = Path.of(args[1]);
        if (args[0].equals("forms")) {
            forms(input, rounds);
        } else {
            register(input, rounds);
        }
    }

    /** Whether this run only checks that the parsers give the same cells (no -Dparsers): the timing runs do not. */
    private static boolean checking() {
        return System.getProperty("parsers") == null;
    }

    private static void forms(Path folder, int rounds) throws Exception {
        List<byte[]> forms = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                forms.add(Files.readAllBytes(f));
            }
        }
        if (checking()) {
            checkForms(folder, forms);
            return;
        }
        measure(rounds, "formulir", () -> {
            long n = 0;
            for (byte[] form : forms) {
                try {
                    n += XlsxSheets.read(form).size() > 0 ? 1 : 0;
                } catch (XlsxPackage.LeaveToPoi e) {
                    // the same forms for every parser, checked in the checking run
                }
            }
            return n;
        });
    }

    private static void checkForms(Path folder, List<byte[]> forms) throws Exception {
        Map<Parser, List<List<SheetView>>> read = new LinkedHashMap<>();
        int leftToPoi = 0;
        for (Parser p : Parser.values()) {
            p.use();
            List<List<SheetView>> views = new ArrayList<>();
            leftToPoi = 0;
            for (byte[] form : forms) {
                try {
                    views.add(XlsxSheets.read(form));
                } catch (XlsxPackage.LeaveToPoi e) {
                    views.add(null);
                    leftToPoi++;
                }
            }
            read.put(p, views);
        }
        List<List<SheetView>> hand = read.get(Parser.HAND);
        for (Parser p : Parser.values()) {
            List<List<SheetView>> other = read.get(p);
            for (int i = 0; i < forms.size(); i++) {
                if (hand.get(i) == null || other.get(i) == null) {
                    if (hand.get(i) != other.get(i)) {
                        throw new AssertionError(p.label + ": form " + i + " left to POI by one parser only");
                    }
                } else {
                    SheetViews.assertSame(hand.get(i), other.get(i), p.label + " against the hand-written cursor");
                }
            }
        }
        System.out.printf("%d formulir dari %s (%d diserahkan ke POI oleh kedua parser); sel identik pada ketiga"
                + " parser%n", forms.size(), folder, leftToPoi);
    }

    private static void register(Path file, int rounds) throws Exception {
        if (!checking()) {
            measure(rounds, "baris", () -> rows(file, null));
            return;
        }
        Map<Parser, String> digests = new LinkedHashMap<>();
        for (Parser p : Parser.values()) {
            p.use();
            digests.put(p, digest(file));
        }
        if (digests.values().stream().distinct().count() != 1) {
            throw new AssertionError("register cells differ: " + digests);
        }
        System.out.printf("register %s (%,d byte): digest setiap sel identik pada ketiga parser (%s)%n", file,
                Files.size(file), digests.get(Parser.HAND).substring(0, 16));
    }

    /** Every row below the first, every column: the cells as the register reader would see them. */
    private static long rows(Path file, MessageDigest digest) throws IOException {
        long[] count = new long[1];
        int[] all = new int[64];
        Arrays.setAll(all, i -> i);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Refusal refusal = RowStream.read(channel, 0, new RowStream.Reader() {
                @Override
                public RowStream.Plan plan(SheetView top) {
                    return new RowStream.Plan(1, all);
                }

                @Override
                public void row(SheetRow row) {
                    count[0]++;
                    for (int c = 0; c < row.width(); c++) {
                        if (digest == null) {
                            row.empty(c);
                        } else {
                            CellValue v = row.cell(c);
                            digest.update((row.index() + ":" + c + ":" + v.kind() + ":" + v.number() + ":"
                                    + v.text() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            });
            if (refusal != null) {
                throw new IllegalStateException(refusal.message());
            }
        }
        return count[0];
    }

    private static String digest(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long n = rows(file, digest);
        return HexFormat.of().formatHex(digest.digest()) + " (" + n + " baris)";
    }

    private static void measure(int rounds, String unit, Work work) throws Exception {
        Map<Parser, List<Round>> taken = new LinkedHashMap<>();
        long units = 0;
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            for (Parser p : measured()) {
                p.use();
                System.gc();
                long alloc = THREADS.getCurrentThreadAllocatedBytes();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                units = work.run();
                Round round = new Round((System.nanoTime() - wall) / 1e6,
                        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                        THREADS.getCurrentThreadAllocatedBytes() - alloc);
                if (r >= 0) {
                    taken.computeIfAbsent(p, k -> new ArrayList<>()).add(round);
                }
            }
        }
        for (Map.Entry<Parser, List<Round>> e : taken.entrySet()) {
            double wall = median(e.getValue(), Round::wallMs);
            double cpu = median(e.getValue(), Round::cpuMs);
            double alloc = median(e.getValue(), x -> (double) x.allocated());
            System.out.printf("%-28s median dari %d putaran, %,d %s/putaran: dinding %7.1f ms (%.4f ms/%s,"
                    + " %,.0f %s/detik), CPU thread %7.1f ms, alokasi thread %,7.1f MB; putaran (ms): %s%n",
                    e.getKey().label, rounds, units, unit, wall, wall / units, unit, units / (wall / 1000), unit, cpu,
                    alloc / 1e6, e.getValue().stream().map(x -> String.format("%.0f", x.wallMs())).toList());
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-28s heap terpakai sesudahnya %,d MB dari maks %,d MB%n",
                "", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /** The parsers to time, named in -Dparsers=HAND (best one alone in its JVM: two in turn blur each other). */
    private static List<Parser> measured() {
        return Arrays.stream(System.getProperty("parsers").split(",")).map(String::strip).map(Parser::valueOf)
                .toList();
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> f) {
        double[] v = rounds.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
