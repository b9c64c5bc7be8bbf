package id.go.banggaikab.rekap.warmup;

import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Starts the warm-up of the office libraries on a daemon thread of its own (see the package). The pieces go in the
 * order the run first needs them: Spring Batch's flight-recorder events and Jackson (Spring's start and the job's
 * launch), writing a workbook (the receipts) and reading it back as every workbook is read (the first step), then
 * charts, drawing and Word (the recap's step). A piece that fails is left behind with a debug line and the next one goes on;
 * nothing of it ever reaches the run.
 *
 * <p>The job does not start while the warm-up still runs ({@link #awaitEnd}): two threads initialising the same
 * libraries' classes at once, in different orders, can wait on each other for ever (a run under heavy load hung in
 * its first step that way). Spring's start touches none of the office libraries (of the warmed classes only Jackson,
 * through Flyway, whose initialisation has no cycle with them), and on a machine that is not overloaded the warm-up is
 * over before Spring is, so the wait is nothing; under load the job waits for first uses it would otherwise pay.
 */
public final class Warmup {

    /** The thread's name, as thread dumps and profilers show it. */
    static final String THREAD = "pemanasan";
    private static final String HEADLESS = "java.awt.headless";

    /** How long the job waits at most; a warm-up that is still not done is then left to itself. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    private static volatile Thread running;

    private Warmup() {
    }

    /** Starts the warm-up and returns at once. */
    public static Thread start() {
        // Java2D decides once whether it has a screen; Spring says "none" (java.awt.headless=true unless set) as it
        // starts. Said here first, the same way, so drawing on this thread cannot decide otherwise.
        System.setProperty(HEADLESS, System.getProperty(HEADLESS, "true"));
        return start(List.of(FrameworkClasses::load, SpreadsheetWork::writeAndRead, DocumentWork::write));
    }

    /** Starts {@code pieces} one after the other on a daemon thread; for tests, which give pieces that fail. */
    static Thread start(List<Piece> pieces) {
        Thread thread = new Thread(() -> runAll(pieces), THREAD);
        thread.setDaemon(true); // never holds the JVM: a run that ends sooner just ends
        running = thread;
        thread.start();
        return thread;
    }

    /** Returns once the warm-up has ended (at once when none was started, as in tests), at most {@link #LIMIT} on. */
    public static void awaitEnd() {
        awaitEnd(LIMIT);
    }

    static void awaitEnd(Duration limit) {
        Thread thread = running;
        if (thread == null) {
            return;
        }
        try {
            thread.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs every piece; returns how many completed. */
    static int runAll(List<Piece> pieces) {
        int done = 0;
        for (Piece piece : pieces) {
            try {
                piece.run();
                done++;
            } catch (Throwable e) { // whatever it is (a missing font, no memory left), it is only the warm-up's
                // Only time is lost: the run loads what it needs itself, and no stack trace reaches the user's
                // console. The logger is asked for only here, so a warm-up that goes well does not start logging
                // before Spring has configured it.
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
