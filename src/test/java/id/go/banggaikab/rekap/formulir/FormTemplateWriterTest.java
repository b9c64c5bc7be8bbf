package id.go.banggaikab.rekap.formulir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

/** What the generated form holds, cell by cell: the layout the reader and the clerk both rely on. */
class FormTemplateWriterTest {

    static final Periode TW2 = new Periode(2026, 2);
    static Catalogue catalogue;
    static Unit pek;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        pek = catalogue.unit("SUBBAG-PEK").orElseThrow();
    }

    private XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private Path form(Map<String, Target> targets, Map<String, PreviousValue> last) {
        return new FormTemplateWriter(catalogue).write(pek, TW2, targets, last, dir);
    }

    private static String text(XSSFSheet s, int r, int c) {
        return new DataFormatter().formatCellValue(s.getRow(r).getCell(c));
    }

    @Test
    void shouldNameTheFileAfterUnitYearAndQuarterWithoutUnsafeCharacters() throws Exception {
        Unit usp = catalogue.unit("SEKSI-USP").orElseThrow();
        Path file = new FormTemplateWriter(catalogue).write(usp, new Periode(2026, 3), Map.of(), Map.of(), dir);
        assertEquals(dir.resolve("Seksi Pengawasan, Pemeriksaan dan Penilaian Kesehatan KSP-USP - 2026 TW III.xlsx"),
                file);
        assertTrue(Files.isRegularFile(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "tidak ada berkas sementara yang tertinggal");
        }
    }

    @Test
    void shouldWriteTheHeaderBlockAsLabelAndValueCells() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            assertEquals(FormHeader.TITLE, text(s, 0, 0));
            assertEquals("Unit Kerja", text(s, 4, 0));
            assertEquals("Sub Bagian Perencanaan, Evaluasi dan Keuangan", text(s, 4, 2));
            assertEquals("Tahun", text(s, 5, 0));
            assertEquals(2026.0, s.getRow(5).getCell(2).getNumericCellValue());
            assertEquals("Triwulan", text(s, 6, 0));
            assertEquals("II", text(s, 6, 2));
        }
    }

    @Test
    void shouldListEveryReportableIndicatorWithItsTargets() throws Exception {
        Target accounts = new Target("SEKDIS-02", 2026, 90.0, new Double[] {80.0, 85.0, 88.0, 90.0}, null, null);
        Target grade = new Target("KADIS-03", 2026, null, null, Predikat.A, new Predikat[] {null, Predikat.BB, null,
            Predikat.A});
        try (XSSFWorkbook wb = open(form(Map.of("SEKDIS-02", accounts, "KADIS-03", grade), Map.of()))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            int h = FormLayout.HEADER_ROW;
            List<String> headers = List.of("No", "Kode", "Jabatan", "Indikator Kinerja", "Satuan", "Target Tahunan",
                    "Target TW II (kumulatif)", "Realisasi", "Pembilang", "Penyebut", "Keterangan", "Bukti");
            for (int c = 0; c < headers.size(); c++) {
                assertEquals(headers.get(c), text(s, h, c));
            }
            List<Indicator> indicators = catalogue.indicatorsReportableBy("SUBBAG-PEK");
            for (int k = 0; k < indicators.size(); k++) {
                Indicator i = indicators.get(k);
                assertEquals(String.valueOf(k + 1), text(s, h + 1 + k, 0));
                assertEquals(i.code(), text(s, h + 1 + k, 1));
                assertEquals(catalogue.positionOf(i).name(), text(s, h + 1 + k, 2));
                assertEquals(i.name(), text(s, h + 1 + k, 3));
                assertEquals(i.satuan(), text(s, h + 1 + k, 4));
            }
            int sekdis = FilledForm.rowOf(s, 1, "SEKDIS-02");
            assertEquals(90.0, s.getRow(sekdis).getCell(5).getNumericCellValue());
            assertEquals(85.0, s.getRow(sekdis).getCell(6).getNumericCellValue());
            int kadis = FilledForm.rowOf(s, 1, "KADIS-03");
            assertEquals("A", text(s, kadis, 5));
            assertEquals("BB", text(s, kadis, 6));
            assertTrue(text(s, FilledForm.rowOf(s, 1, "PA-KEU-01"), 5).isEmpty(), "tanpa target: sel kosong");
        }
    }

    @Test
    void shouldProtectBothSheetsAndTheStructureWithoutAPassword() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            assertEquals(List.of("Realisasi", "Petunjuk"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            for (XSSFSheet s : List.of(wb.getSheet("Realisasi"), wb.getSheet("Petunjuk"))) {
                assertTrue(s.getProtect(), s.getSheetName() + " terlindungi");
                CTSheetProtection p = s.getCTWorksheet().getSheetProtection();
                assertFalse(p.isSetPassword() || p.isSetHashValue(), s.getSheetName() + " tanpa kata sandi");
            }
            assertTrue(wb.isStructureLocked());
            assertFalse(wb.getCTWorkbook().getWorkbookProtection().isSetWorkbookPassword());
            assertFalse(wb.getCTWorkbook().getWorkbookProtection().isSetWorkbookHashValue());
        }
    }

    @Test
    void shouldUnlockAndTintExactlyTheCellsAClerkFillsIn() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            for (Indicator i : catalogue.indicatorsReportableBy("SUBBAG-PEK")) {
                XSSFRow row = s.getRow(FilledForm.rowOf(s, 1, i.code()));
                Set<Integer> inputs = i.isRatio() ? Set.of(8, 9, 10, 11) : Set.of(7, 10, 11);
                for (int c = 0; c <= 11; c++) {
                    XSSFCellStyle style = row.getCell(c).getCellStyle();
                    assertEquals(!inputs.contains(c), style.getLocked(), i.code() + " kolom " + c);
                    if (inputs.contains(c)) {
                        assertArrayEquals(SheetStyles.INPUT_FILL, style.getFillForegroundColorColor().getRGB());
                    }
                }
            }
        }
    }

    @Test
    void shouldShowARatiosPercentageAsALockedFormulaThatReadsEmptyUntilFilled() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            int r = FilledForm.rowOf(s, 1, "SEKDIS-02");
            XSSFCell realisasi = s.getRow(r).getCell(7);
            assertEquals(CellType.FORMULA, realisasi.getCellType());
            assertEquals("IF(AND(ISNUMBER(I" + (r + 1) + "),ISNUMBER(J" + (r + 1) + "),J" + (r + 1) + "<>0),I"
                    + (r + 1) + "/J" + (r + 1) + "*100,\"\")", realisasi.getCellFormula());
            assertEquals(CellType.STRING, realisasi.getCachedFormulaResultType());
            assertEquals("", realisasi.getStringCellValue());
            assertArrayEquals(SheetStyles.GREY_FILL, realisasi.getCellStyle().getFillForegroundColorColor().getRGB());
        }
    }

    @Test
    void shouldValidateNumbersAsNonNegativeDecimalsAndGradesFromTheScale() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            List<XSSFDataValidation> all = s.getDataValidations();
            int ratioRow = FilledForm.rowOf(s, 1, "SEKDIS-02");
            XSSFDataValidation num = validationAt(all, ratioRow, 8);
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, num.getValidationConstraint()
                    .getValidationType());
            assertEquals(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, num.getValidationConstraint()
                    .getOperator());
            assertEquals("0", num.getValidationConstraint().getFormula1());
            assertEquals(InputValidations.NUMBER_ERROR, num.getErrorBoxText());
            assertEquals(DataValidation.ErrorStyle.STOP, num.getErrorStyle());
            assertTrue(num.getPromptBoxText().contains("Laporan keuangan yang selesai tepat waktu"),
                    num.getPromptBoxText());
            assertNotNull(validationAt(all, ratioRow, 9));
            assertNotNull(validationAt(all, FilledForm.rowOf(s, 1, "KASUBAG-PEK-01"), 7));
            XSSFDataValidation grade = validationAt(all, FilledForm.rowOf(s, 1, "KADIS-03"), 7);
            assertArrayEquals(new String[] {"AA", "A", "BB", "B", "CC", "C", "D"},
                    grade.getValidationConstraint().getExplicitListValues());
            assertFalse(List.of(s.getCTWorksheet().getDataValidations().getDataValidationArray()).stream()
                    .anyMatch(v -> v.getShowDropDown()), "showDropDown=1 menyembunyikan panah daftar di Excel");
            assertEquals(InputValidations.PREDIKAT_ERROR, grade.getErrorBoxText());
        }
    }

    private static XSSFDataValidation validationAt(List<XSSFDataValidation> all, int r, int c) {
        return all.stream().filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream()
                .anyMatch(a -> a.isInRange(r, c))).findFirst().orElse(null);
    }

    @Test
    void shouldShowLastQuarterBesideTheInputsOnlyWhenThereIsOne() throws Exception {
        Map<String, PreviousValue> last = Map.of("SEKDIS-02", new PreviousValue(null, 8.0, 20.0, null),
                "KASUBAG-PEK-01", new PreviousValue(1250.5, null, null, null),
                "KADIS-03", new PreviousValue(null, null, null, "BB"));
        try (XSSFWorkbook wb = open(form(Map.of(), last))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            int h = FormLayout.HEADER_ROW;
            assertEquals("TW lalu\n(realisasi TW I)", text(s, h, 7));
            assertEquals("Realisasi", text(s, h, 8));
            assertEquals("40%\n(8 / 20)", text(s, FilledForm.rowOf(s, 1, "SEKDIS-02"), 7));
            assertEquals("1.250,5", text(s, FilledForm.rowOf(s, 1, "KASUBAG-PEK-01"), 7));
            assertEquals("BB", text(s, FilledForm.rowOf(s, 1, "KADIS-03"), 7));
            assertTrue(s.getRow(FilledForm.rowOf(s, 1, "PA-KEU-01")).getCell(7).getCellStyle().getLocked());
        }
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            assertEquals("Realisasi", text(wb.getSheet("Realisasi"), FormLayout.HEADER_ROW, 7));
        }
    }

    @Test
    void shouldExplainTheFormOnAPetunjukSheet() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            XSSFSheet p = wb.getSheet("Petunjuk");
            assertNotNull(p);
            StringBuilder all = new StringBuilder();
            p.forEach(row -> row.forEach(c -> all.append(new DataFormatter().formatCellValue(c)).append('\n')));
            for (String must : List.of("koma desimal (12,5)", "kosong berarti belum", "Angka 0 adalah nilai",
                    "Jangan mengganti nama lembar Realisasi", "folder bersama", "Pembilang dan Penyebut",
                    "pembilang = Laporan keuangan yang selesai tepat waktu")) {
                assertTrue(all.toString().contains(must), "Petunjuk memuat: " + must);
            }
        }
    }

    @Test
    void shouldPrintOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook wb = open(form(Map.of(), Map.of()))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertTrue(ps.getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, ps.getFitWidth());
            assertEquals(0, ps.getFitHeight());
            assertEquals(new CellRangeAddress(FormLayout.HEADER_ROW, FormLayout.HEADER_ROW, -1, -1),
                    s.getRepeatingRows());
            assertNotNull(wb.getPrintArea(0));
        }
    }

    @Test
    void shouldPrintItsTextAboveSevenPointsOnA4OrF4WithTheSignatureBlock() throws Exception {
        Path file = new FormTemplateWriter(catalogue, false, id.go.banggaikab.rekap.output.Paper.F4).write(pek, TW2,
                Map.of(), Map.of("SEKDIS-02", new PreviousValue(12.0, null, null, null)), dir);
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet s = wb.getSheet("Realisasi");
            assertEquals(PrintSetup.FOLIO8_PAPERSIZE, s.getPrintSetup().getPaperSize(), "rekap.kertas: F4");
            int luwuk = -1;
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                for (int c = 0; c < 13 && s.getRow(r) != null; c++) {
                    if (s.getRow(r).getCell(c) != null && text(s, r, c).startsWith("Luwuk,")) {
                        luwuk = r;
                    }
                }
            }
            assertTrue(luwuk > 0, "a signature block");
            String area = wb.getPrintArea(0);
            int lastPrinted = Integer.parseInt(area.substring(area.lastIndexOf('$') + 1));
            assertTrue(lastPrinted >= luwuk + 6, "the signature block, name and NIP included, is printed: " + area);
            assertEquals("Arial", wb.getFontAt(0).getFontName(), "widths are counted in Arial 10, as printed");
            assertEquals(10, wb.getFontAt(0).getFontHeightInPoints());
            // Fitted to A4 landscape (784 pt between the margins), a sheet of W characters of about 5,3 pt prints
            // at 784 / (5,3 W + padding): 10 pt text at 8 pt and 10 pt notes above 7 pt for W up to 175.
            double width = 0;
            for (int c = 0; c < 13; c++) {
                width += s.getColumnWidth(c) / 256.0;
            }
            assertTrue(width <= 175, "columns of " + width + " characters print too small on A4");
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                for (int c = 0; c < 13 && s.getRow(r) != null; c++) {
                    var cell = s.getRow(r).getCell(c);
                    if (cell != null && !text(s, r, c).isEmpty() && !text(s, r, c).startsWith("FORMULIR")) {
                        assertTrue(wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints() >= 10,
                                "no text under 10 pt before the fit: " + text(s, r, c));
                    }
                }
            }
        }
    }

    @Test
    void shouldLeaveTheLastQuarterColumnOutWhenNothingWasReportedLastQuarter() throws Exception {
        Map<String, PreviousValue> empty = Map.of("SEKDIS-02", new PreviousValue(null, null, null, " "));
        try (XSSFWorkbook wb = open(form(Map.of(), empty))) {
            XSSFSheet s = wb.getSheet("Realisasi");
            assertEquals("Realisasi", text(s, FormLayout.HEADER_ROW, 7));
            assertEquals(12, s.getRow(FormLayout.HEADER_ROW).getLastCellNum());
        }
    }
}
