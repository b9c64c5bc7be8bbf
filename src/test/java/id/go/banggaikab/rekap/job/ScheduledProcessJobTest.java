package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Scheduled mode as the service runs it: the process stays up after startup without running anything, and forms
 * dropped into the input folder start one recap once the folder is quiet, logged in one line. Each recap reads the
 * catalogue as the file says at that moment: an edit counts at the next run, a broken file fails only that run.
 */
@Timeout(120)
class ScheduledProcessJobTest {

    @TempDir
    Path root;

    @Test
    void shouldStayUpAndRecapOnceNewFormsHaveSettled() throws Exception {
        Path forms = root.resolve("forms");
        BenchmarkForms.main(new String[] {"12", forms.toString(), "config/katalog.yml"});
        Path work = ProcessFolders.workingFolder(root.resolve("kerja"), Files.createDirectories(root.resolve("kosong")));
        JobProcess service = JobProcess.start(work, null, "--rekap.jadwal.aktif=true",
                "--rekap.jadwal.pantau-input=true", "--rekap.jadwal.jeda=PT1S", "--rekap.jadwal.periksa=PT0.2S");
        try {
            assertThat(service.awaitLine("Mode terjadwal aktif", 60)).contains("rekap berikutnya");
            Thread.sleep(1_000);
            assertThat(service.isAlive()).as(service.console()).isTrue();
            assertThat(service.console()).doesNotContain("Mulai rekap", "DATA CONTOH");

            FileSystemUtils.copyRecursively(forms, work.resolve("input"));
            String outcome = service.awaitLine("Rekap terjadwal (formulir baru di input)", 60);

            assertThat(outcome).contains("berhasil").contains("Jadwal berikutnya");
            assertThat(service.console()).contains("12 berkas ditemukan, 12 dibaca baru");
            assertThat(ProcessFolders.outputs(work)).anyMatch(p -> p.getFileName().toString().startsWith("Rekap"));
            assertThat(service.isAlive()).isTrue();
        } finally {
            service.kill();
            service.waitFor(30);
        }
    }

    @Test
    void shouldReadTheCatalogueAnewForEachScheduledRunAndSurviveABrokenOne() throws Exception {
        Path forms = root.resolve("forms");
        BenchmarkForms.main(new String[] {"14", forms.toString(), "config/katalog.yml"});
        List<Path> later = new ArrayList<>();
        try (Stream<Path> files = Files.walk(forms)) {
            files.filter(Files::isRegularFile).sorted().skip(11).forEach(later::add);
        }
        Path hold = Files.createDirectories(root.resolve("nanti"));
        for (Path p : later) {
            Files.move(p, hold.resolve(p.getFileName().toString().replace(' ', '_') + "-" + later.indexOf(p) + ".xlsx"));
        }
        Path work = ProcessFolders.workingFolder(root.resolve("kerja"), forms);
        Path katalog = work.resolve("config/katalog.yml");
        String original = Files.readString(katalog);
        JobProcess service = JobProcess.start(work, null, "--rekap.jadwal.aktif=true",
                "--rekap.jadwal.pantau-input=true", "--rekap.jadwal.jeda=PT1S", "--rekap.jadwal.periksa=PT0.2S");
        try {
            service.awaitLine("Mode terjadwal aktif", 60);
            List<Path> held = listed(hold);
            Files.copy(held.get(0), work.resolve("input").resolve(held.get(0).getFileName()));
            assertThat(service.awaitLine("Rekap terjadwal (formulir baru di input)", 1, 60)).contains("berhasil");
            assertThat(indicatorName(work, "KADIS-01")).isEqualTo("Persentase Koperasi Aktif");

            Files.writeString(katalog, original.replace("nama: Persentase Koperasi Aktif\n",
                    "nama: Persentase Koperasi yang Aktif\n"));
            Files.copy(held.get(1), work.resolve("input").resolve(held.get(1).getFileName()));
            assertThat(service.awaitLine("Rekap terjadwal (formulir baru di input)", 2, 60)).contains("berhasil");
            assertThat(indicatorName(work, "KADIS-01")).isEqualTo("Persentase Koperasi yang Aktif");

            Files.writeString(katalog, original + "\n  - kode: [rusak\n");
            Files.copy(held.get(2), work.resolve("input").resolve(held.get(2).getFileName()));
            assertThat(service.awaitLine("Rekap terjadwal (formulir baru di input)", 3, 60)).contains("gagal, kode 2");
            assertThat(service.console()).contains("katalog.yml baris");
            assertThat(service.isAlive()).isTrue();

            Files.writeString(katalog, original);
            Files.setLastModifiedTime(work.resolve("input").resolve(held.get(2).getFileName()),
                    java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            assertThat(service.awaitLine("Rekap terjadwal (formulir baru di input)", 4, 60)).contains("berhasil");
            assertThat(indicatorName(work, "KADIS-01")).isEqualTo("Persentase Koperasi Aktif");
        } finally {
            service.kill();
            service.waitFor(30);
        }
    }

    private static List<Path> listed(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** The indicator's name in the newest recap (each recap of the same quarter gets its own, stamped name). */
    private static String indicatorName(Path work, String code) throws java.io.IOException {
        Path newest = ProcessFolders.outputs(work).stream()
                .filter(p -> p.getFileName().toString().startsWith("Rekap") && p.getParent().equals(work.resolve("output")))
                .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        return ProcessFolders.indicatorTable(newest).stream().filter(r -> !r.isEmpty() && r.get(0).equals(code))
                .map(r -> r.get(3)).findFirst().orElseThrow();
    }
}
