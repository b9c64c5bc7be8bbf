package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    @TempDir
    Path cache;

    private static byte[] inJar() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    @Test
    void keepsOneCopyOfTheDriversLibraryUnderItsVersionAndReusesIt() throws Exception {
        SqliteNativeLibrary.Kept kept = SqliteNativeLibrary.keep(cache).orElseThrow();

        Path file = kept.folder().resolve(kept.name());
        assertThat(kept.folder()).startsWith(cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()));
        assertThat(Files.readAllBytes(file)).isEqualTo(inJar());
        long written = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

        assertThat(SqliteNativeLibrary.keep(cache)).contains(kept);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("the same copy, not written again")
                .isEqualTo(written - 60_000);
        try (var left = Files.list(kept.folder())) {
            assertThat(left).as("no half-written copy left").containsExactly(file);
        }
    }

    @Test
    void replacesAKeptCopyThatNoLongerMatchesTheJar() throws Exception {
        SqliteNativeLibrary.Kept kept = SqliteNativeLibrary.keep(cache).orElseThrow();
        Path file = kept.folder().resolve(kept.name());
        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x5A;
        Files.write(file, damaged);

        assertThat(SqliteNativeLibrary.keep(cache)).contains(kept);

        assertThat(Files.readAllBytes(file)).isEqualTo(inJar());
    }

    @Test
    void leavesTheDriverToItselfWhenTheCacheCannotBeWritten() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("berkas"), "bukan folder");

        assertThat(SqliteNativeLibrary.keep(notAFolder)).isEmpty();
    }
}
