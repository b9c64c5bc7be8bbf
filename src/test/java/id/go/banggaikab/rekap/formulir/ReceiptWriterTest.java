package id.go.banggaikab.rekap.formulir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receipt a unit gets back, built from a real form read by the real reader: one good, one bad, one blank row. */
class ReceiptWriterTest {

    static final Periode TW2 = new Periode(2026, 2);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 3, 9, 30);

    @TempDir
    Path dir;

    Catalogue catalogue;
    Unit fum;
    Submission read;
    Receipt receipt;

    @BeforeEach
    void readAFormWithOneGoodOneBadAndBlankRows() throws Exception {
        catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        fum = catalogue.unit("SEKSI-FUM").orElseThrow();
        Path inbox = Files.createDirectories(dir.resolve("masuk"));
        Path form = new FormTemplateWriter(catalogue).write(fum, TW2, Map.of(), Map.of(), inbox);
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Realisasi");
            Row ratio = s.getRow(FilledForm.rowOf(s, 1, "KABID-PUM-01"));
            ratio.getCell(8).setCellValue("1.250");
            ratio.getCell(9).setCellValue(2500);
            s.getRow(FilledForm.rowOf(s, 1, "KASI-FUM-01")).getCell(7).setCellValue("dua belas");
            s.getRow(FilledForm.rowOf(s, 1, "KASI-FUM-02")).getCell(7).setCellValue(12.5);
            try (OutputStream out = Files.newOutputStream(form)) {
                wb.write(out);
            }
        }
        read = new SubmissionReader(catalogue, ReaderSettings.defaults()).read(form, inbox);
        Set<String> reported = read.rows().stream().filter(ReadRow::hasValue).map(ReadRow::indicatorCode)
                .collect(Collectors.toSet());
        List<Indicator> missing = catalogue.indicatorsReportableBy("SEKSI-FUM").stream()
                .filter(i -> !reported.contains(i.code())).toList();
        receipt = new Receipt(fum, TW2, List.of(new Receipt.Sent(read.file(), "dipakai untuk 2 isian")), stored(read),
                read.problems(), missing, NOW);
    }

    private List<List<String>> rows(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(ReceiptWriter.SHEET);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                Row row = s.getRow(r);
                for (int c = 0; c < ReceiptTable.COLUMNS; c++) {
                    cells.add(row == null ? "" : fmt.formatCellValue(row.getCell(c)));
                }
                out.add(cells);
            }
            return out;
        }
    }

    private static List<String> rowStartingWith(List<List<String>> rows, int col, String text) {
        return rows.stream().filter(r -> r.get(col).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("tidak ada baris " + text));
    }

    @Test
    void shouldBeNamedLikeTheFormAndHeadedWithUnitPeriodAndTime() throws Exception {
        Path file = new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(receipt, dir);
        assertEquals(dir.resolve("Seksi Fasilitasi Usaha Mikro - 2026 TW II.xlsx"), file);
        List<List<String>> rows = rows(file);
        assertEquals("TANDA TERIMA LAPORAN REALISASI KINERJA", rows.get(0).get(0));
        assertEquals("Seksi Fasilitasi Usaha Mikro", rowStartingWith(rows, 0, "Unit Kerja").get(2));
        assertEquals("Triwulan II 2026", rowStartingWith(rows, 0, "Periode").get(2));
        assertEquals("3 Juli 2026 pukul 09.30 WITA", rowStartingWith(rows, 0, "Dibuat").get(2));
    }

    @Test
    void aReceiptOfASampleRunSaysDataContohUnderItsTitleAndARealOneDoesNot() throws Exception {
        java.time.ZoneId wita = java.time.ZoneId.of("Asia/Makassar");
        List<List<String>> sample = rows(new ReceiptWriter(catalogue, wita, true).write(receipt, dir));
        assertEquals("DATA CONTOH — bukan data resmi", sample.get(3).get(0));
        assertEquals("Seksi Fasilitasi Usaha Mikro", rowStartingWith(sample, 0, "Unit Kerja").get(2));
        List<List<String>> real = rows(new ReceiptWriter(catalogue, wita).write(receipt, dir));
        assertTrue(real.stream().flatMap(List::stream).noneMatch(c -> c.contains("DATA CONTOH")));
    }

    @Test
    void shouldListTheFileReceivedWithItsTimeAndHash() throws Exception {
        List<List<String>> rows = rows(new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(receipt, dir));
        List<String> file = rowStartingWith(rows, 1, read.file().path());
        assertEquals("dipakai untuk 2 isian", file.get(5));
        assertEquals(read.file().sha256(), file.get(6));
        assertEquals(64, file.get(6).length());
        assertTrue(file.get(3).matches("\\d{1,2} \\p{L}+ \\d{4} pukul \\d{2}\\.\\d{2} WITA"), file.get(3));
        assertTrue(file.get(4).endsWith(" KB"));
    }

    @Test
    void shouldShowEveryAcceptedValueWithCodeNameAndCell() throws Exception {
        List<List<String>> rows = rows(new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(receipt, dir));
        List<String> ratio = rowStartingWith(rows, 1, "KABID-PUM-01");
        assertEquals("Persentase Usaha Mikro yang Mendapatkan Permodalan", ratio.get(2));
        assertEquals("50", ratio.get(3));
        assertEquals("1,250", ratio.get(4));
        assertEquals("2,500", ratio.get(5));
        assertTrue(ratio.get(7).startsWith(read.file().path() + ", Realisasi!"), ratio.get(7));
        List<String> count = rowStartingWith(rows, 1, "KASI-FUM-02");
        assertEquals("12.50", count.get(3));
    }

    @Test
    void shouldShowEachRefusedCellWithAddressValueAndReason() throws Exception {
        Problem refused = read.problems().stream().filter(p -> p.severity() == Severity.SEL_DITOLAK).findFirst()
                .orElseThrow();
        List<List<String>> rows = rows(new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(receipt, dir));
        List<String> row = rowStartingWith(rows, 1, "Sel ditolak");
        assertEquals(refused.reason(), row.get(2));
        assertEquals("Realisasi!" + refused.cell(), row.get(3));
        assertEquals("dua belas", row.get(4));
        assertTrue(row.get(2).contains("bukan angka"), row.get(2));
        assertTrue(ReceiptWriter.summary(receipt).contains("1 ditolak"), ReceiptWriter.summary(receipt));
    }

    @Test
    void shouldListTheIndicatorsStillMissingIncludingTheRefusedOne() throws Exception {
        List<List<String>> rows = rows(new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(receipt, dir));
        int heading = rows.indexOf(rowStartingWith(rows, 0, "D. Indikator yang belum dilaporkan"));
        Set<String> listed = rows.subList(heading + 2, rows.size()).stream().map(r -> r.get(1))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        assertTrue(listed.contains("KASI-FUM-01"), "sel yang ditolak berarti belum dilaporkan");
        assertTrue(listed.contains("PD-IZIN-UM-01"));
        assertEquals(receipt.missing().size(), listed.size());
    }

    @Test
    void shouldSayNoneForAnEmptySectionAndPrintOnA4() throws Exception {
        Receipt clean = new Receipt(fum, TW2, List.of(new Receipt.Sent(read.file(), "dipakai untuk 0 isian")), List.of(),
                List.of(), List.of(), NOW);
        Path file = new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(clean, dir);
        List<List<String>> rows = rows(file);
        assertEquals(3, rows.stream().filter(r -> r.get(0).equals("(tidak ada)")).count());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            PrintSetup ps = wb.getSheetAt(0).getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertEquals(1, ps.getFitWidth());
            assertTrue(wb.getSheetAt(0).getFitToPage());
        }
    }

    /**
     * A receipt lands in a shared folder the seksi staff open: it gets the folder's normal permissions (what the
     * umask gives any new file), never the owner-only ones of a temporary file. Under umask 022 that is readable by
     * group and others.
     */
    @Test
    void shouldWriteTheReceiptWithTheFoldersNormalPermissions() throws Exception {
        Path out = Files.createDirectories(dir.resolve("tanda-terima"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(out).supportsFileAttributeView("posix"));
        Path probe = Files.createFile(out.resolve("biasa.txt"));
        var normal = Files.getPosixFilePermissions(probe);

        Path written = new ReceiptWriter(catalogue, java.time.ZoneId.of("Asia/Makassar")).write(receipt, out);

        var permissions = Files.getPosixFilePermissions(written);
        assertEquals(normal, permissions);
        if (normal.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) { // umask 022, as on a server
            assertTrue(permissions.containsAll(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.GROUP_READ,
                    java.nio.file.attribute.PosixFilePermission.OTHERS_READ)), permissions.toString());
        }
        try (var left = Files.list(out)) {
            assertEquals(java.util.Set.of("biasa.txt", written.getFileName().toString()),
                    left.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    /** The rows of a form as the history hands them to a receipt: each with the file it is in force from. */
    private static List<StoredRow> stored(Submission s) {
        return s.rows().stream().map(r -> new StoredRow(r.indicatorCode(), s.unitCode(), s.periode(), r.value(),
                r.numerator(), r.denominator(), r.predikat(), r.cumulative(), r.notes(), r.anggaran(), s.file().path(),
                r.sheet(), r.cell(), s.file().modified())).toList();
    }
}
