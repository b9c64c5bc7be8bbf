package id.go.banggaikab.rekap.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small disk of its own for a test (Linux tmpfs), to fill up or make read-only as a real disk would be: the tests
 * run as root, where file permissions do not bite. Mounting needs the privilege; where it is missing the tests that
 * need a disk are skipped with that reason, and the plain-words failures are still proven by the unit tests that
 * inject them (OutputFailureTest, DatabaseTroubleTest).
 */
final class Tmpfs implements AutoCloseable {

    private static Boolean mountable;

    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Whether this machine lets the tests mount a tmpfs (asked once). */
    static synchronized boolean mountable() {
        if (mountable == null) {
            try (Tmpfs probe = mount(64)) {
                mountable = true;
            } catch (IOException | RuntimeException e) {
                mountable = false;
            }
        }
        return mountable;
    }

    /** A new tmpfs of {@code kilobytes} under the system's temporary folder. */
    static Tmpfs mount(int kilobytes) throws IOException {
        Path dir = Files.createTempDirectory("rekap-disk-");
        run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString());
        return new Tmpfs(dir);
    }

    Path path() {
        return mountPoint;
    }

    /** The disk as a disk mounted read-only: nothing on it can be written. */
    void readOnly() throws IOException {
        run("mount", "-o", "remount,ro", mountPoint.toString());
    }

    /** Fills the disk until {@code leftBytes} or less are free. */
    void fill(long leftBytes) throws IOException {
        long free = Files.getFileStore(mountPoint).getUsableSpace();
        if (free > leftBytes) {
            byte[] block = new byte[4096];
            try (var out = Files.newOutputStream(mountPoint.resolve("isi-penuh.bin"))) {
                for (long n = 0; n + block.length <= free - leftBytes; n += block.length) {
                    out.write(block);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        run("umount", "-l", mountPoint.toString());
        Files.deleteIfExists(mountPoint);
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " gagal: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
