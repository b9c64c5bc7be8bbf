package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.SubmissionStore;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one form unless the file still holds what was imported from it: rerunning on the same folder changes
 * nothing. A form
 * still being copied is left for the next run and only noted in this run's problems.
 */
class ImportProcessor implements ItemProcessor<Path, Submission> {

    private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

    private final SubmissionReader reader;
    private final SubmissionStore store;
    private final RunProblems runProblems;
    private final Path inputDir;

    ImportProcessor(SubmissionReader reader, SubmissionStore store, RunProblems runProblems, Path inputDir) {
        this.reader = reader;
        this.store = store;
        this.runProblems = runProblems;
        this.inputDir = inputDir;
    }

    @Override
    public Submission process(Path file) throws IOException {
        String name = inputDir.relativize(file).toString().replace('\\', '/');
        if (store.isCurrent(name, sha256(file))) {
            log.info("Sudah dibaca sebelumnya, dilewati: {}", name);
            return null;
        }
        Submission submission = reader.read(file, inputDir);
        if (SubmissionReader.changedWhileRead(file, submission.file())) {
            runProblems.add(SubmissionReader.stillCopying(submission.file()));
            log.warn("Masih disalin, dicoba lagi nanti: {}", name);
            return null;
        }
        return submission;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
