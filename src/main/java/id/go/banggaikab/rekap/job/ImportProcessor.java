package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.submission.FormFiles;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one form, on one of several threads: the file's bytes once (size, time, SHA-256), and when they are what
 * was imported from that path last, nothing more (rerunning on the same folder changes nothing); otherwise its
 * reports. Pure apart from reading the file: no database, no shared state but the contents known at the step's
 * start, so forms are read in parallel. Whatever a file makes the reader throw becomes a refusal of that file
 * ({@link ProgramFault}): one file never stops a run.
 */
class ImportProcessor {

    private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

    private final SubmissionReader reader;
    private final Map<String, String> current;
    private final Path inputDir;

    /** {@code current}: the SHA-256 of the content last accepted from each path. */
    ImportProcessor(SubmissionReader reader, Map<String, String> current, Path inputDir) {
        this.reader = reader;
        this.current = Map.copyOf(current);
        this.inputDir = inputDir;
    }

    ImportItem process(Path file) {
        String name = FormFiles.name(file, inputDir);
        try {
            SubmissionReader.Loaded loaded = reader.load(file, inputDir);
            String sha256 = loaded.source().sha256();
            if (sha256 != null && sha256.equals(current.get(name))) {
                log.info("Sudah dibaca sebelumnya, dilewati: {}", name);
                return new ImportItem.Unchanged(name);
            }
            ImportItem.Read read = new ImportItem.Read(reader.readAll(loaded));
            if (loaded.bytes() != null && SubmissionReader.changedWhileRead(file, loaded.source())) {
                log.warn("Masih disalin, dicoba lagi nanti: {}", name);
                return new ImportItem.StillCopying(name, SubmissionReader.stillCopying(loaded.source()));
            }
            return read;
        } catch (Throwable fault) {
            if (!ProgramFault.survivable(fault)) {
                throw (Error) fault;
            }
            log.error("Kesalahan program saat membaca {}; berkas ditolak, proses berlanjut", name, fault);
            return new ImportItem.Read(List.of(ProgramFault.refusal(file, name, fault)));
        }
    }
}
