package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A scratch working folder per job test class: its own input, output, data and SQLite file. */
final class JobTestFolders {

    private JobTestFolders() {
    }

    static Path create(String name) {
        try {
            Path dir = Files.createTempDirectory(name);
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
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + work.resolve("rekap.db")
                + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true");
    }
}
