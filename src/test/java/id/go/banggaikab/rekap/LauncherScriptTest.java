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
        Files.copy(Path.of("scripts/rekap.sh"), home.resolve("scripts/rekap.sh"), StandardCopyOption.COPY_ATTRIBUTES);
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
        assertThat(seen).containsExactly(home.toRealPath().toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar",
                home.toRealPath().resolve("rekap-kinerja.jar").toString(), "tahun=2026", "triwulan=II",
                "--rekap.input-dir=D:/Kinerja masuk");
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

    /** A JAVA_HOME whose bin/java writes its working folder and arguments, one per line, then exits. */
    private Path fakeJava(int exitCode) throws IOException {
        Path javaHome = root.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n{ pwd -P; for a in \"$@\"; do echo \"$a\"; done; } > '"
                + javaHome.resolve("seen.txt") + "'\nexit " + exitCode + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return javaHome;
    }
}
