package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.SubmissionStore;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.Submission;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores the forms of a chunk, in the order they were found, inside the chunk's one transaction, and says what each
 * held; a file still being copied is noted among this run's problems. A failure rolls the chunk back; the step then
 * writes its forms one per transaction and refuses the one that fails ({@link ImportRefusals}), so each form is
 * stored whole or not at all. An {@link Error} is passed on as an exception, because the step only retries and
 * skips exceptions one by one.
 */
class ImportWriter implements ItemWriter<ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);
    /** A file's problems beyond this are counted on the console, not listed: they are all on Masalah. */
    static final int LOGGED_PROBLEMS = 50;

    private final SubmissionStore store;
    private final RunInputs run;
    private final Set<String> found;

    /** {@code found}: the names of every file found in the input folder this run, to tell a renamed file. */
    ImportWriter(SubmissionStore store, RunInputs run, Set<String> found) {
        this.store = store;
        this.run = run;
        this.found = Set.copyOf(found);
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        try {
            chunk.forEach(this::write);
        } catch (Error e) {
            if (!ProgramFault.survivable(e)) {
                throw e;
            }
            throw new IllegalStateException("Formulir tidak dapat disimpan: " + e, e);
        }
    }

    private void write(ImportItem item) {
        if (item instanceof ImportItem.StillCopying copying) {
            run.note(copying.note());
            return;
        }
        var reports = ((ImportItem.Read) item).reports();
        store.save(reports, found::contains);
        reports.forEach(ImportWriter::say);
    }

    private static void say(Submission s) {
        if (!s.accepted()) {
            log.warn("Ditolak: {} — {}", s.file().path(), s.problems().stream().map(Problem::reason).findFirst()
                    .orElse("tidak dapat dibaca"));
            return;
        }
        long refused = s.problems().stream().filter(p -> p.severity() == Severity.SEL_DITOLAK).count();
        log.info("Dibaca: {} — {} {}: {} baris diterima, {} ditolak, {} catatan", s.file().path(), s.unitCode(),
                s.periode().longLabel(), s.rows().size(), refused, s.problems().size() - refused);
        for (Problem p : s.problems().subList(0, Math.min(LOGGED_PROBLEMS, s.problems().size()))) {
            if (p.severity() == Severity.SEL_DITOLAK) {
                log.warn("  {}", p);
            } else {
                log.info("  {}", p);
            }
        }
        if (s.problems().size() > LOGGED_PROBLEMS) {
            log.warn("  … dan {} catatan lain untuk berkas ini; semuanya di lembar Masalah pada rekap dan di tanda"
                    + " terima unit", s.problems().size() - LOGGED_PROBLEMS);
        }
    }
}
