package id.go.banggaikab.rekap.output;

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
     * Deletes this application's temporary files (names {@value #PREFIX}….tmp) in {@code outputDir} and in the
     * per-quarter folders under it (forms, receipts), and returns their paths relative to {@code outputDir}.
     */
    public static List<String> removeFrom(Path outputDir) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(outputDir, 4)) {
            for (Path file : files.filter(f -> isOurs(f) && inOurFolders(outputDir, f)).toList()) {
                if (Files.deleteIfExists(file)) {
                    removed.add(outputDir.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return removed;
    }

    /** The output folder itself and its per-quarter folders ("2026 TW III/formulir"), nothing else under it. */
    private static boolean inOurFolders(Path outputDir, Path file) {
        Path relative = outputDir.relativize(file);
        return relative.getNameCount() == 1 || relative.getName(0).toString().matches("\\d{4} TW [IV]+");
    }

    private static boolean isOurs(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".tmp") && Files.isRegularFile(file);
    }
}
