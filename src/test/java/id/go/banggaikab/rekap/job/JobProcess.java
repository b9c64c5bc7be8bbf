package id.go.banggaikab.rekap.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real application in its own JVM (the test JVM's classpath, a scratch working folder), so a test can kill it
 * the way a power cut or Task Manager would, or run two at once. Console lines are collected as they come; a
 * kill condition is checked on every line, so the process dies within milliseconds of saying where it is.
 */
final class JobProcess {

    static final String MAIN = "id.go.banggaikab.rekap.RekapApplication";

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;
    private volatile Predicate<String> killWhen = line -> false;
    private volatile boolean killed;

    private JobProcess(Process process) {
        this.process = process;
        this.pump = new Thread(this::pump, "job-process-console");
        pump.setDaemon(true);
    }

    /** Starts the application in {@code workDir} with {@code args}; {@code killWhen} may be null. */
    static JobProcess start(Path workDir, Predicate<String> killWhen, String... args) throws IOException {
        return start(workDir, ProcessFolders.databaseArgs(workDir), killWhen, args);
    }

    /** As {@link #start(Path, Predicate, String...)} on the database the arguments name (none: the folder's SQLite). */
    static JobProcess start(Path workDir, List<String> databaseArgs, Predicate<String> killWhen, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MAIN));
        command.addAll(List.of(args));
        command.addAll(databaseArgs);
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        JobProcess job = new JobProcess(p);
        if (killWhen != null) {
            job.killWhen = killWhen;
        }
        job.pump.start();
        return job;
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                lines.add(line);
                if (!killed && killWhen.test(line)) {
                    kill();
                }
            }
        } catch (IOException e) {
            // the process is gone; its lines so far are kept
        }
    }

    /** SIGKILL on Unix, TerminateProcess on Windows: no shutdown hook, no finally block runs. */
    void kill() {
        killed = true;
        process.destroyForcibly();
    }

    /** Waits for the end (killing it when it takes longer than {@code seconds}) and returns its exit code. */
    int waitFor(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("Proses tidak selesai dalam " + seconds + " detik:\n" + console());
        }
        pump.join(5_000);
        return process.exitValue();
    }

    /** Freezes the process where it is (SIGSTOP, Unix only): it keeps its locks and open transaction. */
    void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        int code = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IOException("kill " + signal + " gagal: " + code);
        }
    }

    /** Waits until a console line contains {@code text}; fails when the process ends or the time is up first. */
    String awaitLine(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                pump.join(5_000);
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Baris \"" + text + "\" tidak muncul dalam " + seconds + " detik:\n" + console());
    }

    /** As {@link #awaitLine}, for the {@code n}-th line (1-based) that contains {@code text}. */
    String awaitLine(String text, int n, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<String> found = lines.stream().filter(l -> l.contains(text)).toList();
            if (found.size() >= n) {
                return found.get(n - 1);
            }
            if (!process.isAlive()) {
                pump.join(5_000);
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Baris ke-" + n + " \"" + text + "\" tidak muncul dalam " + seconds + " detik:\n"
                + console());
    }

    boolean killed() {
        return killed;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String console() {
        return String.join("\n", lines);
    }
}
