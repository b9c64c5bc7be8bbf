package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One way to run the job on either platform: {@code scripts/rekap.sh} (Linux) and {@code scripts/rekap.cmd} (Windows)
 * take their Java options from one place, {@code scripts/opsi-java.txt}, as {@code mvn spring-boot:run} does, and
 * start Java alike (the jar unpacked beside itself, a class-data archive per Java version, the same settings, the
 * same exit codes). The Windows script cannot run here, so both scripts are read and compared; the Linux one is run
 * by {@link LauncherScriptTest}.
 */
class LauncherParityTest {

    private static final Path SH = Path.of("scripts/rekap.sh");
    private static final Path CMD = Path.of("scripts/rekap.cmd");
    private static final Path OPTIONS = Path.of("scripts/opsi-java.txt");
    /** A JVM option as the scripts write it, up to the variable that completes it ($archive, %ARCHIVE%). */
    private static final Pattern JVM_OPTION = Pattern.compile("(?<![\\w-])-(?:X|D)[\\w:+.-]+(?:=[\\w:+.-]+)?");
    private static final Pattern VARIABLE = Pattern.compile("\\bREKAP_[A-Z_]+\\b|\\bJAVA_HOME\\b");

    @Test
    void bothLaunchersReadTheJavaOptionsFromTheSharedFileUnlessReplacedByRekapJavaOpts() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        assertThat(sh).contains("options=$here/opsi-java.txt").contains("${REKAP_JAVA_OPTS:-\"@$options\"}");
        assertThat(cmd).contains("set \"OPTIONS=%HERE%\\opsi-java.txt\"")
                .contains("if not defined REKAP_JAVA_OPTS set JAVA_OPTIONS=\"@%OPTIONS%\"")
                .contains("\"%JAVA_EXE%\" %JAVA_OPTIONS% %SHARE% -jar \"%RUN_JAR%\" %*");
        assertThat(Files.readString(Path.of("pom.xml")))
                .contains("<jvmArguments>\"@${project.basedir}/scripts/opsi-java.txt\"</jvmArguments>");
    }

    @Test
    void bothLaunchersStartJavaWithTheSameOptionsAndSettingsBesideTheSharedFile() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        Set<String> shOptions = jvmOptions(sh);
        assertThat(shOptions).contains("-Djarmode=tools", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
        assertThat(jvmOptions(cmd)).isEqualTo(shOptions);
        assertThat(variables(cmd)).isEqualTo(variables(sh))
                .contains("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS", "REKAP_CEPAT", "JAVA_HOME");
        for (String step : List.of("extract --destination", "kelas-", ".jsa", ".baru", "GAGAL", "opsi-java.txt")) {
            assertThat(sh).as(step).contains(step);
            assertThat(cmd).as(step).contains(step);
        }
    }

    @Test
    void bothLaunchersHandBackJavasExitCodeAndTwoForWhatIsMissing() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        assertThat(sh).containsPattern("(?m)^exec \"\\$java\" .*\\n +-jar \"\\$run_jar\" \"\\$@\"$");
        assertThat(cmd).containsPattern("(?m)^\"%JAVA_EXE%\" .* -jar \"%RUN_JAR%\" %\\*\r\nexit /b %ERRORLEVEL%\r\n");
        assertThat(count(sh, "GAGAL")).isEqualTo(count(cmd, "GAGAL")).isEqualTo(3);
        assertThat(count(sh, "exit 2")).isEqualTo(count(sh, "GAGAL") + 1); // and a working folder it cannot enter
        assertThat(count(cmd, "exit /b 2")).isEqualTo(count(cmd, "GAGAL") + 1);
        assertThat(cmd.replace("\r\n", "")).as("every line of rekap.cmd ends in CRLF").doesNotContain("\n");
        assertThat(cmd).doesNotContain("(\r\n"); // no ( ) blocks: "Program Files (x86)" would break them
    }

    @Test
    void theSharedOptionsBoundTheHeapAt512MegabytesForARealJava() throws Exception {
        List<String> options = Files.readAllLines(OPTIONS).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(options).containsExactly("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "@" + OPTIONS.toAbsolutePath(), "-XshowSettings:vm",
                "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("Max\\. Heap Size( \\(Estimated\\))?: 512\\.00M");
    }

    private static Set<String> jvmOptions(String script) {
        Set<String> found = new TreeSet<>();
        for (String line : script.split("\r?\n")) {
            if (line.startsWith("#") || line.startsWith("rem ")) {
                continue; // comments may name options the script does not pass
            }
            Matcher m = JVM_OPTION.matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static Set<String> variables(String script) {
        Set<String> found = new TreeSet<>();
        Matcher m = VARIABLE.matcher(script);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
