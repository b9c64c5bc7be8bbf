package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Working folders of the tests that start the application: under {@code target/}, so {@code mvn clean} takes them
 * and nothing is left in /tmp. Each holds input, output, data, logs and the SQLite file.
 */
final class JobTestFolders {

    private JobTestFolders() {
    }

    static Path create(String name) {
        try {
            Path dir = Path.of("target", "test-work", name).toAbsolutePath();
            clear(dir);
            Files.createDirectories(dir.resolve("input"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void register(DynamicPropertyRegistry registry, Path work) {
        registry.add("rekap.input-dir", () -> work.resolve("input").toString());
        registry.add("rekap.output-dir", () -> work.resolve("output").toString());
        registry.add("rekap.data-dir", () -> work.resolve("data").toString());
        registry.add("logging.file.name", () -> work.resolve("logs/test.log").toString());
        if (TestDatabase.postgres()) {
            registry.add("spring.datasource.url", () -> TestDatabase.URL);
            registry.add("spring.datasource.username", () -> TestDatabase.USER);
            registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + work.resolve("rekap.db"));
        }
    }

    /** Deletes everything under {@code dir} (the folder itself stays, or is created). */
    static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.delete(p);
            }
        }
    }
}
