package id.go.banggaikab.rekap.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real JVM started as a user starts it without the launchers (no heap ceiling): the program runs once, in a child
 * with the 512 MB ceiling and serial collector of opsi-java.txt, with the arguments as typed, and the exit code comes
 * back; a child never starts another; a ceiling the user gave is kept; stopping the program stops the child.
 */
class RelaunchProcessTest {

    private static final Pattern RUN = Pattern.compile("JALAN pid=(\\d+) induk=(-?\\d+) heap=(\\d+) gc=(.+?)"
            + " argumen=(.*)");

    private record Ran(long pid, int code, List<Matcher> runs) {
    }

    private static Process start(Map<String, String> env, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RelaunchProbe.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(Relaunch.GUARD);
        builder.environment().putAll(env);
        return builder.start();
    }

    private static Ran run(Map<String, String> env, List<String> jvm, String... args) throws Exception {
        Process p = start(env, jvm, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<Matcher> runs = out.lines().map(RUN::matcher).filter(Matcher::matches).toList();
        assertThat(runs).as(out).isNotEmpty();
        return new Ran(p.pid(), p.exitValue(), runs);
    }

    @Test
    void aStartWithoutHeapCeilingRunsOnceInAChildWithTheSharedOptionsTheArgumentsAndTheExitCode() throws Exception {
        Ran ran = run(Map.of(), List.of("-Dasal=ya"), "tahun=2026", "dua kata", "C:\\Kantor Dinas\\x.xlsx", "7");

        assertThat(ran.runs()).hasSize(1);
        Matcher child = ran.runs().get(0);
        assertThat(Long.parseLong(child.group(1))).isNotEqualTo(ran.pid());
        assertThat(Long.parseLong(child.group(2))).as("parent of the run").isEqualTo(ran.pid());
        assertThat(Long.parseLong(child.group(3))).isBetween(400L, 512L);
        assertThat(child.group(4)).isEqualTo("Copy,MarkSweepCompact");
        assertThat(child.group(5)).isEqualTo("tahun=2026|dua kata|C:\\Kantor Dinas\\x.xlsx|7");
        assertThat(ran.code()).isEqualTo(7);
    }

    @Test
    void aStartedAgainProgramOrOneGivenItsHeapRunsInTheFirstJvm() throws Exception {
        Ran guarded = run(Map.of(Relaunch.GUARD, "1"), List.of(), "3");
        assertThat(guarded.runs()).hasSize(1);
        assertThat(Long.parseLong(guarded.runs().get(0).group(1))).isEqualTo(guarded.pid());
        assertThat(guarded.code()).isEqualTo(3);

        Ran chosen = run(Map.of(), List.of("-Xmx300m"), "0");
        assertThat(chosen.runs()).hasSize(1);
        assertThat(Long.parseLong(chosen.runs().get(0).group(1))).isEqualTo(chosen.pid());
        assertThat(Long.parseLong(chosen.runs().get(0).group(3))).isBetween(250L, 300L);
        assertThat(chosen.code()).isZero();
    }

    @Test
    void stoppingTheProgramStopsItsChild() throws Exception {
        Process p = start(Map.of(), List.of(), "tidur", "0");
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        Matcher child = RUN.matcher(line);
        assertThat(child.matches()).as(line).isTrue();
        ProcessHandle running = ProcessHandle.of(Long.parseLong(child.group(1))).orElseThrow();

        p.destroy(); // SIGTERM, as a service stop or Ctrl+C
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(running.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    }
}
