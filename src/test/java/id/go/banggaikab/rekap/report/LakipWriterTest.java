package id.go.banggaikab.rekap.report;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.aggregation.Fixtures;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.lkjip.Budget;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.LkjipCalculator;
import id.go.banggaikab.rekap.lkjip.LkjipInput;
import id.go.banggaikab.rekap.lkjip.Renstra;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakipWriterTest {

    @TempDir
    Path out;

    private final Catalogue catalogue = catalogue(count("S-1", "KADIS"), value("S-2", "KADIS", Polarity.NAIK),
            withParent(count("P-1", "KABID"), "S-1"), withParent(count("K-1", "KASI-A"), "P-1"));

    private final List<StoredRow> rows = List.of(row("S-1", "DINAS", 2026, 1, 30.0),
            row("S-1", "DINAS", 2026, 3, 1204.5), row("S-1", "DINAS", 2025, 4, 1000.0), row("S-2", "DINAS", 2026, 3, 90.0),
            row("P-1", "BID", 2026, 2, 6.0), row("K-1", "SEKSI-A", 2026, 2, 3.0));

    private Lkjip lkjip() {
        Recap recap = Fixtures.recap(catalogue, 3, List.of(target("S-1", 100.0), target("S-2", 92.0),
                target("P-1", 8.0)), rows);
        return new LkjipCalculator().calculate(recap, new LkjipInput(Renstra.NONE, Budget.none(2026), Map.of(),
                rows.stream().filter(r -> r.periode().tahun() == 2025).toList(), List.of()));
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(TableSheet.HEADER_ROW).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void writesAWorkbookAndADocumentNamedForTheQuarter() {
        List<Path> files = TestOutputs.lakip(lkjip(), out);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("Tabel LAKIP 2026 TW III (draf 2026-11-27 0930).xlsx",
                        "Tabel LAKIP 2026 TW III (draf 2026-11-27 0930).docx");
    }

    @Test
    void workbookHoldsTheSheetsOfSpec6WithTheirColumns() throws IOException {
        Path xlsx = TestOutputs.lakip(SampleRecap.lkjip(3), out).get(0);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Capaian Kinerja", "Capaian Sasaran", "Realisasi Anggaran", "Analisis",
                    "Tren", "Catatan Data");
            String example = "\n(target contoh,\nbelum resmi)";
            assertThat(header(wb.getSheet("Capaian Kinerja"))).containsExactly("No", "Sasaran", "Indikator Kinerja",
                    "Satuan", "Target", "Realisasi", "Capaian (%)" + example, "Kategori", "Realisasi 2025", "Realisasi 2024",
                    "Capaian 2025 (%)", "Perubahan Capaian (poin)", "Target Akhir Renstra", "Capaian thd Renstra (%)");
            assertThat(header(wb.getSheet("Capaian Sasaran"))).containsExactly("No", "Sasaran", "Tingkat",
                    "Capaian (%)" + example, "Kategori", "Dasar", "Uraian");
            assertThat(header(wb.getSheet("Realisasi Anggaran"))).as("the budget says its capaian is the year's")
                    .containsExactly("No", "Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
                            "Capaian Kinerja thd Target Tahunan (%)" + example, "Efisiensi", "Keterangan");
            assertThat(header(wb.getSheet("Analisis"))).contains("Keterangan", "Kendala / Permasalahan",
                    "Solusi / Rencana Tindak Lanjut");
        }
    }

    @Test
    void aLongTitleWrapsAcrossThePrintedColumnsInsteadOfRunningPastThePage() throws IOException {
        Path xlsx = TestOutputs.lakip(SampleRecap.lkjip(3), out).get(0);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name : List.of("Capaian Kinerja", "Capaian Sasaran", "Realisasi Anggaran", "Analisis")) {
                XSSFSheet sheet = wb.getSheet(name);
                int columns = header(sheet).size();
                assertThat(sheet.getMergedRegions()).as(name).contains(new CellRangeAddress(0, 0, 0, columns - 1));
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getWrapText()).as(name).isTrue();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(name)
                        .endsWith("target contoh, belum resmi)");
            }
            // Tabel 3.1's title with its marks is wider than its printed columns: it takes a second line
            XSSFSheet capaian = wb.getSheet("Capaian Kinerja");
            assertThat(capaian.getRow(0).getHeightInPoints()).isGreaterThanOrEqualTo(2 * 18f);
        }
    }

    @Test
    void capaianKinerjaGroupsBySasaranWithMergedCellsAndLeavesKegiatanOut() throws IOException {
        Path xlsx = TestOutputs.lakip(lkjip(), out).get(0);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Capaian Kinerja");
            assertThat(header(sheet)).containsExactly("No", "Sasaran", "Indikator Kinerja", "Satuan", "Target",
                    "Realisasi", "Capaian (%)", "Kategori", "Realisasi 2025", "Target Akhir Renstra",
                    "Capaian thd Renstra (%)");
            int first = TableSheet.HEADER_ROW + 1;
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(first, first + 1, 0, 0),
                    new CellRangeAddress(first, first + 1, 1, 1));
            assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(first).getCell(5).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(sheet.getRow(first).getCell(8).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(sheet.getRow(first + 2).getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(sheet.getRow(first + 2).getCell(2).getStringCellValue()).isEqualTo("Indikator P-1");
            assertThat(sheet.getRow(first + 2).getCell(7).getStringCellValue()).isEqualTo("Belum lapor TW III");
            assertThat(sheet.getRow(first + 1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(first + 3).getCell(0)))
                    .as("the kegiatan indicator stays out; the notes follow the table").isEmpty();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("s.d. Triwulan III");
        }
    }

    @Test
    void sampleRunsSayItWithABannerAsWideAsEachTable() throws IOException {
        List<Path> files = TestOutputs.lakip(SampleRecap.lkjip(3), out);
        try (InputStream in = Files.newInputStream(files.get(1)); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("DATA CONTOH — bukan data resmi");
        }
        try (InputStream in = Files.newInputStream(files.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name : List.of("Capaian Kinerja", "Capaian Sasaran", "Realisasi Anggaran", "Analisis")) {
                XSSFSheet sheet = wb.getSheet(name);
                Row banner = sheet.getRow(2);
                assertThat(banner.getCell(0).getStringCellValue()).isEqualTo("DATA CONTOH — bukan data resmi");
                assertThat(banner.getLastCellNum()).as(name).isEqualTo(sheet.getRow(TableSheet.HEADER_ROW)
                        .getLastCellNum());
            }
        }
    }

    @Test
    void titlesSayThatTheyRestOnPartOfTheUnitsAndThatTheQuarterHasNotEnded() throws IOException {
        // Made on 27 November 2026 for TW IV, with one of the 11 units silent.
        List<Path> files = TestOutputs.lakip(SampleRecap.lkjip(4), out);
        String mark = "(sementara: 10 dari 11 unit melapor; triwulan belum berakhir; target contoh, belum resmi)";
        try (InputStream in = Files.newInputStream(files.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name : List.of("Capaian Kinerja", "Capaian Sasaran", "Realisasi Anggaran", "Analisis",
                    "Tren")) {
                assertThat(wb.getSheet(name).getRow(0).getCell(0).getStringCellValue()).as(name).endsWith(mark);
            }
        }
        try (InputStream in = Files.newInputStream(files.get(1)); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).anySatisfy(t -> assertThat(t)
                    .startsWith("Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Koperasi dan UKM Kabupaten Banggai"
                            + " Tahun 2026").endsWith(mark));
        }
    }

    @Test
    void documentIsABabThreeDraftWithHeadingsTablesParagraphsAndTrendPictures() throws IOException {
        Path docx = TestOutputs.lakip(SampleRecap.lkjip(3), out).get(1);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactly("A. Capaian Kinerja Organisasi",
                    "B. Realisasi Anggaran");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactly("BAB III AKUNTABILITAS KINERJA");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactly(
                    "1. Sasaran Strategis 1: Meningkatnya Kualitas Kelembagaan Koperasi dan Usaha Mikro Yang Berdaya"
                            + " Saing",
                    "2. Sasaran Strategis 2: Meningkatnya Tata Kelola Dinas Koperasi dan UKM yang Baik, Bersih dan"
                            + " Akuntabel");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).anySatisfy(t -> assertThat(t)
                    .startsWith("Sasaran strategis \"Meningkatnya Kualitas Kelembagaan Koperasi dan Usaha Mikro Yang"
                            + " Berdaya Saing\" diukur dengan 2 indikator. Rata-rata capaian 2 indikatornya "));
            // the sasaran summary; per sasaran strategis its table and the comparison with earlier years; the budget
            assertThat(doc.getTables()).hasSize(6);
            assertThat(doc.getTables().get(1).getRow(0).getCell(2).getText()).isEqualTo("Indikator Kinerja");
            assertThat(doc.getTables().get(2).getRow(0).getCell(2).getText()).isEqualTo("Realisasi");
            XWPFTable budget = doc.getTables().get(5);
            assertThat(budget.getRow(0).getCell(3).getText()).isEqualTo("Pagu (Rp)");
            assertThat(budget.getRow(1).getCell(1).getText()).isEqualTo("2.17.01");
            assertThat(doc.getAllPictures()).as("one trend per sasaran strategis").hasSize(2);
        }
    }
}
