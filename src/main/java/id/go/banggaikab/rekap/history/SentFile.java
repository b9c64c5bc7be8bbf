package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.submission.SourceFile;

/** A file a unit sent for a quarter, and whether it still counts or a re-save of it under its name replaced it. */
public record SentFile(SourceFile file, boolean counts) {
}
