package id.go.banggaikab.rekap.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * The prepared context is for the packaged program only: classes from a jar may use it, classes from a folder (tests,
 * {@code spring-boot:run} on target/classes, where generated code may be older than the sources) never.
 */
class PreparedContextTest {

    @Test
    void classesFromAJarCountAsPackaged() {
        assertThat(PreparedContext.fromJar(SpringApplication.class)).isTrue();
    }

    @Test
    void classesFromAFolderDoNotCountAsPackaged() {
        assertThat(PreparedContext.fromJar(PreparedContextTest.class)).isFalse();
        assertThat(PreparedContext.fromJar(PreparedContext.class)).isFalse();
    }

    @Test
    void aStartFromTheClassFolderKeepsTheOrdinaryContext() {
        PreparedContext.useWhenPackaged(PreparedContext.class);

        assertThat(org.springframework.aot.AotDetector.useGeneratedArtifacts()).isFalse();
    }
}
