package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * {@code scripts/rekap.sh} as cron and systemd call it: from any folder, it starts Java in the folder holding
 * {@code config/}, passes the arguments through untouched and hands back Java's exit code. A stand-in "java" that
 * records what it was given and exits 3 takes the place of the real one, so no jar is needed.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    @TempDir
    Path root;

    @Test
    void shouldRunJavaInTheFolderHoldingConfigPassArgumentsAndReturnItsExitCode() throws Exception {
        Path home = Files.createDirectories(root.resolve("Rekap Kinerja"));
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("scripts"));
        Files.writeString(home.resolve("rekap-kinerja.jar"), "");
        installScripts(home);
        Path javaHome = fakeJava(3);

        ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString(), "tahun=2026",
                "triwulan=II", "--rekap.input-dir=D:/Kinerja masuk").directory(root.toFile()).redirectErrorStream(true);
        launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS"));
        launcher.environment().put("JAVA_HOME", javaHome.toString());
        launcher.environment().put("REKAP_CEPAT", "0"); // the fake java cannot unpack a jar
        launcher.environment().put("REKAP_HALAMAN_BESAR", "0"); // huge pages: shouldAddHugePagesWhenTheKernelOffersThem
        Process p = launcher.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isEqualTo(3);
        List<String> seen = Files.readAllLines(javaHome.resolve("seen.txt"));
        assertThat(seen).containsExactly(home.toRealPath().toString(),
                "@" + home.resolve("scripts/opsi-java.txt").toRealPath(), "-jar",
                home.toRealPath().resolve("rekap-kinerja.jar").toString(), "tahun=2026", "triwulan=II",
                "--rekap.input-dir=D:/Kinerja masuk");
    }

    @Test
    void shouldRecordTheClassesOnTheFirstRunThenWriteTheArchiveInASeparateJavaAndUseItOnTheNext() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava(0, 0);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");
        Path archive = unpacked.resolve("kelas-openjdk_version__17.0.99__2030-01-01.jsa");
        String jar = unpacked.resolve("rekap-kinerja.jar").toString();

        Run first = launch(home, javaHome);

        assertThat(first.code).as(first.output).isZero();
        assertThat(unpacked.resolve("rekap-kinerja.jar")).exists();
        List<String> seen = Files.readAllLines(javaHome.resolve("seen.txt"));
        String classList = seen.get(2);
        assertThat(classList).matches("-XX:DumpLoadedClassList=" + Pattern.quote(unpacked + "/kelas-openjdk_version__"
                + "17.0.99__2030-01-01.") + "[0-9]+\\.lst");
        assertThat(seen).containsExactly(home.toRealPath().toString(),
                "@" + home.resolve("scripts/opsi-java.txt").toRealPath(), classList, "-jar", jar, "triwulan=1")
                .noneMatch(a -> a.contains("ArchiveClassesAtExit") || a.contains("SharedArchiveFile"));
        String list = classList.substring(classList.indexOf('=') + 1);
        List<String> dumped = Files.readAllLines(javaHome.resolve("dumped.txt"));
        assertThat(dumped).containsExactly("-Xmx128m", "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                dumped.get(3), "-cp", jar);
        assertThat(dumped.get(3)).startsWith("-XX:SharedArchiveFile=" + archive + ".");
        assertWrittenFromTheRecord(javaHome, unpacked, archive, jar, first);

        Files.delete(javaHome.resolve("dumped.txt"));
        Run next = launch(home, javaHome);

        assertThat(next.code).isZero();
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).containsExactly(home.toRealPath().toString(),
                "@" + home.resolve("scripts/opsi-java.txt").toRealPath(), "-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-jar", jar,
                "triwulan=1");
        assertThat(javaHome.resolve("dumped.txt")).doesNotExist();
        assertThat(next.output).doesNotContain("arsip kelas");
        assertThat(Files.readAllLines(javaHome.resolve("extracted.txt"))).hasSize(1);
    }

    /**
     * Java 25 and later keep more than the classes' list: the job runs as it is (a JVM recording writes its record at
     * exit on top of all the job's memory: 617 MB after a 1,000,000-row register), then a training run, the sample
     * quarter 2026 TW III wholly inside a temporary folder beside the unpacked jar, records loaded and linked classes
     * and method profiles, and a third Java with the job's own options writes the AOT cache from that record; later
     * runs start from the cache, mapped where it was written.
     */
    @Test
    void shouldTrainOnSampleDataAfterTheFirstRunWithJava25WriteTheAotCacheAndStartFromItOnTheNext() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava25(0);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");
        Path cache = unpacked.resolve("kelas-25.0.3_9-LTS.aot");
        String jar = unpacked.resolve("rekap-kinerja.jar").toString();
        String options = "@" + home.resolve("scripts/opsi-java.txt").toRealPath();

        Run first = launch(home, javaHome);

        assertThat(first.code).as(first.output).isZero();
        List<List<String>> calls = calls(javaHome);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).as("the job itself, not recording").containsExactly(home.toRealPath().toString(),
                options, "-jar", jar, "triwulan=1");
        List<String> training = calls.get(1);
        String configuration = training.get(3);
        assertThat(configuration).matches("-XX:AOTConfiguration=" + Pattern.quote(unpacked + "/kelas-25.0.3_9-LTS.")
                + "[0-9]+\\.lst");
        String folder = unpacked + "/latihan." + configuration.replaceAll(".*\\.([0-9]+)\\.lst$", "$1");
        assertThat(training).containsExactly(home.toRealPath().toString(), options, "-XX:AOTMode=record",
                configuration, "-Xlog:aot*=off,cds*=off", "-jar", jar, "--spring.batch.job.name=rekap",
                "--rekap.jadwal.aktif=false", "--rekap.contoh.aktif=true", "--rekap.contoh.folder=" + folder + "/contoh",
                "--rekap.output-dir=" + folder + "/output", "--rekap.data-dir=" + folder + "/data",
                "--logging.file.name=" + folder + "/rekap-kinerja.log", "tahun=2026", "triwulan=3");
        List<String> created = Files.readAllLines(javaHome.resolve("dumped.txt"));
        assertThat(created).as("written with the job's own options, not the dump's small heap").containsExactly(
                options, "-XX:AOTMode=create", configuration, created.get(3), "-Xlog:aot*=off,cds*=off", "-cp", jar);
        assertThat(created.get(3)).startsWith("-XX:AOTCache=" + cache + ".");
        assertWrittenFromTheRecord(javaHome, unpacked, cache, jar, first);

        Files.delete(javaHome.resolve("dumped.txt"));
        Files.delete(javaHome.resolve("calls.txt"));
        Run next = launch(home, javaHome);

        assertThat(next.code).isZero();
        assertThat(calls(javaHome)).as("the job alone").containsExactly(List.of(home.toRealPath().toString(),
                options, "-XX:AOTCache=" + cache, "-Xlog:aot*=off,cds*=off", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", "-XX:-AOTReplayTraining", "-jar", jar, "triwulan=1"));
        assertThat(javaHome.resolve("dumped.txt")).doesNotExist();
        assertThat(next.output).doesNotContain("arsip kelas");
    }

    /**
     * A Java 25 without a release file (Oracle's java.exe on the PATH of Windows has none) is known by the number after
     * "version" in what "java -version" says, and gets its AOT cache too.
     */
    @Test
    void shouldKnowJava25FromJavaVersionWhenThereIsNoReleaseFile() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava(0, 0);
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, Files.readString(java).replace("openjdk version \"17.0.99\" 2030-01-01",
                "java version \"25.0.1\" 2025-10-21 LTS"));
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");

        Run first = launch(home, javaHome);

        assertThat(first.code).as(first.output).isZero();
        assertThat(javaHome.resolve("version-asked.txt")).exists();
        assertThat(calls(javaHome)).hasSize(2).last().asList().contains("-XX:AOTMode=record");
        assertThat(unpacked.resolve("kelas-java_version__25.0.1__2025-10-21_LTS.aot")).hasContent("arsip");
    }

    /** Java 25: a failed job trains nothing; a cache that cannot be written leaves the job's code and is tried again. */
    @Test
    void shouldNeitherTrainAfterAFailedRunNorFailTheJobWhenJava25sCacheCannotBeWritten() throws Exception {
        Path home = installedHome();
        Path failing = fakeJava25(4);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");

        Run failed = launch(home, failing);

        assertThat(failed.code).as(failed.output).isEqualTo(4);
        assertThat(calls(failing)).as("no training after a failed run").hasSize(1);
        assertThat(failing.resolve("dumped.txt")).doesNotExist();
        assertThat(failed.output).doesNotContain("arsip kelas");

        Files.delete(failing.resolve("calls.txt"));
        Files.writeString(failing.resolve("bin/java"), Files.readString(failing.resolve("bin/java"))
                .replace("exit 4\n", "exit 0\n").replace("  exit 0\nfi", "  exit 1\nfi"));
        Run unwritten = launch(home, failing);

        assertThat(unwritten.code).as(unwritten.output).isZero();
        assertThat(failing.resolve("dumped.txt")).as("the cache was tried").exists();
        assertThat(unwritten.output).contains(LauncherParityTest.FIRST_RUN_MESSAGES.get(2));
        assertThat(namesIn(unpacked)).as("no record, no training folder, no half-written cache")
                .containsExactly("rekap-kinerja.jar");
    }

    /**
     * After a first run: the archive (or cache) was written from what was recorded, kept for this jar's path, the
     * record, any training folder and the half-written file are gone, and the user was told before and after.
     */
    private static void assertWrittenFromTheRecord(Path javaHome, Path unpacked, Path archive, String jar, Run first)
            throws IOException {
        assertThat(Files.readString(javaHome.resolve("listed.txt"))).as("written from the record")
                .isEqualTo("java/lang/Object id: 0\n");
        assertThat(archive).hasContent("arsip");
        assertThat(Path.of(archive + ".jalur")).hasContent(jar);
        assertThat(namesIn(unpacked)).as("the record, the training folder and the half-written file are gone")
                .containsExactlyInAnyOrder("rekap-kinerja.jar", archive.getFileName().toString(),
                        archive.getFileName() + ".jalur");
        assertThat(first.output).contains(LauncherParityTest.FIRST_RUN_MESSAGES.get(0),
                LauncherParityTest.FIRST_RUN_MESSAGES.get(1));
    }

    private static List<List<String>> calls(Path javaHome) throws IOException {
        List<List<String>> calls = new ArrayList<>();
        for (String line : Files.readAllLines(javaHome.resolve("calls.txt"))) {
            if (line.equals("---")) {
                calls.add(new ArrayList<>());
            } else {
                calls.get(calls.size() - 1).add(line);
            }
        }
        return calls;
    }

    /**
     * Transparent huge pages for the heap go with the shared options: after them on the first run and on later runs,
     * whenever the kernel offers them unless REKAP_HALAMAN_BESAR=0, always with REKAP_HALAMAN_BESAR=1, never with the
     * user's own REKAP_JAVA_OPTS.
     */
    @Test
    void shouldAddHugePagesAfterTheSharedOptionsWhenTheKernelOffersThem() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava(0, 0);
        String options = "@" + home.resolve("scripts/opsi-java.txt").toRealPath();
        String hugePages = "-XX:+UseTransparentHugePages";

        Run first = launch(home, javaHome, Map.of("REKAP_HALAMAN_BESAR", "1"));
        assertThat(first.code).as(first.output).isZero();
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt")).subList(1, 4)).as("first run")
                .startsWith(options, hugePages)
                .anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList="));
        assertThat(Files.readAllLines(javaHome.resolve("dumped.txt"))).as("the archive's Java")
                .doesNotContain(hugePages);

        launch(home, javaHome, Map.of("REKAP_HALAMAN_BESAR", "1"));
        List<String> later = Files.readAllLines(javaHome.resolve("seen.txt"));
        assertThat(later.subList(1, 3)).as("later run").containsExactly(options, hugePages);
        assertThat(later.get(3)).startsWith("-XX:SharedArchiveFile=");

        launch(home, javaHome, Map.of());
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt")).contains(hugePages))
                .as("automatic: the kernel of this machine offers huge pages").isEqualTo(
                        LauncherParityTest.kernelOffersHugePages());

        launch(home, javaHome, Map.of("REKAP_HALAMAN_BESAR", "0"));
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).as("turned off").contains(options)
                .doesNotContain(hugePages);

        launch(home, javaHome, Map.of("REKAP_HALAMAN_BESAR", "1", "REKAP_JAVA_OPTS", "-Xmx300m"));
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).as("the user's own options as they are")
                .contains("-Xmx300m").doesNotContain(hugePages, options);
    }

    @Test
    void shouldWriteNoArchiveAfterAFailedFirstRunAndHandBackItsExitCode() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava(4, 0);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");

        Run first = launch(home, javaHome);

        assertThat(first.code).as(first.output).isEqualTo(4);
        assertThat(javaHome.resolve("dumped.txt")).as("a failed run's classes are no archive").doesNotExist();
        assertThat(namesIn(unpacked)).containsExactly("rekap-kinerja.jar");
        assertThat(first.output).doesNotContain("arsip kelas");

        Run next = launch(home, javaHome);
        assertThat(next.code).isEqualTo(4);
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).as("the next run records again")
                .anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList="));
    }

    @Test
    void shouldHandBackTheJobsExitCodeWhenTheArchiveCannotBeWrittenAndTryAgainNextTime() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava(0, 1);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");

        Run first = launch(home, javaHome);

        assertThat(first.code).as(first.output).isZero();
        assertThat(javaHome.resolve("dumped.txt")).exists();
        assertThat(namesIn(unpacked)).as("no list, no half-written archive").containsExactly("rekap-kinerja.jar");
        assertThat(first.output).contains(LauncherParityTest.FIRST_RUN_MESSAGES.get(2));

        Files.delete(javaHome.resolve("dumped.txt"));
        launch(home, javaHome);
        assertThat(javaHome.resolve("dumped.txt")).as("tried again").exists();
    }

    @Test
    void shouldWriteTheArchiveAgainWhenTheFolderWasMovedSinceJavaRejectsAnArchiveOfAnotherPath() throws Exception {
        Path home = installedHome();
        Path javaHome = fakeJava(0, 0);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");
        Path archive = unpacked.resolve("kelas-openjdk_version__17.0.99__2030-01-01.jsa");
        launch(home, javaHome);
        Files.writeString(Path.of(archive + ".jalur"), "D:\\Lama\\rekap-kinerja\\rekap-kinerja.jar\n");
        Files.delete(javaHome.resolve("dumped.txt"));

        Run moved = launch(home, javaHome);

        assertThat(moved.code).isZero();
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).noneMatch(a -> a.startsWith(
                "-XX:SharedArchiveFile="));
        assertThat(javaHome.resolve("dumped.txt")).exists();
        assertThat(Path.of(archive + ".jalur")).hasContent(unpacked.resolve("rekap-kinerja.jar").toString());
    }

    /**
     * The promise behind "a broken archive never fails a run", asked of the Java running this test: started with the
     * launchers' archive options on a file that is no archive, or an empty one, it runs, exits 0 and says nothing.
     */
    @Test
    void shouldRunQuietlyWithTheLaunchersArchiveOptionsWhenTheArchiveIsBroken() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (String content : List.of("arsip", "")) {
            Path broken = Files.writeString(root.resolve("kelas-rusak.jsa"), content);
            Process p = new ProcessBuilder(java.toString(), "-XX:SharedArchiveFile=" + broken, "-Xlog:cds=off",
                    "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out.lines()).as(out).allMatch(line -> line.matches("(openjdk|java) version .*|.*Runtime "
                    + "Environment.*|.*(Server|Client) VM.*"));
        }
    }

    /**
     * Without JAVA_HOME, an older java on PATH gives way to the newest Java 25 or later installed in the usual folders
     * (REKAP_JAVA_CARI here): it starts from an AOT cache. Folders without bin/java and older Javas are passed over,
     * and the cache is named after the Java that runs.
     */
    @Test
    void shouldRunTheNewestInstalledJava25InsteadOfAnOlderJavaOnPathWhenJavaHomeIsUnset() throws Exception {
        Path home = installedHome();
        Path onPath = versionedJava(root.resolve("path-jdk"), "17.0.15", "17.0.15+6-Debian-1deb12u1", null);
        Path jvm = Files.createDirectories(root.resolve("jvm"));
        versionedJava(jvm.resolve("jdk-21"), "21.0.5", "21.0.5+9-LTS", null);
        Path java25 = versionedJava(jvm.resolve("temurin-25-jdk"), "25.0.3", "25.0.3+9-LTS", null);
        Files.createDirectories(jvm.resolve("jdk-26-tanpa-java"));
        Files.writeString(jvm.resolve("jdk-26-tanpa-java/release"), "JAVA_VERSION=\"26\"\n");

        Run run = launchWithoutJavaHome(home, onPath, Map.of("REKAP_JAVA_CARI", root.resolve("kosong") + ":" + jvm));

        assertThat(run.code).as(run.output).isZero();
        assertThat(ran()).as(run.output).isNotEmpty().allMatch(line -> line.startsWith(java25 + " "));
        assertThat(ran()).as("trained and wrote the AOT cache with the Java that ran")
                .anyMatch(line -> line.contains("-XX:AOTMode=record")).anyMatch(line -> line.contains("-XX:AOTMode=create"));
        assertThat(home.toRealPath().resolve("rekap-kinerja/kelas-25.0.3_9-LTS.aot")).exists();
        assertThat(root.resolve("version-asked.txt")).as("no Java was started to learn its version").doesNotExist();
    }

    /** JAVA_HOME is the administrator's word; a java on PATH of 25 or later is new enough; REKAP_JAVA_CARI=0 searches none. */
    @Test
    void shouldKeepJavaHomeAJava25OnPathOrPathsJavaWhenTheSearchIsOff() throws Exception {
        Path home = installedHome();
        Path jvm = Files.createDirectories(root.resolve("jvm"));
        Path java26 = versionedJava(jvm.resolve("jdk-26"), "26", "26+35", null);
        Path java17 = versionedJava(root.resolve("jdk-17"), "17.0.15", "17.0.15+6", null);
        Path java25 = versionedJava(root.resolve("jdk-25"), "25.0.1", "25.0.1+8", null);
        Map<String, String> search = Map.of("REKAP_JAVA_CARI", jvm.toString(), "REKAP_CEPAT", "0");

        Run chosen = launch(home, java17, Map.of("REKAP_HALAMAN_BESAR", "0", "REKAP_JAVA_CARI", jvm.toString(),
                "REKAP_CEPAT", "0"));
        assertThat(chosen.code).as(chosen.output).isZero();
        assertThat(ran()).as("JAVA_HOME").singleElement().asString().startsWith(java17 + " ");

        Files.delete(root.resolve("ran.txt"));
        Run newEnough = launchWithoutJavaHome(home, java25, search);
        assertThat(newEnough.code).as(newEnough.output).isZero();
        assertThat(ran()).as("Java 25 on PATH").singleElement().asString().startsWith(java25 + " ");

        Files.delete(root.resolve("ran.txt"));
        Run searchOff = launchWithoutJavaHome(home, java17, Map.of("REKAP_JAVA_CARI", "0", "REKAP_CEPAT", "0"));
        assertThat(searchOff.code).as(searchOff.output).isZero();
        assertThat(ran()).as("REKAP_JAVA_CARI=0").singleElement().asString().startsWith(java17 + " ");
        assertThat(ran()).noneMatch(line -> line.startsWith(java26.toString()));
    }

    /**
     * A java on PATH without a release file (a bare JRE, a vendor's stub) is asked its version, but only when an
     * installed Java 25 could replace it: "1.8.0" is Java 8 and gives way, "25.0.1" stays.
     */
    @Test
    void shouldAskAJavaOnPathWithoutReleaseFileForItsVersionOnlyToCompareItWithAnInstalledJava25() throws Exception {
        Path home = installedHome();
        Path jvm = Files.createDirectories(root.resolve("jvm"));
        Path java25 = versionedJava(jvm.resolve("jdk-25"), "25.0.3", "25.0.3+9-LTS", null);
        Map<String, String> search = Map.of("REKAP_JAVA_CARI", jvm.toString(), "REKAP_CEPAT", "0");

        Path java8 = versionedJava(root.resolve("jre-8"), null, null, "java version \"1.8.0_401\"");
        Run old = launchWithoutJavaHome(home, java8, search);
        assertThat(old.code).as(old.output).isZero();
        assertThat(ran()).singleElement().asString().startsWith(java25 + " ");
        assertThat(root.resolve("version-asked.txt")).exists();

        Files.delete(root.resolve("ran.txt"));
        Path stub25 = versionedJava(root.resolve("stub-25"), null, null, "java version \"25.0.1\" 2025-10-21 LTS");
        Run current = launchWithoutJavaHome(home, stub25, search);
        assertThat(current.code).as(current.output).isZero();
        assertThat(ran()).singleElement().asString().startsWith(stub25 + " ");

        Files.delete(root.resolve("ran.txt"));
        Files.delete(root.resolve("version-asked.txt"));
        Run nothingNewer = launchWithoutJavaHome(home, java8, Map.of("REKAP_JAVA_CARI", root.resolve("kosong").toString(),
                "REKAP_CEPAT", "0"));
        assertThat(nothingNewer.code).as(nothingNewer.output).isZero();
        assertThat(ran()).singleElement().asString().startsWith(java8 + " ");
        assertThat(root.resolve("version-asked.txt")).as("nothing to compare with, nothing asked").doesNotExist();
    }

    /** A search folder given relative to where the launcher was started still names that folder after its cd. */
    @Test
    void shouldResolveARelativeSearchFolderAgainstTheFolderTheLauncherWasStartedFrom() throws Exception {
        Path home = installedHome();
        Path onPath = versionedJava(root.resolve("path-jdk"), "17.0.15", "17.0.15+6", null);
        Path java25 = versionedJava(root.resolve("jvm/jdk-25"), "25.0.3", "25.0.3+9-LTS", null);

        Run run = launchWithoutJavaHome(home, onPath, Map.of("REKAP_JAVA_CARI", "jvm", "REKAP_CEPAT", "0"), root);

        assertThat(run.code).as("found after the launcher's cd to its working folder: " + run.output).isZero();
        assertThat(ran()).singleElement().asString().startsWith(java25 + " ");
    }

    private List<String> ran() throws IOException {
        Path ran = root.resolve("ran.txt");
        return Files.exists(ran) ? Files.readAllLines(ran) : List.of();
    }

    /**
     * A Java home whose bin/java appends "home arguments…" to ran.txt and exits 0; asked for its version it notes it in
     * version-asked.txt and prints versionLine; asked to unpack a jar or write an archive or cache it does so as
     * {@link #fakeJava(int, int)}. A release file with JAVA_VERSION and JAVA_RUNTIME_VERSION when javaVersion is given.
     */
    private Path versionedJava(Path javaHome, String javaVersion, String runtimeVersion, String versionLine)
            throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then : > '" + root.resolve("version-asked.txt") + "'; echo '"
                + (versionLine == null ? "" : versionLine.replace("'", "")) + "' >&2; exit 0; fi\n"
                + "echo \"" + javaHome + " $*\" >> '" + root.resolve("ran.txt") + "'\n"
                + "if [ \"$1\" = -Djarmode=tools ]; then mkdir -p \"$6\" && : > \"$6/$(basename \"$3\")\"; exit 0; fi\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:AOTConfiguration=*|-XX:DumpLoadedClassList=*)"
                + " [ -s \"${a#*=}\" ] || echo 'java/lang/Object id: 0' > \"${a#*=}\" ;;"
                + " -XX:AOTCache=*|-XX:SharedArchiveFile=*) case \"$*\" in *AOTMode=create*|*Xshare:dump*)"
                + " printf arsip > \"${a#*=}\" ;; esac ;; esac; done\n"
                + "exit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (javaVersion != null) {
            Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_RUNTIME_VERSION=\""
                    + runtimeVersion + "\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        }
        return javaHome;
    }

    /** Each Java writes its own archive, named from its release file as {@link LauncherParityTest} expects. */
    @Test
    void shouldNameTheClassArchiveAfterTheReleaseFileOfTheJavaWithoutStartingItForItsVersion() throws Exception {
        Path home = installedHome();
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");
        for (Map.Entry<String, String> java : LauncherParityTest.ARCHIVE_NAMES.entrySet()) {
            Path javaHome = fakeJava(0);
            Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Debian\"\n"
                    + "JAVA_RUNTIME_VERSION=\"" + java.getKey() + "\"\nJAVA_VERSION=\"17.0.99\"\n");

            Run run = launch(home, javaHome);

            assertThat(run.code).as(run.output).isZero();
            String record = java.getValue().endsWith(".aot") ? "-XX:AOTConfiguration=" : "-XX:DumpLoadedClassList=";
            assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).as(java.getKey())
                    .anyMatch(a -> a.startsWith(record + unpacked.resolve(java.getValue().replaceAll("(jsa|aot)$", ""))));
            assertThat(unpacked.resolve(java.getValue())).exists();
            assertThat(javaHome.resolve("version-asked.txt")).as("java -version was not run").doesNotExist();
        }
    }

    @Test
    void shouldSayWhatIsMissingAndExitTwoWithoutTheSharedJavaOptions() throws Exception {
        Path home = Files.createDirectories(root.resolve("Rekap Kinerja"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("rekap-kinerja.jar"), "");
        installScripts(home);
        Files.delete(home.resolve("scripts/opsi-java.txt"));
        ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString())
                .redirectErrorStream(true);
        launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS"));
        launcher.environment().put("JAVA_HOME", fakeJava(0).toString());
        Process p = launcher.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("GAGAL").contains("opsi-java.txt").contains("REKAP_JAVA_OPTS");
        assertThat(javaHome().resolve("seen.txt")).doesNotExist();
    }

    private static void installScripts(Path home) throws IOException {
        Path scripts = Files.createDirectories(home.resolve("scripts"));
        Files.copy(Path.of("scripts/rekap.sh"), scripts.resolve("rekap.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("scripts/opsi-java.txt"), scripts.resolve("opsi-java.txt"));
    }

    private Path javaHome() {
        return root.resolve("jdk");
    }

    @Test
    void shouldSayWhatIsMissingAndExitTwoWithoutAConfigFolder() throws Exception {
        Path scripts = Files.createDirectories(root.resolve("kosong/scripts"));
        Files.copy(Path.of("scripts/rekap.sh"), scripts.resolve("rekap.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        ProcessBuilder launcher = new ProcessBuilder(scripts.resolve("rekap.sh").toString()).redirectErrorStream(true);
        launcher.environment().remove("REKAP_HOME");
        Process p = launcher.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("GAGAL").contains("config/").contains("REKAP_HOME");
    }

    /**
     * The first run with a Java (no archive yet) keeps the launcher as the job's parent, to write the archive after
     * it. Stopping the launcher alone, as {@code kill PID}, {@code timeout} or a service manager that signals only the
     * process it started do, stops the job too, which then closes as on Ctrl+C: the launcher waits for it and hands
     * back 143 for TERM, 130 for INT, 129 for HUP, and removes the half-made class list. Before, sh put the signal off
     * until the job ended by itself, and a scheduled-mode job never does: it was left running without a parent.
     */
    @Test
    void shouldStopTheJobItWaitsForWhenTheLauncherAloneIsStopped() throws Exception {
        for (String signal : List.of("TERM", "INT", "HUP")) {
            Path home = installedHome();
            Path javaHome = runningJava();
            ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString(),
                    "--rekap.jadwal.aktif=true").redirectErrorStream(true)
                    .redirectOutput(root.resolve("keluaran-" + signal + ".txt").toFile());
            launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS",
                    "REKAP_CEPAT"));
            launcher.environment().put("JAVA_HOME", javaHome.toString());
            launcher.environment().put("REKAP_HALAMAN_BESAR", "0");
            Process p = launcher.start();
            Path pid = javaHome.resolve("pid.txt");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(Files.exists(pid) && Files.size(pid) > 0) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            ProcessHandle job = ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).orElseThrow();
            try {
                assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor())
                        .isZero();

                assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(signal + ": the launcher ends").isTrue();
                assertThat(p.exitValue()).as(signal).isEqualTo(Map.of("TERM", 143, "INT", 130, "HUP", 129)
                        .get(signal));
                assertThat(job.onExit().get(10, TimeUnit.SECONDS).isAlive()).as(signal + ": the job ends").isFalse();
                assertThat(javaHome.resolve("stopped.txt")).as(signal).hasContent("TERM");
                assertThat(namesIn(home.toRealPath().resolve("rekap-kinerja"))).as(signal)
                        .noneMatch(n -> n.endsWith(".lst")).noneMatch(n -> n.endsWith(".jsa"));
            } finally {
                job.destroyForcibly();
                p.destroyForcibly();
                FileSystemUtils.deleteRecursively(home);
                FileSystemUtils.deleteRecursively(javaHome);
            }
        }
    }

    /**
     * A Java home whose bin/java answers for its version and unpacks a jar as {@link #fakeJava(int, int)} does; asked
     * to run the job it notes the class list, writes its process number to pid.txt and runs until a TERM, which it
     * notes in stopped.txt before it exits 143 as Java does.
     */
    private Path runningJava() throws IOException {
        Path javaHome = javaHome();
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.99\" 2030-01-01' >&2; exit 0; fi\n"
                + "if [ \"$1\" = -Djarmode=tools ]; then mkdir -p \"$6\" && : > \"$6/$(basename \"$3\")\"; exit 0; fi\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:DumpLoadedClassList=*)"
                + " echo 'java/lang/Object id: 0' > \"${a#*=}\" ;; esac; done\n"
                + "trap 'echo TERM > \"" + javaHome.resolve("stopped.txt") + "\"; exit 143' TERM\n"
                + "echo $$ > '" + javaHome.resolve("pid.txt") + "'\n"
                + "while :; do sleep 0.1; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return javaHome;
    }

    private record Run(int code, String output) {
    }

    private Path installedHome() throws IOException {
        Path home = Files.createDirectories(root.resolve("Rekap Kinerja"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("rekap-kinerja.jar"), "");
        installScripts(home);
        return home;
    }

    /**
     * The launcher from any folder with this JAVA_HOME, REKAP_* unset but huge pages off (the fake java's arguments
     * then do not depend on the machine's kernel), argument triwulan=1.
     */
    private static Run launch(Path home, Path javaHome) throws Exception {
        return launch(home, javaHome, Map.of("REKAP_HALAMAN_BESAR", "0"));
    }

    private static Run launch(Path home, Path javaHome, Map<String, String> environment) throws Exception {
        ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString(), "triwulan=1")
                .redirectErrorStream(true);
        launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS", "REKAP_CEPAT",
                "REKAP_HALAMAN_BESAR"));
        launcher.environment().put("JAVA_HOME", javaHome.toString());
        launcher.environment().putAll(environment);
        return finish(launcher);
    }

    /** The launcher with no JAVA_HOME and this Java's bin/ first on PATH (then the system's tools), triwulan=1. */
    private static Run launchWithoutJavaHome(Path home, Path pathJava, Map<String, String> environment)
            throws Exception {
        return launchWithoutJavaHome(home, pathJava, environment, null);
    }

    private static Run launchWithoutJavaHome(Path home, Path pathJava, Map<String, String> environment, Path from)
            throws Exception {
        ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString(), "triwulan=1")
                .redirectErrorStream(true);
        if (from != null) {
            launcher.directory(from.toFile());
        }
        launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS", "REKAP_CEPAT",
                "REKAP_JAVA_CARI", "JAVA_HOME"));
        launcher.environment().put("REKAP_HALAMAN_BESAR", "0");
        launcher.environment().put("PATH", pathJava.resolve("bin") + ":/usr/bin:/bin");
        launcher.environment().putAll(environment);
        return finish(launcher);
    }

    /** Starts the launcher, reads all it prints and waits for it (30 s at most). */
    private static Run finish(ProcessBuilder launcher) throws Exception {
        Process p = launcher.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** {@link #fakeJava(int, int)} with a release file of Temurin 25 beside its bin/. */
    private Path fakeJava25(int exitCode) throws IOException {
        Path javaHome = fakeJava(exitCode, 0);
        Files.writeString(javaHome.resolve("release"), "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
        return javaHome;
    }

    private Path fakeJava(int exitCode) throws IOException {
        return fakeJava(exitCode, 0);
    }

    /**
     * A JAVA_HOME whose bin/java writes its working folder and arguments, one per line, then exits; asked for its
     * version it answers as a JDK does, asked to unpack a jar it makes the unpacked jar and notes that it did; asked
     * to note its classes (-XX:DumpLoadedClassList, -XX:AOTConfiguration) it writes one line there; asked to dump an
     * archive (-Xshare:dump, -XX:AOTMode=create) it notes its arguments and the list it read, writes the archive file
     * and exits with dumpCode. Every other start also goes, after a line "---", into calls.txt.
     */
    private Path fakeJava(int exitCode, int dumpCode) throws IOException {
        Path javaHome = javaHome();
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then : > '" + javaHome.resolve("version-asked.txt")
                + "'; echo 'openjdk version \"17.0.99\" 2030-01-01' >&2; exit 0; fi\n"
                + "if [ \"$1\" = -Djarmode=tools ]; then mkdir -p \"$6\" && : > \"$6/$(basename \"$3\")\" && echo \"$6\" >> '"
                + javaHome.resolve("extracted.txt") + "'; exit 0; fi\n"
                + "if [ \"$2\" = -Xshare:dump ] || [ \"$2\" = -XX:AOTMode=create ]; then\n"
                + "  for a in \"$@\"; do echo \"$a\"; done > '" + javaHome.resolve("dumped.txt") + "'\n"
                + "  for a in \"$@\"; do case \"$a\" in\n"
                + "    -XX:SharedClassListFile=*|-XX:AOTConfiguration=*) cp \"${a#*=}\" '" + javaHome.resolve("listed.txt")
                + "' ;;\n"
                + "    -XX:SharedArchiveFile=*|-XX:AOTCache=*) printf arsip > \"${a#*=}\" ;;\n"
                + "  esac; done\n"
                + "  exit " + dumpCode + "\n"
                + "fi\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:DumpLoadedClassList=*|-XX:AOTConfiguration=*)"
                + " echo 'java/lang/Object id: 0' > \"${a#*=}\" ;;"
                + " esac; done\n"
                + "{ pwd -P; for a in \"$@\"; do echo \"$a\"; done; } > '" + javaHome.resolve("seen.txt") + "'\n"
                + "{ echo ---; cat '" + javaHome.resolve("seen.txt") + "'; } >> '" + javaHome.resolve("calls.txt") + "'\n"
                + "exit " + exitCode + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return javaHome;
    }
}
