package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the candidate forms under the input folder, in a stable order so every run reads them alike. The register
 * folder, when it lies inside, is left out: a register is counted, never read as a form.
 */
public final class FormFiles {

    private FormFiles() {
    }

    public static List<Path> list(Path inputDir) {
        return list(inputDir, null);
    }

    /** The forms under {@code inputDir}, nothing under {@code registerDir} among them. */
    public static List<Path> list(Path inputDir, Path registerDir) {
        if (!Files.isDirectory(inputDir)) {
            return List.of();
        }
        Path registers = registerDir == null ? null : registerDir.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(inputDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> registers == null || !p.toAbsolutePath().normalize().startsWith(registers))
                    .filter(p -> !SubmissionReader.isIgnored(p))
                    .filter(p -> !p.getFileName().toString().equals(".gitkeep"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Folder input " + inputDir + " tidak dapat dibaca", e);
        }
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
