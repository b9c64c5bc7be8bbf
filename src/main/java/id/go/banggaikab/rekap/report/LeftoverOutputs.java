package id.go.banggaikab.rekap.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the temporary files a killed run left in the output folder. Outputs are written to a temporary file and
 * moved into place, so a kill (power cut, Task Manager) can leave one behind; nothing else cleans it up, and a user
 * would find an unopenable file next to the recaps. Only our own prefix is touched, never a user's file. The caller
 * must hold the run lock, so no live run is writing these files.
 */
public final class LeftoverOutputs {

    /** The prefix of every temporary output file, also for other writers' probes in the output folder. */
    public static final String PREFIX = OutputFiles.TEMP_PREFIX;

    private LeftoverOutputs() {
    }

    /**
     * Deletes this application's temporary files directly in {@code outputDir} (names {@value #PREFIX}….tmp) and
     * returns their names.
     */
    public static List<String> removeFrom(Path outputDir) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        try (Stream<Path> files = Files.list(outputDir)) {
            for (Path file : files.filter(LeftoverOutputs::isOurs).toList()) {
                if (Files.deleteIfExists(file)) {
                    removed.add(file.getFileName().toString());
                }
            }
        }
        return removed;
    }

    private static boolean isOurs(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".tmp") && Files.isRegularFile(file);
    }
}
