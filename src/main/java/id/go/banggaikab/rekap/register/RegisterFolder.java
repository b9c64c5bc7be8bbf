package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.submission.SubmissionReader;
import id.go.banggaikab.rekap.shared.SharedFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The registers under {@code rekap.register-dir}, in a stable order so that every run reads them alike (and, when
 * two rows share a NIK or NIB, keeps the same one). Lock files, temporary saves and hidden files are passed over as
 * the form finder does. Only what lies in the folder is read ({@link SharedFolder}): a link out of it is a register
 * that cannot be read, with the reason, and like any unreadable register it keeps its kind from being counted from
 * part of the list. A folder that cannot be listed gives what could be listed: the recap then says which registers it
 * did not find, and the run goes on.
 */
public final class RegisterFolder {

    private RegisterFolder() {
    }

    public static List<RegisterFile> list(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        String prefix = root.getFileName() == null ? "register" : root.getFileName().toString();
        SharedFolder.Scan scan = SharedFolder.scan(dir, null, p -> SubmissionReader.isIgnored(p)
                || p.getFileName().toString().equals(".gitkeep"), "folder register", p -> prefix + "/"
                        + root.relativize(p).toString().replace('\\', '/'));
        List<RegisterFile> out = new ArrayList<>();
        for (Path p : scan.files()) {
            try {
                out.add(RegisterFile.onDisk(p, prefix + "/" + root.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                // gone since it was listed: not there for this run
            }
        }
        scan.refused().forEach(p -> out.add(RegisterFile.refused(p.file(), p.reason())));
        return out;
    }
}
