package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The registers under {@code rekap.register-dir}, in a stable order so that every run reads them alike (and, when
 * two rows share a NIK or NIB, keeps the same one). Lock files, temporary saves and hidden files are passed over as
 * the form finder does.
 */
public final class RegisterFolder {

    private RegisterFolder() {
    }

    public static List<RegisterFile> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path root = dir.toAbsolutePath().normalize();
        String prefix = root.getFileName() == null ? "register" : root.getFileName().toString();
        List<RegisterFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !SubmissionReader.isIgnored(p))
                    .filter(p -> !p.getFileName().toString().equals(".gitkeep")).sorted().toList()) {
                out.add(RegisterFile.onDisk(p, prefix + "/" + root.relativize(p).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Folder register " + dir + " tidak dapat dibaca", e);
        }
        return out;
    }
}
