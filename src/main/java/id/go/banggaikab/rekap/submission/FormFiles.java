package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.submission.SubmissionReader;
import id.go.banggaikab.rekap.shared.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the candidate forms under the input folder, in a stable order so every run reads them alike, and only what
 * lies in it ({@link SharedFolder}: a link out of it is listed as not read). The register folder, when it lies inside,
 * is left out: a register is counted, never read as a form.
 */
public final class FormFiles {

    private FormFiles() {
    }

    public static List<Path> list(Path inputDir) {
        return list(inputDir, null);
    }

    /** The forms under {@code inputDir}, nothing under {@code registerDir} among them. */
    public static List<Path> list(Path inputDir, Path registerDir) {
        return scan(inputDir, registerDir).files();
    }

    /** The forms under {@code inputDir}, and the links and folders in it that were not read, each with its reason. */
    public static SharedFolder.Scan scan(Path inputDir, Path registerDir) {
        return SharedFolder.scan(inputDir, registerDir, p -> SubmissionReader.isIgnored(p)
                || p.getFileName().toString().equals(".gitkeep"), "folder input", p -> name(p, inputDir));
    }

    /** A form's name as the history knows it: its path under the input folder, with forward slashes. */
    public static String name(Path file, Path inputDir) {
        return SubmissionReader.relativePath(file, inputDir);
    }

    /** The names of {@code files}, as {@link #name}. */
    public static Set<String> names(List<Path> files, Path inputDir) {
        return files.stream().map(f -> name(f, inputDir)).collect(Collectors.toSet());
    }
}
