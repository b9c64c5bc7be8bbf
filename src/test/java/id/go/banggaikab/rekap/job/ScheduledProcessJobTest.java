package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Scheduled mode as the service runs it: the process stays up after startup without running anything, and forms
 * dropped into the input folder start one recap once the folder is quiet, logged in one line.
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
}
