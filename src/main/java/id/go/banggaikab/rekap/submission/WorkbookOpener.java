package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Reads a user's file without ever touching it: the bytes are read once through a read-only stream, so Excel on the
 * office PC keeps its lock and the file's date stays as it was. A link is never followed: the finder has decided what
 * is in the shared folder, and a file turned into a link since is not read. A file above the size limit is only hashed, never
 * loaded. What the bytes are is decided afterwards, by {@link FormatCheck}.
 */
final class WorkbookOpener {

    /** Size and modification time, compared before and after reading to catch a file still being copied. */
    record FileStamp(long size, Instant modified) {
        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(a.size(), a.lastModifiedTime().toInstant());
        }
    }

    /**
     * One SHA-256 digest per reader thread, reset by every {@code digest}: asking the security providers for a new
     * one per form cost a tenth of the hashing.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(DigestUtils::getSha256Digest);

    private final ReaderSettings settings;

    WorkbookOpener(ReaderSettings settings) {
        this.settings = settings;
    }

    SubmissionReader.Loaded load(Path file, String relativePath) {
        FileStamp stamp;
        try {
            stamp = FileStamp.of(file);
        } catch (IOException e) {
            return new SubmissionReader.Loaded(new SourceFile(relativePath, 0, null, null), null,
                    "Berkas tidak dapat dibaca: " + e.getMessage());
        }
        try {
            if (stamp.size() > settings.maxFileBytes()) {
                SourceFile source = new SourceFile(relativePath, stamp.size(), stamp.modified(), hashOf(file));
                return new SubmissionReader.Loaded(source, null, "Berkas terlalu besar (" + IndonesianNumbers.fileSize(stamp.size())
                        + "; batas " + IndonesianNumbers.fileSize(settings.maxFileBytes()) + ")");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) settings.maxFileBytes() + 1);
            }
            return new SubmissionReader.Loaded(new SourceFile(relativePath, bytes.length, stamp.modified(),
                    Hex.encodeHexString(SHA_256.get().digest(bytes))), bytes, null);
        } catch (IOException e) {
            return new SubmissionReader.Loaded(new SourceFile(relativePath, stamp.size(), stamp.modified(), null), null,
                    "Berkas tidak dapat dibaca: " + e.getMessage());
        }
    }

    /** Why bytes of this length are not opened at all, or null. */
    String sizeRefusal(byte[] bytes) {
        if (bytes.length == 0) {
            return "Berkas kosong (0 byte)";
        }
        if (bytes.length > settings.maxFileBytes()) {
            return "Berkas terlalu besar (batas " + IndonesianNumbers.fileSize(settings.maxFileBytes()) + ")";
        }
        return null;
    }

    private static String hashOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
