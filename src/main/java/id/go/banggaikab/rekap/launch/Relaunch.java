package id.go.banggaikab.rekap.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a plain {@code java -jar rekap-kinerja.jar} within the memory the launchers give the job. Started without a
 * heap ceiling, Java takes a quarter of the machine's memory and lets the heap grow far past what the job needs (730
 * MB on a 200,000-row register of a 24 GB machine); a JVM cannot lower its ceiling once started, so the program starts
 * itself once more with the options of opsi-java.txt (a copy lives in the jar), the user's own JVM options after them
 * (what the user chose wins), the same jar or class and the same arguments, sharing the console, and ends with the
 * child's exit code.
 *
 * <p>It does so only when this JVM was started for the program itself ({@code java -jar …}, or the main class or
 * Spring Boot's launcher on a class path), never inside tests or another program; not when a heap ceiling was given
 * (the launchers, {@code spring-boot:run}, a user's own {@code -Xmx}); not under a debugger or agent; not when
 * {@value #GUARD} is set, which the child inherits, so it never loops; and not with {@code -Drekap.mulai-ulang=false}.
 */
public final class Relaunch {

    /** Set in the child's environment: a program started again never starts itself once more. */
    static final String GUARD = "REKAP_DIMULAI_ULANG";
    static final String OFF = "rekap.mulai-ulang";
    /** A heap ceiling at or below opsi-java.txt's needs no second start, whoever chose it. */
    private static final long CEILING = 512L * 1024 * 1024;
    private static final List<String> BOOT_LAUNCHERS = List.of("org.springframework.boot.loader.launch.JarLauncher",
            "org.springframework.boot.loader.launch.PropertiesLauncher");

    /**
     * How this JVM was started: sun.java.command, java.class.path and the platform's separator in it, its JVM
     * options, the java executable, whether it was started again already, whether starting again is switched off.
     */
    record Start(String command, String classPath, String pathSeparator, List<String> jvmOptions, String java,
            boolean guarded, boolean switchedOff) {

        static Start current() {
            String java = ProcessHandle.current().info().command().orElseGet(() -> Path.of(
                    System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                    .toString());
            return new Start(System.getProperty("sun.java.command", ""), System.getProperty("java.class.path", ""),
                    File.pathSeparator, ManagementFactory.getRuntimeMXBean().getInputArguments(), java,
                    System.getenv(GUARD) != null, "false".equalsIgnoreCase(System.getProperty(OFF)));
        }
    }

    private Relaunch() {
    }

    /**
     * Starts the program again when this JVM was started without a heap ceiling (see the class comment) and returns
     * the child's exit code; empty when this JVM should run the program itself.
     */
    public static OptionalInt ifNeeded(Class<?> main, String[] args) {
        if (System.getenv(GUARD) != null || Runtime.getRuntime().maxMemory() <= CEILING) {
            return OptionalInt.empty(); // the common case, decided before the JVM's arguments are asked for
        }
        Optional<List<String>> command = command(Start.current(), main, args, JavaOptions::bundled);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(GUARD, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty(); // run here, with Java's own ceiling, rather than not at all
        }
        Thread stop = new Thread(() -> stop(child), "rekap-anak-berhenti");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return OptionalInt.of(child.isAlive() ? 1 : child.exitValue());
        }
    }

    /**
     * Stopping this process (Ctrl+C, a service stop) stops the child the same way and waits for it to finish. On
     * Windows a process cannot be asked to stop, only killed; Ctrl+C reaches the child through the shared console,
     * so it gets time to stop on its own first.
     */
    private static void stop(Process child) {
        try {
            if (File.separatorChar == '\\' && child.waitFor(30, TimeUnit.SECONDS)) {
                return;
            }
            child.destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /** The command line that starts the program again, or empty when this start should run it. */
    static Optional<List<String>> command(Start start, Class<?> main, String[] args,
            java.util.function.Supplier<List<String>> ours) {
        if (start.guarded() || start.switchedOff() || JavaOptions.heapChosen(start.jvmOptions())
                || start.jvmOptions().stream().anyMatch(Relaunch::watching)) {
            return Optional.empty();
        }
        List<String> target = target(start, main);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        out.add(start.java());
        out.addAll(JavaOptions.merged(ours.get(), start.jvmOptions()));
        out.addAll(target);
        out.addAll(List.of(args));
        return Optional.of(out);
    }

    /** "-jar x.jar" or "-cp … main class" as this JVM was started; empty when it was started for something else. */
    private static List<String> target(Start start, Class<?> main) {
        String cp = start.classPath();
        if (!cp.isEmpty() && !cp.contains(start.pathSeparator()) && cp.toLowerCase(Locale.ROOT).endsWith(".jar")
                && start.command().startsWith(cp)) {
            return List.of("-jar", cp);
        }
        String first = start.command().split(" ", 2)[0];
        if (first.equals(main.getName()) || BOOT_LAUNCHERS.contains(first)) {
            return List.of("-cp", cp, first);
        }
        return List.of();
    }

    /** A debugger, agent or flight recording holds a port or a file that a second JVM could not share. */
    private static boolean watching(String option) {
        return option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug")
                || option.startsWith("-XX:StartFlightRecording");
    }
}
