package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Lets the SQLite driver load its native library from a copy kept in the user's own cache folder. Left to itself,
 * the driver copies the library (about 1 MB) out of its jar into the temporary folder on every start, under a new
 * name each time, and deletes it at exit: a tenth of a second of a one-quarter run, and on Windows a new DLL for the
 * virus scanner to look at every time. The kept copy is compared byte for byte with the one in the jar before it is
 * used, and replaced when it differs; it lives under the driver's version, in a folder only the user writes. When
 * anything about it fails, nothing is set and the driver does as it always does.
 */
final class SqliteNativeLibrary {

    private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);

    /** Where a library lies: what {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} name. */
    record Kept(Path folder, String name) {
    }

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the kept copy, unless the settings name a library already. Before the first connection. */
    static void useKeptCopy() {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) {
            return;
        }
        cacheFolder().flatMap(SqliteNativeLibrary::keep).ifPresent(kept -> {
            System.setProperty("org.sqlite.lib.path", kept.folder().toString());
            System.setProperty("org.sqlite.lib.name", kept.name());
        });
    }

    /** The library of this platform kept under {@code cache}, copied when missing or different; empty when not. */
    static Optional<Kept> keep(Path cache) {
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            // Asked once: on Linux each call starts a process ("uname -o", the driver's Android check), ~30 ms.
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
            String resource = resourceFolder + "/" + name;
            byte[] library;
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty(); // no library for this platform in the jar: the driver decides
                }
                library = in.readAllBytes();
            }
            Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()
                    + resourceFolder.replace("/org/sqlite/native", ""));
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) != library.length
                    || !Arrays.equals(Files.readAllBytes(file), library)) {
                Files.createDirectories(folder);
                Path fresh = Files.createTempFile(folder, name, ".baru");
                Files.write(fresh, library);
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(new Kept(folder, name));
        } catch (IOException | RuntimeException | LinkageError e) {
            log.debug("Salinan pustaka SQLite tidak dapat disiapkan; driver menyalinnya sendiri", e);
            return Optional.empty();
        }
    }

    /** The user's own cache folder: {@code %LOCALAPPDATA%} on Windows, else {@code $XDG_CACHE_HOME} or ~/.cache. */
    private static Optional<Path> cacheFolder() {
        String local = System.getenv("LOCALAPPDATA");
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base = local != null && !local.isBlank() ? Path.of(local)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : home != null && !home.isBlank() ? Path.of(home, ".cache") : null;
        return Optional.ofNullable(base).map(b -> b.resolve("rekap-kinerja"));
    }
}
