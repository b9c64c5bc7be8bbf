package id.go.banggaikab.rekap.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.util.UUID;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names and writes output files so that nothing is lost or half written: an earlier recap of the same quarter is
 * kept (the new one gets the run time in its name), and the content goes to a temporary file in the same folder that
 * is then moved into place atomically, so a crash never leaves a broken workbook under the real name.
 */
public final class OutputFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm");
    /** Every temporary output file starts with this, so a later run can tell its own leftovers from user files. */
    public static final String TEMP_PREFIX = ".tulis-";

    private OutputFiles() {
    }

    /** {@code "<base>.<ext>"}, or {@code "<base> (2026-11-27 0930).<ext>"} when that exists, or with "-2", "-3"… */
    public static Path freeName(Path dir, String base, String ext, LocalDateTime runTime) {
        Path plain = dir.resolve(base + "." + ext);
        if (!Files.exists(plain)) {
            return plain;
        }
        String stamped = base + " (" + STAMP.format(runTime);
        Path candidate = dir.resolve(stamped + ")." + ext);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(stamped + "-" + n + ")." + ext);
        }
        return candidate;
    }

    /** Writes through a temporary file next to {@code target} and moves it into place in one step. */
    public static Path writeAtomically(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its owner-only permissions would follow the file into a shared output folder.
        Path tmp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        Files.createFile(tmp);
        try {
            hideOnWindows(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The leading dot hides the file on Unix only; on Windows a killed run's leftover would show in Explorer. */
    private static void hideOnWindows(Path tmp) {
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView(DosFileAttributeView.class)) {
                Files.setAttribute(tmp, "dos:hidden", true);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // cosmetic only: the file is still removed by the next run
        }
    }

    /** Something that writes a document to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
