package id.go.banggaikab.rekap.launch;

import java.net.URL;
import java.security.CodeSource;
import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;

/**
 * Starts the packaged program from the application context Spring worked out when the jar was built (Spring AOT,
 * {@code process-aot} in pom.xml): the bean definitions are generated code, so a start no longer parses the
 * configuration classes and evaluates their conditions (measured in the closing note of issue 24). Only a jar built in
 * one piece is sure to hold generated code that matches its classes, so this holds for every route that runs the jar
 * (the launchers, {@code java -jar}, the unzipped distribution) and never for classes run from {@code target/classes}
 * (tests, {@code mvn spring-boot:run}), where generated code left from an older build would not match the sources.
 * An explicit {@code -Dspring.aot.enabled=…} always wins.
 *
 * <p>Because the bean definitions are fixed at build time, no bean of ours may exist or not exist by a property:
 * scheduled mode and the one-shot run decide inside their beans ({@code ComponentPackagesTest} checks this).
 */
public final class PreparedContext {

    private PreparedContext() {
    }

    /** Switches Spring to the generated context when {@code main} runs from a jar that holds one. */
    public static void useWhenPackaged(Class<?> main) {
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && fromJar(main) && generated(main)) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        }
    }

    /** Loaded from a jar (Spring Boot's nested {@code jar:nested:…!/} or the extracted application jar). */
    static boolean fromJar(Class<?> main) {
        CodeSource source = main.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return false;
        }
        String where = location.toString();
        return where.startsWith("jar:") || where.endsWith(".jar");
    }

    /** The jar was built with process-aot: the context's generated initializer is beside the main class. */
    private static boolean generated(Class<?> main) {
        return main.getResource(main.getSimpleName() + "__ApplicationContextInitializer.class") != null;
    }
}
