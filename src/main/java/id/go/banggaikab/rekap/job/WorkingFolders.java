package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before anything opens the database, whether this run is on real forms or on sample data. A fresh
 * checkout has an empty {@code input/}: the run then reads generated sample forms from {@code data/contoh/input}
 * into {@code data/contoh/contoh.db} and writes to {@code output/contoh/}, so sample figures can never mix into the
 * real history. Never automatically in scheduled mode: that process lives for months, and an input folder empty on
 * its first day must not keep it on sample data once the real forms arrive; nor for the Pemda's recap, which reads no
 * forms but the offices' recaps on the server. Also creates the SQLite file's folder,
 * which the driver does not.
 */
public class WorkingFolders implements EnvironmentPostProcessor, Ordered {

    static final String SAMPLE_FLAG = "rekap.contoh.aktif";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> overrides = new HashMap<>();
        boolean explicit = env.containsProperty(SAMPLE_FLAG);
        boolean sample = explicit ? env.getProperty(SAMPLE_FLAG, Boolean.class, false)
                : env.getProperty("rekap.contoh.otomatis", Boolean.class, true)
                        && !env.getProperty("rekap.jadwal.aktif", Boolean.class, false)
                        && !"rekap-pemda".equals(env.getProperty("spring.batch.job.name"))
                        && !hasForms(Path.of(env.getProperty("rekap.input-dir", "input")));
        if (sample) {
            Path folder = Path.of(env.getProperty("rekap.contoh.folder", "data/contoh"));
            overrides.put(SAMPLE_FLAG, true);
            overrides.put("rekap.input-dir", folder.resolve("input").toString());
            // the sample registers go beside the sample forms, never into a register folder of real data
            overrides.put("rekap.register-dir", folder.resolve("input").resolve("register").toString());
            overrides.put("rekap.output-dir", Path.of(env.getProperty("rekap.output-dir", "output"))
                    .resolve("contoh").toString());
            overrides.put("spring.datasource.url", "jdbc:sqlite:" + folder.resolve("contoh.db").toString().replace('\\',
                    '/'));
            env.getPropertySources().addFirst(new MapPropertySource("rekap-contoh", overrides));
        }
        createDatabaseFolder(env.getProperty("spring.datasource.url", ""));
    }

    static boolean hasForms(Path input) {
        if (!Files.isDirectory(input)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.anyMatch(p -> Files.isRegularFile(p) && !SubmissionReader.isIgnored(p)
                    && !p.getFileName().toString().equals(".gitkeep"));
        } catch (IOException e) {
            return true;
        }
    }

    private static void createDatabaseFolder(String url) {
        if (!url.startsWith("jdbc:sqlite:") || url.contains(":memory:")) {
            return;
        }
        String file = url.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "");
        int query = file.indexOf('?');
        Path parent = Path.of(query < 0 ? file : file.substring(0, query)).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder database " + parent + " tidak dapat dibuat", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
