package id.go.banggaikab.rekap.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the versions of one document are named in the output folder, so that a person sees at once which one is
 * final: the final version (a locked quarter's recap and LAKIP tables, the year's LKjIP once TW IV is locked) carries
 * the plain name, {@code "Rekap Kinerja 2026 TW III.xlsx"}; every other version stands beside it with what it is and
 * when in brackets:
 * <ul>
 * <li>{@link Version#DRAF}: {@code "Rekap Kinerja 2026 TW III (draf 2026-10-05 0930).xlsx"}, or with a qualifier
 * {@code "LKjIP 2026 (draf s.d. TW III 2026-10-05 0930).docx"};</li>
 * <li>{@link Version#TERKUNCI}: a later recap of a locked quarter (the locked figures, with what arrived since and
 * was held): {@code "… (terkunci 2026-10-09 0800).xlsx"};</li>
 * <li>{@link Version#DIBUKA}: a former final whose quarter was reopened: {@code "… (dibuka kembali 2026-10-12 1400).xlsx"}.</li>
 * </ul>
 * Drafts are kept, never overwritten: two versions of the same minute get "-2", "-3". The stamps sort as the versions
 * were made. Names of earlier program versions ({@code "… (2026-10-05 0930).xlsx"}) count as versions of the document.
 */
public record DocumentName(String base, String ext) {

    /** What a version is; the final one has the plain name. */
    public enum Version {
        FINAL(null), DRAF("draf"), TERKUNCI("terkunci"), DIBUKA("dibuka kembali");

        private final String word;

        Version(String word) {
            this.word = word;
        }

        /** The word in the brackets, e.g. "draf"; null for the final version. */
        public String word() {
            return word;
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm");

    /** The plain name: the final version's. */
    public Path finalIn(Path dir) {
        return dir.resolve(base + "." + ext);
    }

    /** A free name for a version made at {@code when}. */
    public Path in(Path dir, Version version, LocalDateTime when) {
        return in(dir, version, null, when);
    }

    /**
     * A free name for a version made at {@code when}, with {@code qualifier} after the version's word ("s.d. TW III"),
     * or the plain name for {@link Version#FINAL}.
     */
    public Path in(Path dir, Version version, String qualifier, LocalDateTime when) {
        if (version == Version.FINAL) {
            return finalIn(dir);
        }
        String words = version.word() + (qualifier == null || qualifier.isBlank() ? "" : " " + qualifier.strip());
        String stamped = base + " (" + words + " " + STAMP.format(when);
        Path candidate = dir.resolve(stamped + ")." + ext);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(stamped + "-" + n + ")." + ext);
        }
        return candidate;
    }

    /** Whether {@code file} is a version of this document: the plain name, or the base with something in brackets. */
    public boolean names(Path file) {
        String name = file.getFileName().toString();
        String suffix = "." + ext;
        if (!name.endsWith(suffix)) {
            return false;
        }
        String stem = name.substring(0, name.length() - suffix.length());
        return stem.equals(base) || stem.startsWith(base + " (") && stem.endsWith(")");
    }

    /** Every version in {@code dir}, oldest first (by when each was last written). */
    public List<Path> versionsIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && names(f))
                    .sorted(Comparator.comparing(DocumentName::modified).thenComparing(Path::toString)).toList();
        }
    }

    /** The version written last, if there is one. */
    public Optional<Path> newestIn(Path dir) throws IOException {
        List<Path> all = versionsIn(dir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
