package id.go.banggaikab.rekap.output;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.output.DocumentName.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one naming scheme of the outputs: the final under the plain name, every other version named for what it is. */
class DocumentNameTest {

    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 10, 5, 9, 30);
    private final DocumentName recap = new DocumentName("Rekap Kinerja 2026 TW III", "xlsx");

    @TempDir
    Path dir;

    @Test
    void theFinalHasThePlainNameAndEveryOtherVersionSaysWhatItIsAndWhen() {
        assertThat(recap.in(dir, Version.FINAL, WHEN)).isEqualTo(dir.resolve("Rekap Kinerja 2026 TW III.xlsx"));
        assertThat(recap.in(dir, Version.DRAF, WHEN).getFileName().toString())
                .isEqualTo("Rekap Kinerja 2026 TW III (draf 2026-10-05 0930).xlsx");
        assertThat(recap.in(dir, Version.TERKUNCI, WHEN).getFileName().toString())
                .isEqualTo("Rekap Kinerja 2026 TW III (terkunci 2026-10-05 0930).xlsx");
        assertThat(recap.in(dir, Version.DIBUKA, WHEN).getFileName().toString())
                .isEqualTo("Rekap Kinerja 2026 TW III (dibuka kembali 2026-10-05 0930).xlsx");
        assertThat(new DocumentName("LKjIP 2026", "docx").in(dir, Version.DRAF, "s.d. TW III", WHEN).getFileName()
                .toString()).as("a qualifier, for the LKjIP of a year still open")
                .isEqualTo("LKjIP 2026 (draf s.d. TW III 2026-10-05 0930).docx");
    }

    @Test
    void draftsAreNeverOverwritten() throws IOException {
        Files.writeString(recap.in(dir, Version.DRAF, WHEN), "pertama");
        Path second = recap.in(dir, Version.DRAF, WHEN);
        assertThat(second.getFileName().toString()).isEqualTo("Rekap Kinerja 2026 TW III (draf 2026-10-05 0930-2).xlsx");
        Files.writeString(second, "kedua");
        assertThat(recap.in(dir, Version.DRAF, WHEN).getFileName().toString()).endsWith("0930-3).xlsx");
    }

    @Test
    void versionsAreThisDocumentsOnlyNewestLast() throws IOException {
        Path old = Files.writeString(dir.resolve("Rekap Kinerja 2026 TW III (2026-10-01 0800).xlsx"), "versi lama");
        Path draft = Files.writeString(recap.in(dir, Version.DRAF, WHEN), "draf");
        Files.writeString(dir.resolve("Rekap Kinerja 2026 TW II.xlsx"), "triwulan lain");
        Files.writeString(dir.resolve("Rekap Kinerja 2026 TW IIII.xlsx"), "bukan dokumen ini");
        Files.writeString(dir.resolve("Rekap Kinerja 2026 TW III.docx"), "jenis lain");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));
        Files.setLastModifiedTime(draft, FileTime.from(Instant.parse("2026-10-05T01:30:00Z")));

        assertThat(recap.versionsIn(dir)).containsExactly(old, draft);
        assertThat(recap.newestIn(dir)).contains(draft);
    }
}
