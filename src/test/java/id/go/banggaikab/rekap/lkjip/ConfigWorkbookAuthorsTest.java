package id.go.banggaikab.rekap.lkjip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Predikat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * renstra.xlsx and anggaran-&lt;tahun&gt;.xlsx read through the spreadsheet package: the same workbook saved by Excel,
 * by a script that leaves its formulas without results, as .xls and as .ods gives the same Renstra and budget, with
 * the forms' value rules (numbers typed as text, comma decimals, "92%" typed as text and a number cell shown as 92%
 * both 92, a header merged over an empty column, a hidden sheet, rows still marked CONTOH). Bytes that
 * are no workbook (a Word document renamed, a copy cut off half way, a zip bomb) are refused with the package's reason
 * in Indonesian, naming the file, as a finding that stops the run like any other broken config workbook.
 */
class ConfigWorkbookAuthorsTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));
    private static final String PATHS = RenstraWorkbook.PATHS;
    private static final String EARLIER = RenstraWorkbook.EARLIER;

    @TempDir
    Path dir;

    private final RenstraWorkbook renstra = new RenstraWorkbook(CATALOGUE);
    private final BudgetWorkbook budget = new BudgetWorkbook(CATALOGUE);

    /** The staff's Renstra: figures typed every way the lkjip rules accept, some as formulas. */
    private XSSFWorkbook typedRenstra() throws IOException {
        Path file = dir.resolve("renstra.xlsx");
        renstra.write(file, 2026, Map.of(), "catatan");
        InputBook book = InputBook.of(Files.readAllBytes(file));
        int r = book.rowOf(PATHS, "KADIS-01");
        book.set(PATHS, "A" + r, null).set(PATHS, "E" + r, 45.5).set(PATHS, "F" + r, "50,25")
                .set(PATHS, "H" + r, 0.92).set(PATHS, "I" + r, "92%").set(PATHS, "J" + r, "1.234,5");
        book.wb.getSheet(PATHS).getRow(r - 1).getCell(6).setCellFormula("E" + r + "+17");
        XSSFCellStyle percent = book.wb.createCellStyle();
        percent.setDataFormat(book.wb.createDataFormat().getFormat("0%"));
        book.wb.getSheet(PATHS).getRow(r - 1).getCell(7).setCellStyle(percent);
        int grade = book.rowOf(PATHS, "KADIS-03");
        book.set(PATHS, "A" + grade, null).set(PATHS, "J" + grade, " a ");
        book.wb.getSheet(PATHS).addMergedRegion(new CellRangeAddress(4, 4, 9, 10)); // J5:K5 over an empty column
        int e = book.rowOf(EARLIER, "KADIS-01");
        book.set(EARLIER, "A" + e, null).set(EARLIER, "K" + e, 58).set(EARLIER, "L" + e, 0);
        book.wb.getSheet(EARLIER).getRow(e - 1).getCell(11).setCellFormula("K" + e + "-0.75");
        book.wb.setSheetHidden(book.wb.getSheetIndex(EARLIER), true);
        return book.wb;
    }

    /** The keuangan's budget: amounts as numbers, as text with Rp and dots, as formulas; codes on separate lines. */
    private XSSFWorkbook typedBudget() throws IOException {
        Path file = dir.resolve("anggaran-2026.xlsx");
        budget.write(file, 2026, "catatan");
        InputBook book = InputBook.of(Files.readAllBytes(file)).unmarkAll(BudgetWorkbook.SHEET);
        String sheet = BudgetWorkbook.SHEET;
        int pek = book.rowOf(sheet, "2.17.01.2.01");
        book.set(sheet, "F" + pek, 50_000_000).set(sheet, "G" + pek, "Rp 50.000.000,-").set(sheet, "H" + pek, 0)
                .set(sheet, "I" + pek, "12.500.000,50");
        book.wb.getSheet(sheet).getRow(pek - 1).getCell(7).setCellFormula("F" + pek + "/2");
        int umkm = book.rowOf(sheet, "2.17.07.2.01");
        String listed = book.wb.getSheet(sheet).getRow(umkm - 1).getCell(4).getStringCellValue();
        book.set(sheet, "E" + umkm, String.join("\n", listed.split("\\s*,\\s*")));
        return book.wb;
    }

    @Test
    void renstraSavedByExcelByAScriptAsXlsAndAsOdsReadsTheSame() throws IOException {
        XSSFWorkbook wb = typedRenstra();
        Map<String, Renstra> read = new LinkedHashMap<>();
        read.put("Excel", renstra.read(RenstraWorkbook.FILE, Authors.excel(wb), false));
        read.put("openpyxl", renstra.read(RenstraWorkbook.FILE, Authors.scriptSaved(wb), false));
        read.put(".xls", renstra.read(RenstraWorkbook.FILE, Authors.xls(wb), false));
        read.put(".ods", renstra.read(RenstraWorkbook.FILE, Authors.ods(wb), false));

        Renstra excel = read.get("Excel");
        assertThat(excel.paths()).containsOnlyKeys("KADIS-01", "KADIS-03");
        assertThat(excel.kondisiAwal("KADIS-01").number()).isEqualTo(45.5);
        assertThat(excel.target("KADIS-01", 2022).number()).as("\"50,25\" typed as text").isEqualTo(50.25);
        assertThat(excel.target("KADIS-01", 2023).number()).as("=E+17").isEqualTo(62.5);
        // Was 0.92 (the number as stored) until lkjip read figures by the forms' rules: the same cell gives 92 in a
        // form and in the targets workbook, so it gives 92 in the Renstra too (one figure, one meaning).
        assertThat(excel.target("KADIS-01", 2024).number()).as("a number cell shown as 92% is 92, as in a form")
                .isEqualTo(92.0);
        assertThat(excel.target("KADIS-01", 2025).number()).as("\"92%\" typed as text").isEqualTo(92.0);
        assertThat(excel.endTarget("KADIS-01").number()).as("\"1.234,5\"").isEqualTo(1234.5);
        assertThat(excel.endTarget("KADIS-03").predikat()).isEqualTo(Predikat.A);
        assertThat(excel.earlier("KADIS-01", 2025).realisasi().number()).as("=K-0.75 on a hidden sheet")
                .isEqualTo(57.25);
        assertThat(excel.awal()).isEqualTo(2021);
        assertThat(excel.akhir()).as("the header merged over an empty column K").isEqualTo(2026);
        assertThat(excel.examples()).isEqualTo(21);
        read.forEach((author, r) -> assertThat(r).as(author).isEqualTo(excel));
    }

    @Test
    void budgetSavedByExcelByAScriptAsXlsAndAsOdsReadsTheSame() throws IOException {
        XSSFWorkbook wb = typedBudget();
        Map<String, Budget> read = new LinkedHashMap<>();
        read.put("Excel", budget.read("anggaran-2026.xlsx", Authors.excel(wb), 2026, false));
        read.put("openpyxl", budget.read("anggaran-2026.xlsx", Authors.scriptSaved(wb), 2026, false));
        read.put(".xls", budget.read("anggaran-2026.xlsx", Authors.xls(wb), 2026, false));
        read.put(".ods", budget.read("anggaran-2026.xlsx", Authors.ods(wb), 2026, false));

        Budget excel = read.get("Excel");
        Budget.Line pek = line(excel, "2.17.01.2.01");
        assertThat(pek.realisasi(1)).isEqualByComparingTo("50000000");
        assertThat(pek.realisasi(2)).as("\"Rp 50.000.000,-\"").isEqualByComparingTo("50000000");
        assertThat(pek.realisasi(3)).as("=F/2").isEqualByComparingTo("25000000");
        assertThat(pek.realisasi(4)).as("\"12.500.000,50\"").isEqualByComparingTo(new BigDecimal("12500000.50"));
        assertThat(line(excel, "2.17.07.2.01").indicators()).as("codes on separate lines in one cell")
                .isEqualTo(line(budget.example(2026), "2.17.07.2.01").indicators()).hasSizeGreaterThan(1);
        assertThat(excel.lines()).hasSize(budget.example(2026).lines().size());
        read.forEach((author, b) -> assertThat(b).as(author).isEqualTo(excel));
    }

    @Test
    void aWordDocumentRenamedRenstraXlsxIsRefusedInIndonesianNamingTheFile() throws IOException {
        Path file = dir.resolve(RenstraWorkbook.FILE);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Renstra Dinas Koperasi dan UKM 2021-2026");
            doc.write(out);
            Files.write(file, out.toByteArray());
        }

        assertThat(findings(() -> renstra.read(file, false))).singleElement().asString()
                .startsWith("renstra.xlsx: ").contains("dokumen Word").doesNotContain("Exception", "OOXML");
    }

    @Test
    void aCopyCutOffHalfWayIsRefusedAsSuchForBothWorkbooks() throws IOException {
        byte[] whole = Authors.excel(typedRenstra());
        Path cut = dir.resolve("salinan/" + RenstraWorkbook.FILE);
        Files.createDirectories(cut.getParent());
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        byte[] anggaran = Authors.excel(typedBudget());

        assertThat(findings(() -> renstra.read(cut, false))).singleElement().asString()
                .startsWith("renstra.xlsx: ").contains("belum selesai disalin");
        assertThat(findings(() -> budget.read("anggaran-2026.xlsx", Arrays.copyOf(anggaran, anggaran.length / 3),
                2026, false))).singleElement().asString().startsWith("anggaran-2026.xlsx: ").contains("belum selesai disalin");
    }

    @Test
    void aZipBombNamedAnggaranIsRefusedBeforeAnyReaderOpensIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] mb = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(mb); // 80 MB of zeros in some 80 KB
            }
            zip.closeEntry();
        }
        Path file = BudgetWorkbook.pathFor(dir, 2026);
        Files.write(file, out.toByteArray());

        assertThat(findings(() -> budget.read(file, 2026, false))).singleElement().asString()
                .startsWith("anggaran-2026.xlsx: ").contains("bom zip");
    }

    private static List<String> findings(Runnable read) {
        CatalogueException e = catchThrowableOfType(CatalogueException.class, read::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getExitCode()).isEqualTo(2);
        return e.findings();
    }

    private static Budget.Line line(Budget budget, String kode) {
        return budget.lines().stream().filter(l -> l.kode().equals(kode)).findFirst().orElseThrow();
    }
}
