package id.go.banggaikab.rekap.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while writing leaves its streamed sheets behind; the next start removes them, a running program's
 * folder is left alone, and the outputs' temporary sheets go into this program's own folder.
 */
class JobTempFolderTest {

    @TempDir
    Path base;

    @AfterEach
    void poiBackToItsDefault() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void theNextStartRemovesWhatAKilledRunLeftAndSparesARunningOne() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = Files.createDirectories(base.resolve(JobTempFolder.PREFIX + ended.pid()));
        Files.write(killed.resolve("poi-sxssf-sheet123.xml.gz"), new byte[1024]);
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = Files.createDirectories(base.resolve(JobTempFolder.PREFIX + alive));
        Files.write(running.resolve("poi-sxssf-sheet9.xml.gz"), new byte[1]);
        Path notOurs = Files.createDirectories(base.resolve(JobTempFolder.PREFIX + "lain"));

        JobTempFolder.sweep(base);

        assertThat(killed).doesNotExist();
        assertThat(running.resolve("poi-sxssf-sheet9.xml.gz")).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void theStreamedSheetsOfAnOutputAreWrittenInTheProgramsOwnFolder() throws Exception {
        Path own = JobTempFolder.useFor(base);

        assertThat(own.getFileName().toString()).isEqualTo(JobTempFolder.PREFIX + ProcessHandle.current().pid());
        SXSSFWorkbook workbook = new SXSSFWorkbook(10);
        try {
            SXSSFSheet sheet = workbook.createSheet("Masalah");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue("baris " + r);
            }
            try (Stream<Path> files = Files.list(own)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("poi-sxssf"));
            }
            try (OutputStream out = new FileOutputStream(base.resolve("hasil.xlsx").toFile())) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
        try (Stream<Path> files = Files.list(own)) {
            assertThat(files).as("closed: its sheets are gone").isEmpty();
        }
        JobTempFolder.delete(own);
        assertThat(own).doesNotExist();
    }
}
