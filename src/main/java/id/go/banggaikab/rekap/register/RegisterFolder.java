package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The registers under {@code rekap.register-dir}, in a stable order so that every run reads them alike (and, when
 * two rows share a NIK or NIB, keeps the same one). Lock files, temporary saves and hidden files are passed over as
 * the form finder does. A folder that cannot be listed gives what could be listed: the recap then says which
 * registers it did not find, and the run goes on.
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
        List<Path> found;
        try (Stream<Path> files = Files.walk(root)) {
            found = files.filter(Files::isRegularFile).filter(p -> !SubmissionReader.isIgnored(p))
                    .filter(p -> !p.getFileName().toString().equals(".gitkeep")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return out;
        }
        for (Path p : found) {
            try {
                out.add(RegisterFile.onDisk(p, prefix + "/" + root.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                // gone since it was listed: not there for this run
            }
        }
        return out;
    }
}
