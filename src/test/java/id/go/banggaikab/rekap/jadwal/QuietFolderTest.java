package id.go.banggaikab.rekap.jadwal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The input folder debouncer, driven by a hand-moved clock and a folder that is just a map: no waiting. */
class QuietFolderTest {

    static final Duration PAUSE = Duration.ofMinutes(2);

    final MovableClock clock = new MovableClock();
    final Map<String, String> folder = new TreeMap<>(Map.of("2026/TW2/FUM.xlsx", "1000@1"));
    final QuietFolder quiet = new QuietFolder(() -> Map.copyOf(folder), PAUSE, clock);

    @Test
    void shouldNotRunForTheFormsAlreadyThereAtStartup() {
        clock.advance(Duration.ofHours(1));
        assertThat(quiet.poll()).isFalse();
    }

    @Test
    void shouldRunOnceWhenANewFormHasBeenQuietForThePause() {
        folder.put("2026/TW3/FUM.xlsx", "2000@5");
        assertThat(quiet.poll()).isFalse();
        clock.advance(Duration.ofSeconds(119));
        assertThat(quiet.poll()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(quiet.poll()).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(quiet.poll()).isFalse();
    }

    @Test
    void shouldWaitWhileAFileKeepsGrowingAndRunOnceAfterItStops() {
        for (int second = 0; second <= 600; second += 10) {
            folder.put("2026/TW3/besar.xlsx", (second * 1000) + "@" + second);
            assertThat(quiet.poll()).as("masih disalin pada detik %d", second).isFalse();
            clock.advance(Duration.ofSeconds(10));
        }
        clock.advance(PAUSE.minusSeconds(10));
        assertThat(quiet.poll()).isTrue();
        assertThat(quiet.poll()).isFalse();
    }

    @Test
    void shouldMakeOneRunForABurstOfFormsFromSeveralUnits() {
        int runs = 0;
        for (int unit = 0; unit < 12; unit++) {
            folder.put("2026/TW3/unit-" + unit + ".xlsx", "100@" + unit);
            runs += quiet.poll() ? 1 : 0;
            clock.advance(Duration.ofSeconds(20));
        }
        for (int look = 0; look < 30; look++) {
            runs += quiet.poll() ? 1 : 0;
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(runs).isEqualTo(1);
    }

    @Test
    void shouldRunAgainWhenAFormIsReplacedButNotWhenOneIsRemoved() {
        folder.remove("2026/TW2/FUM.xlsx");
        clock.advance(PAUSE);
        assertThat(quiet.poll()).isFalse();
        clock.advance(PAUSE);
        assertThat(quiet.poll()).isFalse();

        folder.put("2026/TW2/FUM.xlsx", "1200@9");
        assertThat(quiet.poll()).isFalse();
        clock.advance(PAUSE);
        assertThat(quiet.poll()).isTrue();
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-10-10T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
