package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.SubmissionStore;
import id.go.banggaikab.rekap.submission.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import step's last net: a form whose storing failed (or, should the processor's own guard ever miss, whose
 * reading failed) is skipped by the step and recorded here as a refused file. The skip happens inside a transaction
 * that is rolled back, so the refusals are stored after the step, each in its own transaction, where they reach the
 * Masalah sheet and the next run reads the file again.
 */
class ImportRefusals implements SkipListener<ImportItem, ImportItem>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportRefusals.class);

    private final SubmissionStore store;
    private final TransactionTemplate transactions;
    private final Path inputDir;
    private final List<Submission> pending = new ArrayList<>();

    ImportRefusals(SubmissionStore store, TransactionTemplate transactions, Path inputDir) {
        this.store = store;
        this.transactions = transactions;
        this.inputDir = inputDir;
    }

    @Override
    public void onSkipInRead(Throwable fault) {
        log.error("Kesalahan program saat membaca formulir; berkas itu dibaca lagi pada proses berikutnya", fault);
    }

    @Override
    public void onSkipInWrite(ImportItem item, Throwable fault) {
        log.error("Kesalahan program saat menyimpan {}; berkas ditolak, proses berlanjut", item.name(), fault);
        if (item instanceof ImportItem.Read read) {
            pending.add(ProgramFault.refusal(read.reports().get(0).file(), fault));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        for (Submission refusal : pending) {
            try {
                transactions.executeWithoutResult(status -> store.save(refusal));
                log.warn("Ditolak: {} — {}", refusal.file().path(), refusal.problems().get(0).reason());
            } catch (RuntimeException e) {
                log.error("Penolakan berkas {} pun tidak dapat disimpan; berkas dibaca lagi pada proses berikutnya",
                        refusal.file().path(), e);
            }
        }
        pending.clear();
        return step.getExitStatus();
    }
}
