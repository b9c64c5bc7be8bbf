package id.go.banggaikab.rekap.shared;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files of a folder the offices share (the input folder, the register folder), and only those: nothing outside
 * it gets in. A symbolic link is never followed: one that points inside the folder is that file or folder, found at
 * its own place by the same walk (not a second submission); one that points outside (a form kept elsewhere,
 * {@code /etc/passwd}), nowhere, or round in a circle is not read and is listed with a plain reason. A subfolder that
 * cannot be read is listed too, and the walk goes on. The folder itself may be a link (a share mounted elsewhere): its
 * target is the folder.
 */
public final class SharedFolder {

    /** The files found, as paths under the folder as given, in a stable order; and what was not read, and why. */
    public record Scan(List<Path> files, List<Problem> refused) {
        public Scan {
            files = List.copyOf(files);
            refused = List.copyOf(refused);
        }

        static final Scan EMPTY = new Scan(List.of(), List.of());
    }

    private SharedFolder() {
    }

    /**
     * Scans {@code folder} ({@code what} names it for people: "folder input"), leaving out what lies under
     * {@code skipped} (may be null: the register folder inside the input folder) and the files {@code ignored}
     * passes over. Refusals are named as {@code name} gives a path.
     */
    public static Scan scan(Path folder, Path skipped, Predicate<Path> ignored, String what,
            java.util.function.Function<Path, String> name) {
        if (!Files.isDirectory(folder)) {
            return Scan.EMPTY;
        }
        Path given = folder.toAbsolutePath().normalize();
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            return new Scan(List.of(), List.of(Problem.file(what, "Folder " + given + " tidak dapat dibaca: "
                    + reason(e))));
        }
        Path skip = realOrNull(skipped);
        List<Path> files = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        try {
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return skip != null && dir.startsWith(skip) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path asGiven = given.resolve(real.relativize(file).toString());
                    if (ignored.test(asGiven)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        String why = link(file, real, skip, what);
                        if (why != null) {
                            refused.add(Problem.file(name.apply(asGiven), why));
                        }
                    } else if (attrs.isRegularFile()) {
                        files.add(asGiven);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    Path asGiven = given.resolve(real.relativize(file).toString());
                    refused.add(Problem.file(name.apply(asGiven), "Tidak dapat dibaca dari " + what + ": " + reason(e)
                            + "; periksa izin folder itu"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            refused.add(Problem.file(what, "Folder " + given + " tidak dapat dibaca: " + reason(e)));
        }
        files.sort(null);
        return new Scan(files, refused);
    }

    /**
     * Why a link is not read, or null when it points inside the folder (the walk finds its target there). A link
     * into the part of the folder that is skipped (the register folder) is not a form either.
     */
    private static String link(Path link, Path root, Path skip, String what) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            return "Tautan (symbolic link) yang tujuannya tidak ada (" + readLink(link) + "); tidak dibaca";
        } catch (FileSystemException e) {
            return "Tautan (symbolic link) yang berputar, menunjuk ke dirinya sendiri lewat tautan lain ("
                    + readLink(link) + "); tidak dibaca";
        } catch (IOException e) {
            return "Tautan (symbolic link) yang tidak dapat diikuti (" + reason(e) + "); tidak dibaca";
        }
        if (target.startsWith(root)) {
            return null;
        }
        String kind = Files.isDirectory(target) ? "folder" : "berkas";
        return "Tautan (symbolic link) ke " + kind + " di luar " + what + " (" + target + "); tidak dibaca: hanya isi "
                + what + " sendiri yang direkap. Bila " + kind + " itu memang harus direkap, salin ke " + what;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static Path realOrNull(Path p) {
        try {
            return p == null || !Files.exists(p) ? null : p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "izin ditolak"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(
                        e.getMessage());
    }
}
