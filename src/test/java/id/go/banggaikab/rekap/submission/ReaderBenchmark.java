package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * How fast the reader reads the sample year's 32 forms, single-threaded, through POI's usermodel (the path every
 * form took before the fast path) and through the path each form takes now. A benchmark to rerun by hand, never a
 * timed test:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     id.go.banggaikab.rekap.submission.ReaderBenchmark [rounds, default 50]
 * </pre>
 */
public final class ReaderBenchmark {

    private record Form(SourceFile source, byte[] bytes) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Catalogue catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        Path dir = Files.createTempDirectory("reader-benchmark");
        List<Form> forms = new ArrayList<>();
        for (Path file : new SampleForms(catalogue).writeSampleYear(dir)) {
            byte[] bytes = Files.readAllBytes(file);
            forms.add(new Form(new SourceFile(SubmissionReader.relativePath(file, dir), bytes.length,
                    Files.getLastModifiedTime(file).toInstant(), DigestUtils.sha256Hex(bytes)), bytes));
        }
        SubmissionReader poi = new SubmissionReader(catalogue, ReaderSettings.defaults(), WorkbookSheets::withPoi);
        SubmissionReader now = new SubmissionReader(catalogue, ReaderSettings.defaults());
        measure("POI usermodel", poi, forms, Math.max(1, rounds / 5)); // warm-up
        measure("jalur sekarang", now, forms, Math.max(1, rounds / 5));
        double before = measure("POI usermodel", poi, forms, rounds);
        double after = measure("jalur sekarang", now, forms, rounds);
        System.out.printf("%d formulir x %d putaran, satu thread, per detik CPU: POI usermodel %.0f formulir/detik,"
                + " jalur sekarang %.0f formulir/detik (%.1f kali)%n", forms.size(), rounds, before, after,
                after / before);
        readerOnly(forms, rounds);
    }

    /** Forms per second of this thread's CPU time: other builds on the machine do not blur it as wall time would. */
    private static double measure(String name, SubmissionReader reader, List<Form> forms, int rounds) {
        long start = CPU.getCurrentThreadCpuTime();
        int read = 0;
        for (int round = 0; round < rounds; round++) {
            for (Form f : forms) {
                if (!reader.readAll(f.source(), f.bytes()).get(0).accepted()) {
                    throw new IllegalStateException(name + ": " + f.source().path() + " tidak terbaca");
                }
                read++;
            }
        }
        return read / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
    }

    /** Where the time of the current path goes: opening the sheets alone, without the reader's rules. */
    private static void readerOnly(List<Form> forms, int rounds) {
        Function<byte[], WorkbookSheets.Result> open = WorkbookSheets::read;
        long start = CPU.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (Form f : forms) {
                open.apply(f.bytes());
            }
        }
        double perSecond = forms.size() * rounds / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
        System.out.printf("  membuka lembar saja (tanpa aturan pembaca): %.0f formulir/detik%n", perSecond);
    }
}
