package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One way to run the job on either platform: {@code scripts/rekap.sh} (Linux) and {@code scripts/rekap.cmd} (Windows)
 * take their Java options from one place, {@code scripts/opsi-java.txt}, as {@code mvn spring-boot:run} does, and
 * start Java alike (the jar unpacked beside itself, a class-data archive per Java version named alike, recorded on the
 * first run and written by a second Java with the same options, or from Java 25 an AOT cache recorded by a training run
 * on sample data after the first run, the same messages, the same exit codes). The Windows
 * script cannot run here, so both scripts are read and compared; the Linux one is run by {@link LauncherScriptTest},
 * which checks the names and messages below against what it really does.
 */
class LauncherParityTest {

    private static final Path SH = Path.of("scripts/rekap.sh");
    private static final Path CMD = Path.of("scripts/rekap.cmd");
    private static final Path OPTIONS = Path.of("scripts/opsi-java.txt");
    /** A JVM option as the scripts write it, up to the variable that completes it ($archive, %ARCHIVE%). */
    private static final Pattern JVM_OPTION = Pattern.compile("(?<![\\w-])-(?:X|D)[\\w:+.-]+(?:=[\\w:+.-]+)?");
    private static final Pattern VARIABLE = Pattern.compile("\\bREKAP_[A-Z_]+\\b|\\bJAVA_HOME\\b");
    /** The archive each Java gets, from JAVA_RUNTIME_VERSION in its release file (Debian's, Temurin's, Oracle's). */
    static final Map<String, String> ARCHIVE_NAMES = Map.of(
            "17.0.15+6-Debian-1deb12u1", "kelas-17.0.15_6-Debian-1deb12u1.jsa",
            "25.0.3+9-LTS", "kelas-25.0.3_9-LTS.aot",
            "26+35", "kelas-26_35.aot",
            "24.0.2+12", "kelas-24.0.2_12.jsa",
            "21.0.5+9-LTS-239", "kelas-21.0.5_9-LTS-239.jsa",
            "17.0.13+11", "kelas-17.0.13_11.jsa");
    /**
     * Options only rekap.sh passes: transparent huge pages for the heap, when the Linux kernel offers them (Windows
     * needs the "Lock pages in memory" privilege for large pages, which office PCs lack; rekap.cmd says so).
     */
    static final Set<String> LINUX_ONLY = Set.of("-XX:+UseTransparentHugePages");
    /** What the first run with a Java says about the archive: before writing it, then done or not written. */
    static final List<String> FIRST_RUN_MESSAGES = List.of(
            "Menulis arsip kelas Java agar proses berikutnya mulai lebih cepat (sekali untuk Java ini, biasanya kurang "
                    + "dari satu menit)...",
            "Arsip kelas Java selesai ditulis.",
            "Arsip kelas Java tidak dapat ditulis (rekap tetap berhasil); proses berikutnya mencobanya lagi.");

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
        assertThat(shOptions).contains("-Djarmode=tools", "-XX:SharedArchiveFile", "-XX:DumpLoadedClassList",
                "-Xshare:dump", "-XX:SharedClassListFile", "-Xmx128m", "-Xlog:cds=off", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", "-XX:AOTCache", "-XX:AOTMode=record", "-XX:AOTConfiguration",
                "-XX:AOTMode=create", "-Xlog:aot").doesNotContain("-XX:ArchiveClassesAtExit",
                "-XX:AOTCacheOutput");
        Set<String> windows = new TreeSet<>(shOptions);
        windows.removeAll(LINUX_ONLY);
        assertThat(shOptions).containsAll(LINUX_ONLY);
        assertThat(jvmOptions(cmd)).isEqualTo(windows);
        assertThat(value(cmd, "set \"RELOCATION=(.*)\"")).isEqualTo(value(sh, "relocation=\"(.*)\""));
        assertThat(value(cmd, "set \"DUMP_OPTIONS=(.*)\"")).isEqualTo(value(sh, "dump_options=\"(.*)\""))
                .isEqualTo("-Xmx128m -Xshare:dump");
        assertThat(variables(cmd)).isEqualTo(variables(sh))
                .contains("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS", "REKAP_CEPAT", "JAVA_HOME");
        for (String step : List.of("extract --destination", "JAVA_RUNTIME_VERSION", "release", "-version", "kelas-",
                ".jsa", ".aot", ".jalur", ".lst", ".baru", "GAGAL", "opsi-java.txt")) {
            assertThat(sh).as(step).contains(step);
            assertThat(cmd).as(step).contains(step);
        }
    }

    @Test
    void bothLaunchersNameTheArchiveAlikeFromTheJavasReleaseFile() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        assertThat(sh).contains("sed -n 's/^JAVA_RUNTIME_VERSION=\"\\(.*\\)\"$/\\1/p' \"$release\"")
                .contains("tr -c '[:alnum:]._\\n-' '_'").contains("archive=$unpacked/kelas-$version.$kind");
        assertThat(cmd).contains("for /f \"usebackq tokens=1,* delims==\" %%A in (\"%RELEASE%\") do if "
                + "\"%%A\"==\"JAVA_RUNTIME_VERSION\" set \"VERSION=%%~B\"")
                .contains("set \"ARCHIVE=%UNPACKED%\\kelas-%VERSION%.%KIND%\"");
        // Java 25 and later get an AOT cache (.aot), older ones a class-data archive (.jsa): the major version is the
        // leading number of the version's name, 0 when there is none (a name from "java -version").
        assertThat(sh).contains("feature=${version#*version__}\n        feature=${feature%%[!0-9]*}\n").contains("if [ \"${feature:-0}\" -ge 25 ] 2>/dev/null; then\n"
                + "            kind=aot\n");
        // (from "java -version": the number after "version"; rekap.cmd takes only digits, never a variable's name)
        assertThat(cmd).contains("set \"FEATURE=0\"\r\nfor /f \"tokens=1 delims=._-\" %%F in (\"%VERSION%\") do echo(%%F| "
                + "findstr /r /x \"[0-9][0-9]*\" >nul && set \"FEATURE=%%F\"\r\nfor /f \"tokens=2,3 delims=._-\" %%F in "
                + "(\"%VERSION%\") do if \"%%F\"==\"version\" echo(%%G| findstr /r /x \"[0-9][0-9]*\" >nul && set "
                + "\"FEATURE=%%G\"\r\nset \"KIND=jsa\"\r\nif %FEATURE% GEQ 25 set \"KIND=aot\"\r\n");
        // rekap.sh turns every character but letters, digits, '.', '_' and '-' into '_' (and is run on these names by
        // LauncherScriptTest); rekap.cmd replaces characters one by one: the same names for every Java listed.
        for (Map.Entry<String, String> java : ARCHIVE_NAMES.entrySet()) {
            String version = java.getKey();
            Matcher replace = Pattern.compile("(?m)^set \"?VERSION=%VERSION:(.)=_%\"?\r?$").matcher(cmd);
            while (replace.find()) {
                version = version.replace(replace.group(1), "_");
            }
            String feature = version.split("[._-]")[0];
            String kind = feature.matches("[0-9]+") && Integer.parseInt(feature) >= 25 ? "aot" : "jsa";
            assertThat("kelas-" + version + "." + kind).as(java.getKey()).isEqualTo(java.getValue());
        }
    }

    /**
     * Without JAVA_HOME both launchers give an older java on PATH way to the newest Java 25 or later installed in the
     * usual folders (REKAP_JAVA_CARI, 0 for none), read from each Java's release file, and ask the java on PATH its
     * version only when such a Java exists; both then run the Java chosen for everything (unpacking, archive name,
     * the job). {@link LauncherScriptTest} runs rekap.sh's choice.
     */
    @Test
    void bothLaunchersPreferTheNewestInstalledJava25OverAnOlderJavaOnPathWithoutJavaHome() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        assertThat(sh).contains("search=${REKAP_JAVA_CARI:-/usr/lib/jvm:/usr/java:/opt/java}\n"
                + "    [ \"$search\" = 0 ] && search=\"\"\n").contains("JAVA_VERSION=*)")
                .contains("java=$newest/bin/java");
        assertThat(cmd).contains("if not defined SEARCH set \"SEARCH=%PROGRAMS%\\Eclipse Adoptium;%PROGRAMS%\\Java;")
                .contains("if defined ProgramW6432 set \"PROGRAMS=%ProgramW6432%\"")
                .contains("if defined REKAP_JAVA_CARI set \"SEARCH=%REKAP_JAVA_CARI:\"=%\"")
                .contains("if \"%SEARCH%\"==\"0\" goto :eof")
                .contains("if \"%%A\"==\"JAVA_VERSION\" set \"CANDIDATE_VERSION=%%~B\"")
                .contains("set \"JAVA_EXE=%NEWEST%\\bin\\java.exe\"");
        // JAVA_HOME first; the search only without it; the java on PATH asked only after a Java 25 was found.
        assertThat(sh.indexOf("if [ -n \"${JAVA_HOME:-}\" ]; then\n    java=$JAVA_HOME/bin/java\nelse\n")).isPositive();
        assertThat(sh.indexOf("if [ \"$newest_feature\" -ge 25 ]; then")).isPositive()
                .isLessThan(sh.indexOf("path_feature=$(java -version"));
        assertThat(cmd).contains("if defined JAVA_HOME set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"\r\n"
                + "if not defined JAVA_HOME call :newest_java\r\n");
        assertThat(cmd.indexOf("if %NEWEST_FEATURE% LSS 25 goto :eof")).isPositive()
                .isLessThan(cmd.indexOf("\"%PATH_JAVA%\" -version"));
        // Everything after runs the Java chosen: the choice comes before the first start of any Java.
        assertThat(sh.indexOf("java=$newest/bin/java")).isLessThan(sh.indexOf("\"$java\" -Djarmode=tools"));
        assertThat(cmd.indexOf("call :newest_java")).isLessThan(cmd.indexOf("\"%JAVA_EXE%\" -Djarmode=tools"));
        assertThat(cmd).contains("if \"%JAVA_EXE%\"==\"java\" for %%J in (java.exe) do set \"JAVA_FOUND=%%~$PATH:J\"");
    }

    @Test
    void bothLaunchersRecordTheFirstRunAndWriteTheArchiveOnlyAfterItSucceededSayingSo() throws IOException {
        String sh = Files.readString(SH);
        String cmd = Files.readString(CMD);

        assertThat(sh).contains("$huge_pages -XX:DumpLoadedClassList=\"$class_list\" \\\n        -jar \"$run_jar\" \"$@\"\n"
                + "fi\ncode=$?\nif [ \"$code\" = 0 ]");
        assertThat(cmd).contains("\"%JAVA_EXE%\" %JAVA_OPTIONS% %RECORD_OPTIONS% -jar \"%RUN_JAR%\" %*\r\n"
                + "set \"CODE=%ERRORLEVEL%\"\r\nif not \"%CODE%\"==\"0\" goto :first_done\r\n")
                .contains("set RECORD_OPTIONS=\"-XX:DumpLoadedClassList=%CLASS_LIST%\"\r\n");
        assertThat(sh).contains("-XX:SharedClassListFile=\"$class_list\" -XX:SharedArchiveFile=\"$archive.$$\"");
        assertThat(cmd).contains("\"-XX:SharedClassListFile=%CLASS_LIST%\" \"-XX:SharedArchiveFile=%ARCHIVE%.%TAG%\"");
        // Java 25: the job as it is, then the training on sample data in a folder of its own and the cache's writing,
        // with the same options and arguments in both (LauncherScriptTest runs rekap.sh's).
        assertThat(sh).contains("$huge_pages -jar \"$run_jar\" \"$@\"\nelse\n").contains("training=$unpacked/latihan.$$\n")
                .contains("    quiet_archive=\"-Xlog:aot*=off,cds*=off\"\n")
                .contains("\"$java\" ${REKAP_JAVA_OPTS:-\"@$options\"} -XX:AOTMode=record -XX:AOTConfiguration=\"$class_list\""
                        + " \\\n            \"$quiet_archive\" -jar \"$run_jar\" ")
                .contains("-XX:AOTMode=create \\\n            -XX:AOTConfiguration=\"$class_list\" -XX:AOTCache=\"$archive.$$\" "
                        + "\"$quiet_archive\" -cp \"$run_jar\" \\\n            >/dev/null 2>&1\n");
        assertThat(cmd).contains("if \"%KIND%\"==\"aot\" set \"RECORD_OPTIONS=\"\r\n")
                .contains("set \"TRAINING=%UNPACKED%\\latihan.%TAG%\"\r\n")
                .contains("if \"%KIND%\"==\"aot\" set QUIET_ARCHIVE=\"-Xlog:aot*=off,cds*=off\"\r\n")
                .contains("\"%JAVA_EXE%\" %JAVA_OPTIONS% -XX:AOTMode=record \"-XX:AOTConfiguration=%CLASS_LIST%\" "
                        + "%QUIET_ARCHIVE% -jar \"%RUN_JAR%\" ")
                .contains("\"%JAVA_EXE%\" %JAVA_OPTIONS% -XX:AOTMode=create \"-XX:AOTConfiguration=%CLASS_LIST%\" "
                        + "\"-XX:AOTCache=%ARCHIVE%.%TAG%\" %QUIET_ARCHIVE% -cp \"%RUN_JAR%\" >nul 2>&1 || goto :dump_failed\r\n")
                .contains("if \"%KIND%\"==\"aot\" set SHARE=\"-XX:AOTCache=%ARCHIVE%\" %QUIET_ARCHIVE% %RELOCATION% "
                        + "-XX:-AOTReplayTraining\r\n");
        // Java 25 runs from its cache without replaying the training's method profiles (C1 alone has no use for them);
        // Java 17 does not know the option, so only the AOT cache's command has it.
        assertThat(sh).contains("    training_replay=\"-XX:-AOTReplayTraining\"\n")
                .contains("${archive_option:+\"$archive_option\" \"$quiet_archive\" $relocation $training_replay} -jar");
        assertThat(trainingArguments(cmd, "%TRAINING%\\")).isEqualTo(trainingArguments(sh, "$training/"))
                .containsExactly("--spring.batch.job.name=rekap", "--rekap.jadwal.aktif=false", "--rekap.contoh.aktif=true",
                        "--rekap.contoh.folder=<latihan>contoh", "--rekap.output-dir=<latihan>output",
                        "--rekap.data-dir=<latihan>data", "--logging.file.name=<latihan>rekap-kinerja.log",
                        "tahun=2026", "triwulan=3");
        for (String message : FIRST_RUN_MESSAGES) {
            assertThat(cmd).contains("echo " + message + "\r\n");
        }
    }

    @Test
    void theSharedOptionsBoundTheHeapAt512MegabytesForARealJava() throws Exception {
        List<String> options = Files.readAllLines(OPTIONS).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(options).containsExactly("-Xmx512m", "-XX:+UseSerialGC", "-Xmn32m", "-XX:TieredStopAtLevel=1",
                "-XX:CompileThresholdScaling=0.5", "-XX:C1MaxInlineSize=20", "-XX:ReservedCodeCacheSize=128m",
                "--enable-native-access=ALL-UNNAMED");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "@" + OPTIONS.toAbsolutePath()));
        if (kernelOffersHugePages()) {
            command.addAll(LINUX_ONLY); // as rekap.sh adds them on this machine
        }
        command.addAll(List.of("-XshowSettings:vm", "-version"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as("every option is one this Java knows, without a warning").doesNotContain("WARNING");
        assertThat(out).containsPattern("Max\\. Heap Size( \\(Estimated\\))?: 512\\.00M");
    }

    /** What rekap.sh looks for: the kernel's transparent huge pages in madvise or always mode. */
    static boolean kernelOffersHugePages() throws IOException {
        Path enabled = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(enabled) && Pattern.compile("\\[(madvise|always)]").matcher(Files.readString(enabled))
                .find();
    }

    private static Set<String> jvmOptions(String script) {
        Set<String> found = new TreeSet<>();
        for (String line : script.split("\r?\n")) {
            if (line.strip().startsWith("#") || line.startsWith("rem ")) {
                continue; // comments may name options the script does not pass
            }
            Matcher m = JVM_OPTION.matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /**
     * The training run's arguments after the jar, as one script writes them: the training folder as {@code <latihan>},
     * without quotes, up to the redirection of its output.
     */
    private static List<String> trainingArguments(String script, String folder) {
        String oneLine = script.replace("\\\n", " ").replace("\r\n", "\n");
        Matcher m = Pattern.compile("AOTMode=record .*?-jar \\S+ (.*?) *>(?:/dev/null|nul) 2>&1").matcher(oneLine);
        assertThat(m.find()).as("the training run").isTrue();
        List<String> arguments = new ArrayList<>();
        for (String word : m.group(1).trim().split(" +")) {
            arguments.add(word.replace("\"", "").replace(folder, "<latihan>"));
        }
        return arguments;
    }

    private static String value(String script, String regex) {
        Matcher m = Pattern.compile("(?m)^ *" + regex + "\r?$").matcher(script);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
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
