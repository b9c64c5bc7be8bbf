package id.go.banggaikab.rekap.jadwal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Debounces the input folder: says "run now" once, when forms were added or changed and the folder has then stayed
 * the same for the pause. A form still being copied keeps changing size, so it is never read half way; a burst of
 * files from several units makes one run, not one per file. Removed files alone start nothing: the history keeps
 * what was imported. Plain class with an injected clock and poller, so it is tested without waiting.
 */
final class QuietFolder {

    private final Supplier<Map<String, String>> poller;
    private final Duration pause;
    private final Clock clock;
    private Map<String, String> settled;
    private Map<String, String> seen;
    private Instant changedAt;

    /** What the folder holds now counts as already handled: startup runs nothing. */
    QuietFolder(Supplier<Map<String, String>> poller, Duration pause, Clock clock) {
        this.poller = poller;
        this.pause = pause;
        this.clock = clock;
        this.settled = poller.get();
        this.seen = settled;
    }

    /** Looks at the folder once; true when a run is due, and then not again until something else changes. */
    boolean poll() {
        Map<String, String> now = poller.get();
        if (!now.equals(seen)) {
            seen = now;
            changedAt = clock.instant();
        }
        if (!addsOrChanges(settled, seen)) {
            settled = seen;
            return false;
        }
        if (Duration.between(changedAt, clock.instant()).compareTo(pause) < 0) {
            return false;
        }
        settled = seen;
        return true;
    }

    private static boolean addsOrChanges(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().anyMatch(e -> !Objects.equals(before.get(e.getKey()), e.getValue()));
    }
}
