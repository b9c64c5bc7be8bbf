package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.LeftoverOutputs;
import id.go.banggaikab.rekap.output.OutputFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clearing a killed run's temporary files removes only ours: a user's own .tmp or workbook stays. */
class LeftoverOutputsTest {

    @TempDir
    Path output;

    @Test
    void shouldRemoveOnlyOurTemporaryFilesAndKeepEverythingElse() throws IOException {
        Path ours = Files.writeString(output.resolve(OutputFiles.TEMP_PREFIX + "123.tmp"), "setengah");
        Path userTmp = Files.writeString(output.resolve("catatan.tmp"), "milik pengguna");
        Path recap = Files.writeString(output.resolve("Rekap Kinerja 2026 TW III.xlsx"), "rekap");
        Path sub = Files.createDirectories(output.resolve("contoh")).resolve(OutputFiles.TEMP_PREFIX + "9.tmp");
        Files.writeString(sub, "folder lain");

        Path receipt = Files.createDirectories(output.resolve("2026 TW III/tanda-terima"))
                .resolve(OutputFiles.TEMP_PREFIX + "7.tmp");
        Files.writeString(receipt, "tanda terima setengah");

        assertThat(LeftoverOutputs.removeFrom(output)).containsExactlyInAnyOrder(ours.getFileName().toString(),
                "2026 TW III/tanda-terima/" + receipt.getFileName());
        assertThat(receipt).doesNotExist();

        assertThat(ours).doesNotExist();
        assertThat(userTmp).exists();
        assertThat(recap).exists();
        assertThat(sub).exists();
    }

    @Test
    void shouldDoNothingWhenTheOutputFolderDoesNotExistYet() throws IOException {
        assertThat(LeftoverOutputs.removeFrom(output.resolve("belum-ada"))).isEmpty();
    }
}
