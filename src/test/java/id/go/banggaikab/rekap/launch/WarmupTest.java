package id.go.banggaikab.rekap.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The warm-up names classes of libraries by their names: after an upgrade that moves one it would silently warm
 * nothing, so every name must still be a class on the program's class path.
 */
class WarmupTest {

    @Test
    void everyClassItWarmsExistsOnTheClassPath() {
        assertThat(Warmup.CLASSES).isNotEmpty().allSatisfy(name -> assertThatCode(() -> Class.forName(name, false,
                Warmup.class.getClassLoader())).as(name).doesNotThrowAnyException());
    }

    @Test
    void theFlightRecorderEventsItWarmsAreTheOnesSpringBatchRecords() throws ClassNotFoundException {
        assertThat(Class.forName(Warmup.CLASSES.get(0))).isAssignableTo(jdk.jfr.Event.class);
    }
}
