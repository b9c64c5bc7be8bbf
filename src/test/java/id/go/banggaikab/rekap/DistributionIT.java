package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office zip as an office gets it ({@code mvn verify}, after the package phase): {@code
 * target/rekap-kinerja-<versi>.zip} holds the jar, both launchers, config/ with the catalogue and example workbooks,
 * docs/ and empty input/ and output/; unzipped into an empty folder far from the project and started through its
 * launcher from yet another folder, with Java and nothing else, it writes the sample recap, the receipts and a backup
 * (the first run also the class-data archive, in a second Java after the recap),
 * and every launcher command of the README and the guides that can run on sample data runs from it.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {

    private static final Path ZIP = Path.of(System.getProperty("rekap.zip", "target/rekap-kinerja.zip"));
    /** Jobs that run on sample data in a fresh folder; the others need a document, a server or a locked quarter. */
    private static final Set<String> RUNNABLE = Set.of("rekap", "formulir", "cadangkan", "katalog-ke-excel");

    @TempDir
    Path root;

    @Test
    void shouldHoldTheJarBothLaunchersConfigDocsAndEmptyInputAndOutputFolders() throws IOException {
        assertThat(ZIP).as("mvn package writes the office zip").isRegularFile();
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            List<String> names = Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).toList();
            String base = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
            assertThat(base).matches("rekap-kinerja-[0-9][^/]*/");
            assertThat(names).allMatch(n -> n.startsWith(base), "one folder holds everything");
            assertThat(names.stream().map(n -> n.substring(base.length())).toList()).contains("rekap-kinerja.jar",
                    "README.md", "scripts/rekap.sh", "scripts/rekap.cmd", "scripts/opsi-java.txt", "scripts/pemda/siapkan-pemda.sql",
                    "scripts/pemda/tambah-perangkat-daerah.sql", "config/katalog.yml", "config/singkatan.yml",
                    "config/application.yml", "config/target-2026.xlsx", "config/renstra.xlsx",
                    "config/anggaran-2026.xlsx", "docs/staf-seksi.md", "docs/perencanaan.md",
                    "docs/administrator.md", "docs/pengembang.md", "input/", "output/");
            assertThat(names).noneMatch(n -> n.matches(".*/(input|output)/.+"), "input/ and output/ are empty")
                    .noneMatch(n -> n.contains("/data/") || n.contains("/src/") || n.endsWith(".db"));
            assertThat(zip.getEntry(base + "scripts/rekap.sh").getUnixMode() & 0111).as("rekap.sh executable")
                    .isNotZero();
            try (InputStream cmd = zip.getInputStream(zip.getEntry(base + "scripts/rekap.cmd"))) {
                String text = new String(cmd.readAllBytes(), StandardCharsets.US_ASCII);
                assertThat(text).as("cmd.exe reads labels reliably only with CRLF").contains("\r\n")
                        .doesNotContainPattern("[^\r]\n");
            }
            assertThat(zip.getEntry(base + "rekap-kinerja.jar").getSize()).as("the runnable jar, not the thin one")
                    .isGreaterThan(20_000_000);
            assertThat(entriesOfJar(zip, zip.getEntry(base + "rekap-kinerja.jar")))
                    .as("the context prepared at build time (process-aot), which the jar starts from")
                    .contains("BOOT-INF/classes/id/go/banggaikab/rekap/RekapApplication__ApplicationContextInitializer.class");
        }
    }

    /**
     * Scheduled mode is decided when the program starts, not when the jar was built (its context is prepared then): the
     * same jar, given {@code --rekap.jadwal.aktif=true}, announces its schedule, stays up and runs no recap.
     */
    @Test
    void shouldStayUpInScheduledModeFromTheUnzippedFolder() throws Exception {
        Path home = unzip(root.resolve("Kantor Dinas"));
        ProcessBuilder builder = launcher(home, root, List.of("--rekap.jadwal.aktif=true"));
        Process p = builder.start();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(lines::add));
        reader.start();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (lines.stream().noneMatch(l -> l.contains("Mode terjadwal aktif")) && p.isAlive()
                    && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertThat(lines).as(String.join("\n", lines)).anyMatch(l -> l.contains("Mode terjadwal aktif"));
            Thread.sleep(1000);
            assertThat(p.isAlive()).as("the process stays up").isTrue();
            assertThat(lines).noneMatch(l -> l.contains("Mulai rekap"));

            // Stopping the launcher alone (kill PID, or a service manager that signals only the process it started)
            // stops what it started: its first run with this Java waits for the job, and a Java left behind in
            // scheduled mode would run for ever.
            started.addAll(p.descendants().toList());
            assertThat(started).as("the Java the launcher started").isNotEmpty();
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends once stopped").isTrue();
            for (ProcessHandle child : started) {
                assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("what the launcher started ends: "
                        + child.info().commandLine().orElse("")).isFalse();
            }
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            reader.join(10_000);
        }
        try (Stream<Path> out = Files.list(home.resolve("output"))) {
            assertThat(out.filter(f -> !f.getFileName().toString().startsWith("."))).as("no recap written").isEmpty();
        }
    }

    private static List<String> entriesOfJar(ZipFile zip, ZipArchiveEntry jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(zip.getInputStream(jar))) {
            for (java.util.jar.JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void shouldRunTheSampleRecapAndEveryRunnableDocumentedCommandFromTheUnzippedFolderAlone() throws Exception {
        Path home = unzip(root.resolve("Kantor Dinas"));
        Path elsewhere = Files.createDirectories(root.resolve("di tempat lain"));

        Run sample = run(home, elsewhere, readmeSampleArguments(home));
        assertThat(sample.code).as(sample.output).isZero();
        assertThat(sample.output).contains("DATA CONTOH").contains("Rekap (draf)")
                .contains(LauncherParityTest.FIRST_RUN_MESSAGES.get(0), LauncherParityTest.FIRST_RUN_MESSAGES.get(1));
        try (Stream<Path> unpacked = Files.list(home.resolve("rekap-kinerja"))) {
            assertThat(unpacked.map(p -> p.getFileName().toString()))
                    .as("the first run left the unpacked jar, the class-data archive of this Java and its path, no list")
                    .contains("rekap-kinerja.jar", "lib").anyMatch(n -> n.matches("kelas-.+\\.jsa"))
                    .anyMatch(n -> n.matches("kelas-.+\\.jsa\\.jalur")).noneMatch(n -> n.endsWith(".lst"));
        }
        Path out = home.resolve("output/contoh");
        Path recap = only(out, "Rekap Kinerja ");
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("Rekap Indikator").getLastRowNum()).isGreaterThan(20);
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(p -> p.toString().contains("tanda-terima") && p.toString().endsWith(".xlsx")))
                    .isNotEmpty();
        }

        List<String> ran = new ArrayList<>();
        for (List<String> args : runnableDocumentedCommands(home)) {
            Run r = run(home, elsewhere, args);
            assertThat(r.code).as(args + "\n" + r.output).isZero();
            assertThat(r.output).as("later runs use the archive").doesNotContainIgnoringCase("arsip kelas Java");
            ran.add(String.join(" ", args));
        }
        System.out.println("Perintah dokumen yang dijalankan dari zip: scripts/rekap.sh " + String.join(" | ", ran));
        assertThat(ran).anyMatch(a -> a.contains("job.name=formulir")).anyMatch(a -> a.contains("job.name=cadangkan"))
                .anyMatch(a -> a.contains("tahun=2026 triwulan=3"));
        try (Stream<Path> forms = Files.walk(out)) {
            assertThat(forms.filter(p -> p.toString().contains("/formulir/"))).isNotEmpty();
        }
        try (Stream<Path> backups = Files.list(home.resolve("data/cadangan"))) {
            assertThat(backups.filter(p -> p.toString().endsWith(".db"))).isNotEmpty();
        }
    }

    /**
     * With Java 25 or later (one beside the Java running this test, as in /usr/lib/jvm, or named by
     * {@code -Drekap.uji.java25=<JAVA_HOME>}) the first run (here on real data, none yet) is followed by a training run
     * on sample data that records an AOT cache, which a third Java writes, the user seeing only our two lines and no
     * word of the JVM's, and the training leaving nothing in the working folder (no sample data, database or output);
     * the next run starts from the cache, and that Java, told to refuse to start without it ({@code -XX:AOTMode=on}),
     * starts with it for the unpacked jar and refuses it for another class path.
     */
    @Test
    void shouldRecordAnAotCacheWithJava25OnTheFirstRunAndStartFromItQuietly() throws Exception {
        Path java25 = javaOfAtLeast(25);
        Assumptions.assumeTrue(java25 != null, "no Java 25 or later on this machine");
        Path home = unzip(root.resolve("Kantor Dinas"));
        Path elsewhere = Files.createDirectories(root.resolve("di tempat lain"));

        Run first = run(home, elsewhere, List.of("--rekap.contoh.aktif=false", "tahun=2026", "triwulan=3"), java25);

        assertThat(first.code).as(first.output).isZero();
        assertThat(first.output).contains("Rekap (draf)").doesNotContain("DATA CONTOH")
                .contains(LauncherParityTest.FIRST_RUN_MESSAGES.get(0), LauncherParityTest.FIRST_RUN_MESSAGES.get(1));
        assertThat(first.output).as("nothing from the JVM in English").doesNotContain("AOT")
                .doesNotContain("[warning]", "[error]", "WARNING:", "recorded");
        Path unpacked = home.resolve("rekap-kinerja");
        List<String> names;
        try (Stream<Path> files = Files.list(unpacked)) {
            names = files.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(names).anyMatch(n -> n.matches("kelas-25.+\\.aot")).anyMatch(n -> n.matches("kelas-25.+\\.aot\\.jalur"))
                .noneMatch(n -> n.endsWith(".lst") || n.endsWith(".jsa") || n.matches(".*\\.aot\\.[0-9]+"));
        Path cache = unpacked.resolve(names.stream().filter(n -> n.endsWith(".aot")).findFirst().orElseThrow());
        assertThat(names).as("the training's folder is gone").noneMatch(n -> n.startsWith("latihan"));
        assertThat(home.resolve("data/contoh")).as("the training's sample data stayed in its folder").doesNotExist();
        assertThat(home.resolve("output/contoh")).doesNotExist();

        // The next run as a new user types it where the machine's java is older: no JAVA_HOME, that java first on
        // PATH and Java 25 installed beside it; the launcher picks Java 25 and its cache. (On Java 25 or later the
        // running Java is new enough and stays: JAVA_HOME names Java 25 as before.)
        Run next = Runtime.version().feature() < 25
                ? runWithoutJavaHome(home, elsewhere, readmeSampleArguments(home), java25.getParent())
                : run(home, elsewhere, readmeSampleArguments(home), java25);

        assertThat(next.code).as(next.output).isZero();
        assertThat(Files.readAllLines(home.resolve("logs/rekap-kinerja.log")))
                .as("the log names the Java that ran").filteredOn(line -> line.contains("rekap.rincian - Java "))
                .last().asString().endsWith("(" + java25.toRealPath() + ")");
        assertThat(next.output).contains("Rekap (draf)").doesNotContainIgnoringCase("arsip kelas Java")
                .doesNotContain("AOT").doesNotContain("[warning]", "[error]", "WARNING:");
        Path jar = unpacked.resolve("rekap-kinerja.jar");
        assertThat(startsWithCacheOnly(java25, home, cache, jar.toString()).code).as("the cache fits the unpacked jar")
                .isZero();
        Run elsewhereJar = startsWithCacheOnly(java25, home, cache, elsewhere.toString());
        assertThat(elsewhereJar.code).as("and the check can fail").isNotZero();
        assertThat(elsewhereJar.output).contains("Unable to use AOT cache");
    }

    /** That Java with the shared options, asked for its version with the cache required, on this class path. */
    private static Run startsWithCacheOnly(Path javaHome, Path home, Path cache, String classPath) throws Exception {
        Process p = new ProcessBuilder(javaHome.resolve("bin/java").toString(),
                "@" + home.resolve("scripts/opsi-java.txt"), "-XX:AOTMode=on", "-XX:AOTCache=" + cache,
                "-Xlog:aot*=off,cds*=off", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                "-XX:-AOTReplayTraining", "-cp", classPath, "-version").redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** A Java home of at least this major version: -Drekap.uji.java25, or a sibling of the running Java's home. */
    private static Path javaOfAtLeast(int major) throws IOException {
        String named = System.getProperty("rekap.uji.java25", "");
        if (!named.isBlank()) {
            return Path.of(named);
        }
        Path running = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(running.getParent())) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && Files.isReadable(h.resolve("release")))
                    .filter(h -> majorVersion(h) >= major).sorted().findFirst().orElse(null);
        }
    }

    private static int majorVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String digits = line.substring("JAVA_VERSION=\"".length()).replaceAll("[^0-9].*", "");
                    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** The arguments of the first launcher command of the README the zip holds (on sample data). */
    private static List<String> readmeSampleArguments(Path home) {
        return DocCommands.commands(home).stream()
                .filter(c -> c.file().getFileName().toString().equals("README.md"))
                .filter(c -> c.text().startsWith("scripts/rekap.sh")).map(DocCommands.Command::appArguments)
                .findFirst().orElseThrow();
    }

    /**
     * The launcher commands of the README and guides in the zip that run on sample data in a fresh folder: their job
     * can, and they name no server, no document, no folder outside and no placeholder. The catalogue's move to Excel
     * last, since it changes which catalogue file the others read.
     */
    private static List<List<String>> runnableDocumentedCommands(Path home) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (DocCommands.Command c : DocCommands.commands(home)) {
            List<String> args = c.appArguments();
            if (args == null || !c.words().get(0).endsWith("rekap.sh")) {
                continue;
            }
            String job = args.stream().filter(a -> a.startsWith("--spring.batch.job.name="))
                    .map(a -> a.substring(a.indexOf('=') + 1)).findFirst().orElse("rekap");
            boolean plain = args.stream().noneMatch(a -> a.contains("…") || a.contains("<")
                    || a.contains("datasource")
                    || a.startsWith("--rekap.jadwal.aktif") || a.contains("=/") || a.matches(".*=[A-Za-z]:\\\\.*"));
            if (RUNNABLE.contains(job) && plain) {
                out.add(args);
            }
        }
        List<List<String>> ordered = new ArrayList<>(out);
        ordered.sort((a, b) -> Boolean.compare(a.contains("--spring.batch.job.name=katalog-ke-excel"),
                b.contains("--spring.batch.job.name=katalog-ke-excel")));
        return ordered;
    }

    private record Run(int code, String output) {
    }

    /** The launcher as cron runs it: by its full path from another folder, Java from JAVA_HOME, a bare PATH. */
    private static Run run(Path home, Path from, List<String> args) throws Exception {
        return run(home, from, args, Path.of(System.getProperty("java.home")));
    }

    private static Run run(Path home, Path from, List<String> args, Path javaHome) throws Exception {
        ProcessBuilder builder = launcher(home, from, args);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        return run(builder);
    }

    /**
     * The launcher without JAVA_HOME: the running Java's bin/ first on PATH, installed Javas looked for in
     * searchFolder (REKAP_JAVA_CARI) instead of the machine's usual folders.
     */
    private static Run runWithoutJavaHome(Path home, Path from, List<String> args, Path searchFolder) throws Exception {
        ProcessBuilder builder = launcher(home, from, args);
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        builder.environment().put("REKAP_JAVA_CARI", searchFolder.toString());
        return run(builder);
    }

    private static Run run(ProcessBuilder builder) throws Exception {
        Process p = builder.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder launcher(Path home, Path from, List<String> args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("scripts/rekap.sh").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(from.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("REKAP_") || k.startsWith("MAVEN")
                || k.equals("CLASSPATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("PATH", "/usr/bin:/bin");
        return builder;
    }

    /** Unzips as unzip(1) does, file modes included; returns the one folder the zip holds. */
    private static Path unzip(Path into) throws IOException {
        Files.createDirectories(into);
        Path base = null;
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as("zip entry inside its folder: " + entry.getName()).isTrue();
                if (base == null) {
                    base = into.resolve(entry.getName().substring(0, entry.getName().indexOf('/')));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> modes = Files.getPosixFilePermissions(target);
                    modes.add(PosixFilePermission.OWNER_EXECUTE);
                    Files.setPosixFilePermissions(target, modes);
                }
            }
        }
        return base;
    }

    private static Path only(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.toString().endsWith(".xlsx")).toList();
            assertThat(found).as(prefix + " in " + folder).isNotEmpty();
            return found.get(0);
        }
    }
}
