package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One console line per step for the person watching: what it did and how long it took, or that it failed. */
class StepProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepProgress.class);

    @Override
    public void beforeStep(StepExecution step) {
        log.info("Langkah {} dimulai", label(step.getStepName()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long millis = step.getStartTime() == null || step.getEndTime() == null ? 0
                : Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
        if (step.getStatus().isUnsuccessful() || ExitStatus.FAILED.getExitCode().equals(step.getExitStatus()
                .getExitCode()) || !step.getFailureExceptions().isEmpty()) {
            // a step that failed never says "selesai": what it left undone is said by the run's last line
            log.error("Langkah {} gagal ({} detik)", label(step.getStepName()), seconds(millis));
        } else if (step.getStepName().equals("importForms")) {
            log.info("Langkah {} selesai: {} berkas ditemukan, {} dibaca baru, {} sudah pernah dibaca ({} detik)",
                    label(step.getStepName()), step.getReadCount(), step.getWriteCount(), step.getFilterCount(),
                    seconds(millis));
        } else {
            log.info("Langkah {} selesai ({} detik)", label(step.getStepName()), seconds(millis));
        }
        return step.getExitStatus();
    }

    /** "2,7": in Indonesian "2.722 detik" reads as two thousand seconds. */
    private static String seconds(long millis) {
        return IndonesianNumbers.format(millis / 1000.0, 1);
    }

    private static String label(String step) {
        return switch (step) {
            case "prepareRun" -> "memeriksa katalog dan target";
            case "importForms" -> "membaca formulir";
            case "writeRecap" -> "menulis rekap";
            case "writeReceipts" -> "menulis tanda terima";
            case "writeForms" -> "menulis formulir";
            case "moveHistory" -> "memindah riwayat";
            case "lockQuarter" -> "mengunci triwulan";
            case "reopenQuarter" -> "membuka kunci triwulan";
            case "writePemdaRecap" -> "menyusun rekap Pemda";
            default -> step;
        };
    }
}
