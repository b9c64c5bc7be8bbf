package id.go.banggaikab.rekap.warmup;

import java.util.List;

/**
 * Work the single-threaded start would do later, done now on the second core: Java Flight Recorder's own start-up,
 * which the first Spring Batch event triggers when the job is launched (JDK code, some 0.25 s of processor time,
 * whether or not anything records), and Jackson's, which Flyway uses to copy its configuration. Measured on a quarter
 * (issue 24): the main thread reaches the first step with ~0.2 s less processor time, the process's total unchanged. Class initialisation
 * is thread-safe: whichever thread comes first does it, the other waits for it or finds it done. Nothing here prints
 * or opens a file; any failure (a library that moved a class) only means the main thread does the work itself. The
 * first piece of {@link Warmup}, before the office libraries, because Spring's start needs it sooner.
 */
final class FrameworkClasses {

    static final List<String> CLASSES = List.of(
            "org.springframework.batch.core.observability.jfr.events.job.JobLaunchEvent",
            "org.springframework.batch.core.observability.jfr.events.job.JobExecutionEvent",
            "org.springframework.batch.core.observability.jfr.events.step.StepExecutionEvent",
            "com.fasterxml.jackson.databind.ObjectMapper");

    private FrameworkClasses() {
    }

    /** The warm-up's first piece: Jackson is wanted while Spring is still starting (Flyway), the events at launch. */
    static void load() {
        ClassLoader loader = FrameworkClasses.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class<?> type = Class.forName(name, true, loader);
                if (name.endsWith("ObjectMapper")) {
                    type.getConstructor().newInstance();
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // the main thread will load it when it needs it
            }
        }
    }
}
