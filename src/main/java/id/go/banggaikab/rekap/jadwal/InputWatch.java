package id.go.banggaikab.rekap.jadwal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic look at the input folder: runs the recap once new forms have settled. An unreachable folder (a
 * network share that is down) is logged and tried again at the next look rather than ending the watch.
 */
final class InputWatch implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(InputWatch.class);

    private final Path inputDir;
    private final Duration pause;
    private final Clock clock;
    private final ScheduledRecap recap;
    private QuietFolder folder;

    InputWatch(Path inputDir, Duration pause, Clock clock, ScheduledRecap recap) {
        this.inputDir = inputDir;
        this.pause = pause;
        this.clock = clock;
        this.recap = recap;
    }

    @Override
    public void run() {
        try {
            if (folder == null) {
                folder = new QuietFolder(() -> InputFolderState.of(inputDir), pause, clock);
            } else if (folder.poll()) {
                recap.run("formulir baru di input");
            }
        } catch (RuntimeException e) {
            log.warn("Folder input tidak dapat diperiksa: {}. Dicoba lagi nanti.", e.getMessage());
        }
    }
}
