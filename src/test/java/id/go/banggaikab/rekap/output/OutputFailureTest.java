package id.go.banggaikab.rekap.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.shared.DiskCause;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output the machine will not take is said in plain words with the folder, the cause and what to do, and the run's
 * exit code 4 (README), even where POI swallowed the disk's own failure and reported that it "failed to be saved".
 * The full disk is injected here (the tests run as root, where permissions do not bite); the job test
 * {@code MachineFailuresJobTest} fills a real small disk where mounting one is allowed.
 */
class OutputFailureTest {

    @TempDir
    Path output;

    /** A disk that takes {@code room} bytes and then fails as a full one does on Linux. */
    private static OutputFiles.Opener fullAfter(long room) {
        return tmp -> new FilterOutputStream(Files.newOutputStream(tmp)) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > room) {
                    throw new FileSystemException(tmp.toString(), null, "No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        };
    }

    @Test
    void aWorkbookOnAFullDiskIsAnOutputFailureNamingTheFolderAndTheCause() throws Exception {
        Path target = output.resolve("tanda-terima/Seksi Kewirausahaan - 2026 TW I.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Tanda Terima").createRow(0).createCell(0).setCellValue("x".repeat(30_000));
            assertThatThrownBy(() -> OutputFiles.writeAtomically(target, wb::write, fullAfter(2_000)))
                    .isInstanceOfSatisfying(OutputFailure.class, e -> {
                        assertThat(e.getExitCode()).isEqualTo(4);
                        assertThat(e.diskCause()).isEqualTo(DiskCause.FULL);
                        assertThat(e.getMessage()).startsWith("Hasil tidak dapat ditulis ke folder "
                                + target.getParent() + " (Seksi Kewirausahaan - 2026 TW I.xlsx): ruang disk penuh."
                                + " Yang perlu dilakukan: kosongkan ruang di disk itu").doesNotContain("marshaller");
                        assertThat(e.getCause()).isInstanceOf(FileSystemException.class);
                    });
        }
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).as("no temporary file is left behind").isEmpty();
        }
    }

    @Test
    void aFailureOfTheWriterItselfStaysWhatItIs() {
        Path target = output.resolve("rekap.xlsx");
        assertThatThrownBy(() -> OutputFiles.writeAtomically(target, out -> {
            throw new IllegalStateException("kesalahan program");
        }, tmp -> Files.newOutputStream(tmp))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachCauseIsSaidWithWhatToDo() {
        Path folder = output;
        assertThat(OutputFailure.of(folder.resolve("a.xlsx"), new AccessDeniedException(folder.toString()))
                .getMessage()).contains(": tidak ada izin menulis di folder itu. Yang perlu dilakukan: beri pengguna"
                        + " yang menjalankan rekap izin menulis");
        assertThat(OutputFailure.of(folder.resolve("a.xlsx"), new FileSystemException(folder.toString(), null,
                "Read-only file system")).getMessage()).contains(": disk atau folder itu hanya dapat dibaca.");
        assertThat(OutputFailure.of(folder.resolve("a.xlsx"), new IOException("There is not enough space on the"
                + " disk")).diskCause()).as("Windows' words").isEqualTo(DiskCause.FULL);
    }
}
