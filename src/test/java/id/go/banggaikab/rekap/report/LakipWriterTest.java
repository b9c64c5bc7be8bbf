package id.go.banggaikab.rekap.report;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.aggregation.Fixtures;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Polarity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakipWriterTest {

    @TempDir
    Path out;

    private final Catalogue catalogue = catalogue(count("S-1", "KADIS"), value("S-2", "KADIS", Polarity.NAIK),
            withParent(count("P-1", "KABID"), "S-1"), withParent(count("K-1", "KASI-A"), "P-1"));

    private Recap recap() {
        return Fixtures.recap(catalogue, 3, List.of(target("S-1", 100.0), target("S-2", 92.0), target("P-1", 8.0)),
                List.of(row("S-1", "DINAS", 2026, 1, 30.0), row("S-1", "DINAS", 2026, 3, 1204.5),
                        row("S-1", "DINAS", 2025, 4, 1000.0), row("S-2", "DINAS", 2026, 3, 90.0),
                        row("P-1", "BID", 2026, 2, 6.0), row("K-1", "SEKSI-A", 2026, 2, 3.0)));
    }

    @Test
    void writesAWorkbookAndADocumentNamedForTheQuarter() {
        List<Path> files = new LakipWriter().write(recap(), out);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("Tabel LAKIP 2026 TW III.xlsx", "Tabel LAKIP 2026 TW III.docx");
    }

    @Test
    void sheetGroupsBySasaranWithMergedCellsAndLeavesKegiatanOut() throws IOException {
        Path xlsx = new LakipWriter().write(recap(), out).get(0);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Tabel LAKIP");
            Row header = sheet.getRow(TableSheet.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("No", "Sasaran", "Indikator Kinerja", "Satuan", "Target",
                    "Realisasi", "Capaian (%)", "Kategori", "Realisasi 2025", "Perubahan thd 2025");
            int first = TableSheet.HEADER_ROW + 1;
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(first, first + 1, 0, 0),
                    new CellRangeAddress(first, first + 1, 1, 1));
            assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(first).getCell(5).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(sheet.getRow(first).getCell(8).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(sheet.getRow(first).getCell(9).getNumericCellValue()).isEqualTo(234.5);
            assertThat(sheet.getRow(first + 2).getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(sheet.getRow(first + 2).getCell(2).getStringCellValue()).isEqualTo("Indikator P-1");
            assertThat(sheet.getRow(first + 2).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getLastRowNum()).isEqualTo(first + 2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("s.d. Triwulan III");
        }
    }

    @Test
    void documentHasOneBorderedTableWithARepeatedHeaderAndMergedSasaran() throws IOException {
        Path docx = new LakipWriter().write(recap(), out).get(1);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).startsWith("No",
                    "Sasaran", "Indikator Kinerja");
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(1).getCell(1).getCTTc().getTcPr().getVMerge().getVal().toString())
                    .isEqualTo("restart");
            assertThat(table.getRow(2).getCell(1).getCTTc().getTcPr().isSetVMerge()).isTrue();
            assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("1.234,5");
            assertThat(table.getInsideHBorderType()).isNotNull();
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("s.d. Triwulan III"));
        }
    }

    @Test
    void sampleRunsSayItOnTheTable() throws IOException {
        Recap sample = SampleRecap.of(3);
        List<Path> files = new LakipWriter().write(sample, Path.of("target", "contoh-keluaran"));
        try (InputStream in = Files.newInputStream(files.get(1)); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("DATA CONTOH — bukan data resmi");
            // 4 strategis and 8 program indicators on the real catalogue, plus the header.
            assertThat(doc.getTables().get(0).getRows()).hasSize(13);
        }
    }
}
