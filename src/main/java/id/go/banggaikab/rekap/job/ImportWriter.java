package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.SubmissionStore;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each form inside the chunk's transaction (one form per chunk: all or nothing) and says what it found. */
class ImportWriter implements ItemWriter<Submission> {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final SubmissionStore store;

    ImportWriter(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends Submission> chunk) {
        for (Submission s : chunk) {
            store.save(s);
            if (s.accepted()) {
                long refused = s.problems().stream().filter(p -> p.severity() == Severity.SEL_DITOLAK).count();
                log.info("Dibaca: {} — {} {}: {} baris diterima, {} ditolak, {} catatan", s.file().path(),
                        s.unitCode(), s.periode().longLabel(), s.rows().size(), refused, s.problems().size() - refused);
            } else {
                log.warn("Ditolak: {} — {}", s.file().path(), s.problems().stream().map(Problem::reason)
                        .findFirst().orElse("tidak dapat dibaca"));
            }
            if (s.accepted()) {
                for (Problem p : s.problems()) {
                    if (p.severity() == Severity.SEL_DITOLAK) {
                        log.warn("  {}", p);
                    } else {
                        log.info("  {}", p);
                    }
                }
            }
        }
    }
}
