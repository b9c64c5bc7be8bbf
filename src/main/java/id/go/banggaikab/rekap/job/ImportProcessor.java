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
 * nothing. A form still being copied is left for the next run and only noted in this run's problems. Whatever the
 * file makes the reader throw becomes a refusal of that file ({@link ProgramFault}): one file never stops a run.
 */
class ImportProcessor implements ItemProcessor<Path, Submission> {

    private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

    private final SubmissionReader reader;
    private final SubmissionStore store;
    private final RunInputs run;
    private final Path inputDir;

    ImportProcessor(SubmissionReader reader, SubmissionStore store, RunInputs run, Path inputDir) {
        this.reader = reader;
        this.store = store;
        this.run = run;
        this.inputDir = inputDir;
    }

    @Override
    public Submission process(Path file) {
        String name = inputDir.relativize(file).toString().replace('\\', '/');
        try {
            if (store.isCurrent(name, sha256(file))) {
                log.info("Sudah dibaca sebelumnya, dilewati: {}", name);
                return null;
            }
            Submission submission = reader.read(file, inputDir);
            if (SubmissionReader.changedWhileRead(file, submission.file())) {
                run.note(SubmissionReader.stillCopying(submission.file()));
                log.warn("Masih disalin, dicoba lagi nanti: {}", name);
                return null;
            }
            return submission;
        } catch (Throwable fault) {
            if (!ProgramFault.survivable(fault)) {
                throw (Error) fault;
            }
            log.error("Kesalahan program saat membaca {}; berkas ditolak, proses berlanjut", name, fault);
            return ProgramFault.refusal(file, name, fault);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
