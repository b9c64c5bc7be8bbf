package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the candidate forms under the input folder, in a stable order so every run reads them alike. */
public final class FormFiles {

    private FormFiles() {
    }

    public static List<Path> list(Path inputDir) {
        if (!Files.isDirectory(inputDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(inputDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !SubmissionReader.isIgnored(p))
                    .filter(p -> !p.getFileName().toString().equals(".gitkeep"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Folder input " + inputDir + " tidak dapat dibaca", e);
        }
    }
}
