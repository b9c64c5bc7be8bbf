package id.go.banggaikab.rekap.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void everyPieceDoesTheWorkItStandsFor() throws Exception {
        assertThat(SpreadsheetWork.writeAndRead()).as("cells holding a value, read back by the spreadsheet package")
                .isEqualTo(35);
        try (XSSFWorkbook written = new XSSFWorkbook(new ByteArrayInputStream(SpreadsheetWork.write()))) {
            XSSFSheet sheet = written.getSheetAt(0);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getChartSeries()).hasSize(2);
            assertThat(sheet.getDataValidations()).hasSize(1);
            assertThat(sheet.getRow(3).getCell(2).getCellFormula()).isEqualTo("IF(B4>0,B4/2,\"\")");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).as("evaluated").isEqualTo(2.25);
        }
        byte[] png = DocumentWork.picture();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(DocumentWork.write().length).isGreaterThan(png.length);
    }

    @Test
    void theDocumentHoldsATableAPictureAndAPageNumber() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocumentWork.write()))) {
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getFooterArray(0).getText()).isNotNull();
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient()).hasToString("landscape");
        }
    }

    @Test
    void aFailingPieceIsPassedOverAndTheNextOnesStillRun() {
        List<String> ran = new ArrayList<>();
        int done = Warmup.runAll(List.of(() -> {
            throw new IOException("disk penuh");
        }, () -> {
            throw new NoClassDefFoundError("org/apache/poi/Missing");
        }, () -> {
            throw new OutOfMemoryError("Java heap space");
        }, () -> {
            throw new StackOverflowError();
        }, () -> ran.add("after the failures")));

        assertThat(done).isEqualTo(1);
        assertThat(ran).containsExactly("after the failures");
    }

    @Test
    void theWarmupRunsOnADaemonThreadAndTheCallerGoesOnAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread thread = Warmup.start(List.of(() -> release.await(), finished::countDown));

        assertThat(thread.isDaemon()).as("never holds the JVM open").isTrue();
        assertThat(thread.getName()).isEqualTo(Warmup.THREAD);
        assertThat(thread.isAlive()).as("the caller did not wait for the warm-up").isTrue();
        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        thread.join(10_000);
    }

    @Test
    void theJobWaitsForAWarmupStillRunningSoNoLibraryIsFirstUsedOnTwoThreadsAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread warmup = Warmup.start(List.of(() -> release.await()));
        Thread job = new Thread(Warmup::awaitEnd, "job");
        job.start();

        job.join(300);
        assertThat(job.isAlive()).as("the job waits while the warm-up runs").isTrue();
        release.countDown();
        job.join(10_000);
        assertThat(job.isAlive()).as("and goes on once it is over").isFalse();
        assertThat(warmup.isAlive()).isFalse();
    }

    @Test
    void aWarmupThatNeverEndsHoldsTheJobNoLongerThanTheLimit() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Thread warmup = Warmup.start(List.of(() -> never.await()));
        long start = System.nanoTime();

        Warmup.awaitEnd(java.time.Duration.ofMillis(200));

        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 5_000L);
        assertThat(warmup.isAlive()).isTrue();
        never.countDown();
        warmup.join(10_000);
        assertThat(Warmup.LIMIT).isLessThanOrEqualTo(java.time.Duration.ofMinutes(1));
    }

    @Test
    void theWholeWarmupWritesNoFileAndLeavesEveryPoiSettingAsItFoundIt() throws Exception {
        Map<String, Object> before = poiSettings();
        List<String> working = listing(Path.of("").toAbsolutePath());
        TempFileCreationStrategy previous = new DefaultTempFileCreationStrategy();
        List<String> tempFiles = new ArrayList<>();
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                tempFiles.add(prefix + suffix);
                return previous.createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                tempFiles.add(prefix);
                return previous.createTempDirectory(prefix);
            }
        });
        try {
            Warmup.start().join(120_000);
        } finally {
            TempFile.setTempFileCreationStrategy(previous);
        }

        assertThat(tempFiles).as("POI's temporary files").isEmpty();
        assertThat(listing(Path.of("").toAbsolutePath())).as("the working folder").isEqualTo(working);
        assertThat(poiSettings()).isEqualTo(before);
        assertThat(System.getProperty("java.awt.headless")).as("as Spring sets it").isEqualTo("true");
    }

    private static Map<String, Object> poiSettings() {
        Map<String, Object> out = new TreeMap<>();
        out.put("zip.maxEntrySize", ZipSecureFile.getMaxEntrySize());
        out.put("zip.minInflateRatio", ZipSecureFile.getMinInflateRatio());
        out.put("zip.maxTextSize", ZipSecureFile.getMaxTextSize());
        out.put("io.byteArrayMaxOverride", IOUtils.getByteArrayMaxOverride());
        out.put("locale", LocaleUtil.getUserLocale());
        out.put("timeZone", LocaleUtil.getUserTimeZone());
        return out;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
