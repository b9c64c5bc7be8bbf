package id.go.banggaikab.rekap.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The temporary folder of one running program, {@code rekap-kinerja-<pid>} in the system's temporary folder, where POI
 * keeps the streamed sheets of the outputs (SXSSF, compressed) while they are written. POI's own folder, {@code
 * poifiles}, is shared and never emptied: a run killed while writing (a power cut, Task Manager) left its sheets
 * there for good, and an office PC that runs the job every quarter for years would keep them all. Here every start
 * first removes the folders of programs that no longer run, and the folder goes when its program ends (a shutdown
 * hook: normal end, Ctrl+C, a service stop).
 */
public final class JobTempFolder {

    static final String PREFIX = "rekap-kinerja-";

    private JobTempFolder() {
    }

    /**
     * Removes what ended programs left in {@code base}, then makes POI write into this program's own folder there
     * (returned), removed again when the JVM ends.
     */
    public static Path useFor(Path base) {
        sweep(base);
        Path own = base.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            Files.createDirectories(own);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder sementara " + own + " tidak dapat dibuat: " + e.getMessage(), e);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(own.toFile()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(own), "rekap-sementara-hapus"));
        return own;
    }

    /** As {@link #useFor(Path)} in the system's temporary folder ({@code java.io.tmpdir}). */
    public static Path useSystemTemp() {
        return useFor(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Deletes the folders in {@code base} of programs that no longer run; a running one's is left alone. */
    static void sweep(Path base) {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path folder : folders) {
                String pid = folder.getFileName().toString().substring(PREFIX.length());
                if (!pid.isEmpty() && pid.length() < 19 && pid.chars().allMatch(Character::isDigit)
                        && !running(Long.parseLong(pid))) {
                    delete(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder another user owns or a name that is not ours: left where it is, the run goes on
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone, or held open by another process (Windows): the next start tries again
        }
    }
}
