package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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
    void shouldUnpackTheJarOnceWriteTheClassArchiveOnTheFirstRunAndUseItOnTheNext() throws Exception {
        Path home = Files.createDirectories(root.resolve("Rekap Kinerja"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("rekap-kinerja.jar"), "");
        installScripts(home);
        Path javaHome = fakeJava(4);
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");
        Path archive = unpacked.resolve("kelas-openjdk_version__17.0.99__2030-01-01.jsa");

        ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString(), "triwulan=1")
                .redirectErrorStream(true);
        launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS", "REKAP_CEPAT"));
        launcher.environment().put("JAVA_HOME", javaHome.toString());
        Process first = launcher.start();
        String out = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(first.exitValue()).as(out).isEqualTo(4);
        assertThat(unpacked.resolve("rekap-kinerja.jar")).exists();
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).containsExactly(home.toRealPath().toString(),
                "@" + home.resolve("scripts/opsi-java.txt").toRealPath(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-jar", unpacked.resolve("rekap-kinerja.jar").toString(), "triwulan=1");

        Files.writeString(archive, "arsip");
        Process next = launcher.start();
        next.getInputStream().readAllBytes();
        assertThat(next.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(next.exitValue()).isEqualTo(4);
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).contains("-XX:SharedArchiveFile=" + archive,
                "-XX:ArchiveRelocationMode=0").doesNotContain("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(Files.readAllLines(javaHome.resolve("extracted.txt"))).hasSize(1);
    }

    @Test
    void shouldNameTheClassArchiveAfterTheReleaseFileOfTheJavaWithoutStartingItForItsVersion() throws Exception {
        Path home = Files.createDirectories(root.resolve("Rekap Kinerja"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("rekap-kinerja.jar"), "");
        installScripts(home);
        Path javaHome = fakeJava(0);
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Debian\"\n"
                + "JAVA_RUNTIME_VERSION=\"17.0.99+6-Debian-1deb12u1\"\nJAVA_VERSION=\"17.0.99\"\n");
        Path unpacked = home.toRealPath().resolve("rekap-kinerja");

        ProcessBuilder launcher = new ProcessBuilder(home.resolve("scripts/rekap.sh").toString(), "triwulan=1")
                .redirectErrorStream(true);
        launcher.environment().keySet().removeAll(List.of("REKAP_HOME", "REKAP_JAR", "REKAP_JAVA_OPTS", "REKAP_CEPAT"));
        launcher.environment().put("JAVA_HOME", javaHome.toString());
        Process p = launcher.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Files.readAllLines(javaHome.resolve("seen.txt"))).contains("-XX:ArchiveClassesAtExit="
                + unpacked.resolve("kelas-17.0.99_6-Debian-1deb12u1.jsa"));
        assertThat(javaHome.resolve("version-asked.txt")).as("java -version was not run").doesNotExist();
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
     * A JAVA_HOME whose bin/java writes its working folder and arguments, one per line, then exits; asked for its
     * version it answers as a JDK does, asked to unpack a jar it makes the unpacked jar and notes that it did.
     */
    private Path fakeJava(int exitCode) throws IOException {
        Path javaHome = javaHome();
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then : > '" + javaHome.resolve("version-asked.txt")
                + "'; echo 'openjdk version \"17.0.99\" 2030-01-01' >&2; exit 0; fi\n"
                + "if [ \"$1\" = -Djarmode=tools ]; then mkdir -p \"$6\" && : > \"$6/$(basename \"$3\")\" && echo \"$6\" >> '"
                + javaHome.resolve("extracted.txt") + "'; exit 0; fi\n"
                + "{ pwd -P; for a in \"$@\"; do echo \"$a\"; done; } > '"
                + javaHome.resolve("seen.txt") + "'\nexit " + exitCode + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return javaHome;
    }
}
