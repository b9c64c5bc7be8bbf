package id.go.banggaikab.rekap.warmup;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Starts the warm-up of the office libraries on a daemon thread of its own (see the package). The pieces go in the
 * order the {@code rekap} job first needs them: YAML and reading a workbook (the catalogue, Renstra and budget of the
 * first step), writing one (the receipts), then charts, drawing and Word (the recap's step). A piece that fails is
 * left behind with a debug line and the next one goes on; nothing of it ever reaches the run, which never waits for
 * it.
 */
public final class Warmup {

    /** The thread's name, as thread dumps and profilers show it. */
    static final String THREAD = "pemanasan";
    private static final String HEADLESS = "java.awt.headless";

    private Warmup() {
    }

    /** Starts the warm-up and returns at once. */
    public static Thread start() {
        // Java2D decides once whether it has a screen; Spring says "none" (java.awt.headless=true unless set) as it
        // starts. Said here first, the same way, so drawing on this thread cannot decide otherwise.
        System.setProperty(HEADLESS, System.getProperty(HEADLESS, "true"));
        return start(List.of(YamlWork::compose, SpreadsheetWork::writeAndRead, DocumentWork::write));
    }

    /** Starts {@code pieces} one after the other on a daemon thread; for tests, which give pieces that fail. */
    static Thread start(List<Piece> pieces) {
        Thread thread = new Thread(() -> runAll(pieces), THREAD);
        thread.setDaemon(true); // never holds the JVM: a run that ends sooner just ends
        thread.start();
        return thread;
    }

    /** Runs every piece; returns how many completed. */
    static int runAll(List<Piece> pieces) {
        int done = 0;
        for (Piece piece : pieces) {
            try {
                piece.run();
                done++;
            } catch (Exception | LinkageError | OutOfMemoryError e) {
                // Only time is lost: the run loads what it needs itself. The logger is asked for only here, so a
                // warm-up that goes well does not start logging before Spring has configured it.
                LoggerFactory.getLogger(Warmup.class).debug("Pemanasan dilewati: {}", e.toString());
            }
        }
        return done;
    }

    /** One piece of warm-up work. */
    @FunctionalInterface
    interface Piece {
        void run() throws Exception;
    }
}
