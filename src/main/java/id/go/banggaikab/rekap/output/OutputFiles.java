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

    /**
     * Writes through a temporary file next to {@code target} and moves it into place in one step. When the machine
     * will not let it be written (a full disk, a folder that is read-only or not allowed), the failure is an
     * {@link OutputFailure} that names the folder and the cause in plain words, even where the writer (POI) swallowed
     * the system's own failure and reported only that it could not save a part.
     */
    public static Path writeAtomically(Path target, Content content) throws IOException {
        return writeAtomically(target, content, tmp -> Files.newOutputStream(tmp, StandardOpenOption.WRITE));
    }

    /** As {@link #writeAtomically(Path, Content)}, the temporary file opened by {@code opener} (a test's full disk). */
    static Path writeAtomically(Path target, Content content, Opener opener) throws IOException {
        Path tmp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would follow the file into a shared output folder.
            Files.createFile(tmp);
        } catch (IOException e) {
            throw OutputFailure.of(target, e);
        }
        try {
            hideOnWindows(tmp);
            Recording out = new Recording(opener.open(tmp));
            try (out) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                if (out.failure != null) {
                    throw OutputFailure.of(target, out.failure);
                }
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (OutputFailure e) {
            throw e;
        } catch (java.nio.file.FileSystemException e) {
            throw OutputFailure.of(target, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a disk that failed may refuse this too: the next run removes it (LeftoverOutputs)
            }
        }
    }

    /** Opens the temporary file for writing. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path tmp) throws IOException;
    }

    /**
     * The file's stream, remembering the first failure of the disk: POI catches it while saving a part and throws
     * its own "failed to be saved" instead, which would tell nobody that the disk is full.
     */
    private static final class Recording extends java.io.FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
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
