package id.go.banggaikab.rekap.jadwal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder poll sees forms in subfolders and their growth, and skips what the job skips (Excel lock files). */
class InputFolderStateTest {

    @TempDir
    Path input;

    @Test
    void shouldSeeFormsInSubfoldersAndTheirSizeButNotExcelLockFiles() throws IOException {
        Path form = Files.createDirectories(input.resolve("2026/TW3")).resolve("FUM.xlsx");
        Files.write(form, new byte[10]);
        Files.write(form.resolveSibling("~$FUM.xlsx"), new byte[3]);
        Map<String, String> before = InputFolderState.of(input);
        assertThat(before).hasSize(1).containsKey(Path.of("2026", "TW3", "FUM.xlsx").toString());

        Files.write(form, new byte[20]);
        assertThat(InputFolderState.of(input)).isNotEqualTo(before);
    }

    @Test
    void shouldSeeNothingInAMissingFolder() {
        assertThat(InputFolderState.of(input.resolve("belum-ada"))).isEmpty();
    }
}
