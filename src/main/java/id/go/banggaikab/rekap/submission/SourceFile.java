package id.go.banggaikab.rekap.submission;

import java.time.Instant;

/**
 * A form as found on disk: its path relative to the input folder (with forward slashes), size, last modification
 * time and SHA-256 of its bytes. The hash identifies the content, so a file seen again is not imported twice.
 */
public record SourceFile(String path, long size, Instant modified, String sha256) {

    /** The file name without folders, as users know it. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
