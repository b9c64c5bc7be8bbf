package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What every job test shares: the whole application on real data, the runner off (the test launches jobs itself),
 * sample mode off. Each subclass gives its own scratch folder through {@code @DynamicPropertySource}.
 */
@SpringBootTest(properties = {"rekap.contoh.aktif=false", "rekap.jalankan-saat-mulai=false"})
abstract class JobTestSupport {

    @Autowired
    QuarterLauncher launcher;
    @Autowired
    @Qualifier("rekapJob")
    Job rekapJob;
    @Autowired
    Catalogue catalogue;

    /** The first output file whose name starts with {@code prefix} and ends with {@code .xlsx}. */
    static Path output(Path work, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
    }
}
