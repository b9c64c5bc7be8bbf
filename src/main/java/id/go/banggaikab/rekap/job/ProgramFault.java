package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.SourceFile;
import id.go.banggaikab.rekap.submission.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A file that made the job itself fail (a bug in the job or a library, a workbook nested thousands deep): it is
 * refused like any unreadable file, in words the office understands, and kept in the history so it is read again
 * next run. The stack trace goes to the log file only. Nothing here may fail in turn, so every fact about the file
 * is taken defensively.
 */
final class ProgramFault {

    private static final int MAX_DETAIL = 160;

    private ProgramFault() {
    }

    /** A refused submission for {@code file} (as {@code name}, relative to the input folder) that failed with {@code fault}. */
    static Submission refusal(Path file, String name, Throwable fault) {
        return refusal(source(file, name), fault);
    }

    static Submission refusal(SourceFile source, Throwable fault) {
        return Submission.rejected(source, Problem.file(source.path(), reason(fault)));
    }

    /** "Berkas tidak dapat dibaca karena kesalahan program (NumberFormatException: …); kirimkan berkas ini …". */
    static String reason(Throwable fault) {
        String message = fault.getMessage() == null ? "" : ": " + fault.getMessage().strip();
        String detail = fault.getClass().getSimpleName() + message;
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "…";
        }
        return "Berkas tidak dapat dibaca karena kesalahan program (" + detail + "); kirimkan berkas ini ke "
                + "pengelola aplikasi";
    }

    private static SourceFile source(Path file, String name) {
        long size = 0;
        java.time.Instant modified = null;
        String sha256 = "tidak-terbaca:" + name;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
            try (InputStream in = Files.newInputStream(file)) {
                sha256 = DigestUtils.sha256Hex(in);
            }
        } catch (IOException | RuntimeException e) {
            // the refusal is still recorded; a file that cannot even be hashed is recognised by its name
        }
        return new SourceFile(name, size, modified == null ? java.time.Instant.EPOCH : modified, sha256);
    }

    /** Errors a file can cause and a run survives; the JVM's own failures (out of memory) are not among them. */
    static boolean survivable(Throwable t) {
        return !(t instanceof VirtualMachineError) || t instanceof StackOverflowError;
    }
}
