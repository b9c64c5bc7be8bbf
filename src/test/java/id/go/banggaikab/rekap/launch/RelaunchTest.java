package id.go.banggaikab.rekap.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a start runs the program itself and when it starts it again, and with which command line. */
class RelaunchTest {

    private static final List<String> OURS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xmn32m",
            "-XX:TieredStopAtLevel=1");
    private static final String MAIN = "id.go.banggaikab.rekap.RekapApplication";

    private static Optional<List<String>> command(String command, String classPath, String separator,
            List<String> jvm) {
        Relaunch.Start start = new Relaunch.Start(command, classPath, separator, jvm, "java", false, false);
        return Relaunch.command(start, Dummy.class, new String[] {"tahun=2026", "triwulan=3"}, () -> OURS);
    }

    /** Stands for the program's main class in these tests. */
    private static final class Dummy {
    }

    @Test
    void aPlainJavaDashJarFromAWindowsFolderWithSpacesStartsTheSameJarAgainWithTheSharedOptions() {
        String jar = "C:\\Kantor Dinas\\Rekap Kinerja\\rekap-kinerja.jar";

        assertThat(command(jar + " tahun=2026 triwulan=3", jar, ";", List.of())).contains(List.of("java",
                "-Xmx512m", "-XX:+UseSerialGC", "-Xmn32m", "-XX:TieredStopAtLevel=1", "-jar", jar, "tahun=2026",
                "triwulan=3"));
    }

    @Test
    void theJarInTargetAndTheUnpackedDistributionStartAgainTheWayTheyWereStarted() {
        assertThat(command("target/rekap-kinerja.jar", "target/rekap-kinerja.jar", ":", List.of("-Dx=1")))
                .contains(List.of("java", "-Xmx512m", "-XX:+UseSerialGC", "-Xmn32m", "-XX:TieredStopAtLevel=1", "-Dx=1",
                        "-jar", "target/rekap-kinerja.jar", "tahun=2026", "triwulan=3"));
        String launcher = "org.springframework.boot.loader.launch.JarLauncher";
        assertThat(command(launcher + " tahun=2026", "rekap-kinerja", ":", List.of())).get()
                .satisfies(c -> assertThat(c.subList(5, 8)).containsExactly("-cp", "rekap-kinerja", launcher));
        String classes = "target/classes:lib/a.jar";
        assertThat(command(Dummy.class.getName(), classes, ":", List.of())).get()
                .satisfies(c -> assertThat(c.subList(5, 8)).containsExactly("-cp", classes, Dummy.class.getName()));
    }

    @Test
    void whatTheUserChoseWinsAndTwoCollectorsNeverMeet() {
        assertThat(command("x.jar", "x.jar", ":", List.of("-XX:+UseG1GC", "-XX:TieredStopAtLevel=4",
                "-Dfile.encoding=UTF-8"))).as("our young generation is sized for our collector, so it goes with it")
                .contains(List.of("java", "-Xmx512m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4",
                        "-Dfile.encoding=UTF-8", "-jar", "x.jar", "tahun=2026", "triwulan=3"));
        for (String young : List.of("-Xmn64m", "-XX:NewSize=16m", "-XX:MaxNewSize=100m", "-XX:NewRatio=3")) {
            assertThat(command("x.jar", "x.jar", ":", List.of(young))).as(young).contains(List.of("java", "-Xmx512m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", young, "-jar", "x.jar", "tahun=2026", "triwulan=3"));
        }
    }

    @Test
    void aStartThatChoseItsHeapOrIsWatchedOrIsNotTheProgramsOwnRunsAsItIs() {
        for (String heap : List.of("-Xmx2g", "-XX:MaxRAMPercentage=10", "-XX:MaxHeapSize=300m", "-XX:MaxRAM=1g")) {
            assertThat(command("x.jar", "x.jar", ":", List.of(heap))).as(heap).isEmpty();
        }
        for (String watcher : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:StartFlightRecording=filename=a.jfr")) {
            assertThat(command("x.jar", "x.jar", ":", List.of(watcher))).as(watcher).isEmpty();
        }
        assertThat(command("org.apache.maven.surefire.booter.ForkedBooter /tmp/s 1", "surefire.jar", ":", List.of()))
                .as("inside tests").isEmpty();
        assertThat(command(MAIN + " tahun=2026", "target/classes:a.jar", ":", List.of()))
                .as("another program's main class").isEmpty();
        Relaunch.Start again = new Relaunch.Start("x.jar", "x.jar", ":", List.of(), "java", true, false);
        assertThat(Relaunch.command(again, Dummy.class, new String[0], () -> OURS)).as("started again").isEmpty();
        Relaunch.Start off = new Relaunch.Start("x.jar", "x.jar", ":", List.of(), "java", false, true);
        assertThat(Relaunch.command(off, Dummy.class, new String[0], () -> OURS)).as("switched off").isEmpty();
    }

    @Test
    void theJarCarriesTheSameOptionsAsScriptsOpsiJava() throws Exception {
        assertThat(JavaOptions.bundled()).isEqualTo(JavaOptions.parse(Files.readString(
                Path.of("scripts/opsi-java.txt")))).contains("-Xmx512m");
    }
}
