package id.go.banggaikab.rekap.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The warm-up names classes of libraries by their names: after an upgrade that moves one it would silently warm
 * nothing, so every name must still be a class on the program's class path.
 */
class FrameworkClassesTest {

    @Test
    void everyClassItWarmsExistsOnTheClassPath() {
        assertThat(FrameworkClasses.CLASSES).isNotEmpty().allSatisfy(name -> assertThatCode(() -> Class.forName(name, false,
                FrameworkClasses.class.getClassLoader())).as(name).doesNotThrowAnyException());
    }

    @Test
    void theFlightRecorderEventsItWarmsAreTheOnesSpringBatchRecords() throws ClassNotFoundException {
        assertThat(Class.forName(FrameworkClasses.CLASSES.get(0))).isAssignableTo(jdk.jfr.Event.class);
    }
}
