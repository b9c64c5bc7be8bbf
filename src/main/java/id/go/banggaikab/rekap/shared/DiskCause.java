package id.go.banggaikab.rekap.shared;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Why the machine would not let a file be written, told from the failure and from the disk itself, in the words a
 * person can act on ("ruang disk penuh", "disk hanya dapat dibaca"), with what to do. The operating system's own
 * words (English, in the log) differ by system, so the disk is asked too: no usable space left, mounted read-only.
 */
public enum DiskCause {

    FULL("ruang disk penuh", "kosongkan ruang di disk itu (hapus atau pindahkan berkas yang tidak perlu)"),
    READ_ONLY("disk atau folder itu hanya dapat dibaca", "pasang disk itu agar dapat ditulisi, atau pilih folder lain"),
    NOT_ALLOWED("tidak ada izin menulis di folder itu", "beri pengguna yang menjalankan rekap izin menulis di"
            + " folder itu, atau pilih folder lain"),
    MISSING("folder itu tidak ada atau tidak dapat dibuat", "periksa alamat foldernya di config/application.yml"),
    OTHER("kesalahan baca-tulis disk", "periksa disk itu (rincian teknis di logs/rekap-kinerja.log)");

    /** Below this the disk is as good as full: a workbook needs more. */
    private static final long NEARLY_FULL = 256 * 1024;

    private final String words;
    private final String action;

    DiskCause(String words, String action) {
        this.words = words;
        this.action = action;
    }

    /** "ruang disk penuh". */
    public String words() {
        return words;
    }

    /** What to do about it, to end a sentence. */
    public String action() {
        return action;
    }

    /** The cause of {@code failure} while writing under {@code folder}. */
    public static DiskCause of(Throwable failure, Path folder) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota")
                    || m.contains("disk is full")) {
                return FULL;
            }
            if (t instanceof ReadOnlyFileSystemException || m.contains("read-only file system")) {
                return READ_ONLY;
            }
            if (t instanceof AccessDeniedException || m.contains("permission denied") || m.contains("access is denied")
                    || m.contains("operation not permitted")) {
                return readOnly(folder) ? READ_ONLY : NOT_ALLOWED;
            }
            if (t instanceof NoSuchFileException) {
                return MISSING;
            }
        }
        return full(folder) ? FULL : readOnly(folder) ? READ_ONLY : OTHER;
    }

    /**
     * Why a file in {@code folder} cannot be written, asked of the disk and the folder alone (for a failure that
     * names no cause, such as SQLite's "unable to open database file").
     */
    public static DiskCause ofFolder(Path folder, Path file) {
        if (folder == null || !Files.isDirectory(folder)) {
            return MISSING;
        }
        if (full(folder)) {
            return FULL;
        }
        if (readOnly(folder)) {
            return READ_ONLY;
        }
        if (!Files.isWritable(folder) || file != null && Files.exists(file) && !Files.isWritable(file)) {
            return NOT_ALLOWED;
        }
        return OTHER;
    }

    /** Whether the disk holding {@code folder} has (next to) no usable space left. */
    public static boolean full(Path folder) {
        FileStore store = store(folder);
        try {
            return store != null && store.getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean readOnly(Path folder) {
        FileStore store = store(folder);
        return store != null && store.isReadOnly();
    }

    /** The store of the folder, or of its nearest ancestor that exists. */
    private static FileStore store(Path folder) {
        for (Path p = folder == null ? null : folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
