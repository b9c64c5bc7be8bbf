package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.history.SubmissionStore;
import id.go.banggaikab.rekap.submission.FormFiles;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where an import's time goes, apart from the JVM and Spring: reading N forms on T threads, then storing them 32 to
 * a transaction in SQLite. Not a test; run it with the forms of {@code scripts/benchmark.sh}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) id.go.banggaikab.rekap.job.ImportBenchmark <input> [threads]}.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Catalogue catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        SubmissionReader reader = new SubmissionReader(catalogue, ReaderSettings.defaults());
        List<Path> files = FormFiles.list(input);
        ImportProcessor processor = new ImportProcessor(reader, Map.of(), input);
        for (int round = 1; round <= 3; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            List<Future<ImportItem>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> processor.process(f)));
            }
            List<List<Submission>> read = new ArrayList<>();
            for (Future<ImportItem> f : futures) {
                if (f.get() instanceof ImportItem.Read r) {
                    read.add(r.reports());
                }
            }
            long t1 = System.nanoTime();
            pool.shutdown();
            Path db = Path.of("target/import-benchmark-" + round + ".db");
            java.nio.file.Files.deleteIfExists(db);
            var ds = TestDatabase.fresh(db);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.execute("PRAGMA journal_mode=WAL");
            jdbc.execute("PRAGMA synchronous=NORMAL");
            SubmissionStore store = new SubmissionStore(jdbc, Clock.systemUTC());
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            long t2 = System.nanoTime();
            for (int i = 0; i < read.size(); i += 32) {
                List<List<Submission>> chunk = read.subList(i, Math.min(read.size(), i + 32));
                tx.executeWithoutResult(s -> chunk.forEach(store::save));
            }
            long t3 = System.nanoTime();
            System.out.printf("round %d: %d forms, read on %d threads %.0f ms (%.0f forms/s), stored %.0f ms (%.0f forms/s)%n",
                    round, read.size(), threads, (t1 - t0) / 1e6, read.size() / ((t1 - t0) / 1e9), (t3 - t2) / 1e6,
                    read.size() / ((t3 - t2) / 1e9));
        }
    }
}
