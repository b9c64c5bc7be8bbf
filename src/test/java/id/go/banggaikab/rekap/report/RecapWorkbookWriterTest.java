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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapWorkbookWriterTest {

    @TempDir
    Path out;

    private final Catalogue catalogue = catalogue(count("C-1", "KASI-A"), count("C-2", "KASI-B"),
            value("V-1", "KADIS", Polarity.NAIK));

    private Recap smallRecap() {
        return Fixtures.recap(catalogue, 2, List.of(target("C-1", 1200.0), target("C-2", 10.0), target("V-1", 92.0)),
                List.of(row("C-1", "SEKSI-A", 2026, 1, 500.0), row("C-1", "SEKSI-A", 2026, 2, 734.5),
                        row("V-1", "DINAS", 2026, 2, 90.0)));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void writesTheFixedSheetsWithRingkasanFirst() throws IOException {
        Path file = TestOutputs.recap(new RecapWorkbookWriter(), smallRecap(), out);

        assertThat(file.getFileName().toString()).as("a quarter not locked: a draft")
                .isEqualTo("Rekap Kinerja 2026 TW II (draf 2026-11-27 0930).xlsx");
        try (XSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Ringkasan", "Rekap Indikator", "Rekap Unit", "Pohon Kinerja",
                    "Masalah", "Belum Lapor", "Catatan Katalog", "Keterangan", "Jejak Data", "Riwayat Kunci");
        }
    }

    @Test
    void rekapIndikatorHasTheExactHeaderAndNumericCells() throws IOException {
        try (XSSFWorkbook wb = open(TestOutputs.recap(new RecapWorkbookWriter(), smallRecap(), out))) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            Row header = sheet.getRow(TableSheet.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers.subList(0, 14)).containsExactly("Kode", "Unit Kerja", "Jabatan",
                    "Indikator Kinerja", "Satuan", "Target", "Realisasi TW I", "Realisasi TW II",
                    "Realisasi TW III", "Realisasi TW IV", "Realisasi s.d. TW", "Capaian (%)", "Kategori", "Sumber");

            Row c1 = sheet.getRow(TableSheet.HEADER_ROW + 1);
            assertThat(c1.getCell(0).getStringCellValue()).isEqualTo("C-1");
            assertThat(c1.getCell(5).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(c1.getCell(6).getNumericCellValue()).isEqualTo(500.0);
            assertThat(c1.getCell(7).getNumericCellValue()).isEqualTo(734.5);
            assertThat(c1.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(c1.getCell(10).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(c1.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c1.getCell(11).getNumericCellValue()).isCloseTo(102.875, org.assertj.core.data.Offset
                    .offset(1e-9));
            assertThat(c1.getCell(12).getStringCellValue()).isEqualTo("Sangat Tinggi");
            assertThat(c1.getCell(13).getStringCellValue()).isEqualTo("2026-TW1-SEKSI-A.xlsx (TW I)\n2026-TW2-SEKSI-A.xlsx (TW II)");

            Row c2 = sheet.getRow(TableSheet.HEADER_ROW + 2);
            assertThat(c2.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(c2.getCell(12).getStringCellValue()).isEqualTo("Belum ada data");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) (TableSheet.HEADER_ROW + 1));
            assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .as("one capaian column, one colouring").isEqualTo(1);
        }
    }

    @Test
    void ringkasanHasTwoChartsAndTheDinasScore() throws IOException {
        try (XSSFWorkbook wb = open(TestOutputs.recap(new RecapWorkbookWriter(), smallRecap(), out))) {
            XSSFSheet sheet = wb.getSheet("Ringkasan");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
            Row score = sheet.getRow(TableSheet.HEADER_ROW + 1);
            assertThat(score.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void draftsOfTheSameMinuteAreKeptSideBySide() throws IOException {
        Path first = TestOutputs.recap(new RecapWorkbookWriter(), smallRecap(), out);
        Path second = TestOutputs.recap(new RecapWorkbookWriter(), smallRecap(), out);

        assertThat(first).exists();
        assertThat(second.getFileName().toString()).isEqualTo("Rekap Kinerja 2026 TW II (draf 2026-11-27 0930-2).xlsx");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void sampleDataCarriesTheBannerOnEverySheetAndTheRealCatalogueFitsOneRowPerIndicator() throws IOException {
        Recap sample = SampleRecap.of(3);
        Path file = TestOutputs.recap(new RecapWorkbookWriter(), sample, Path.of("target", "contoh-keluaran"));
        try (XSSFWorkbook wb = open(file)) {
            wb.forEach(s -> assertThat(s.getRow(2).getCell(0).getStringCellValue())
                    .as(s.getSheetName()).isEqualTo("DATA CONTOH — bukan data resmi"));
            Sheet indicators = wb.getSheet("Rekap Indikator");
            assertThat(indicators.getRow(TableSheet.HEADER_ROW + 48).getCell(0).getStringCellValue())
                    .as("one row per indicator").isEqualTo("PD-KWU-01");
            assertThat(indicators.getRow(TableSheet.HEADER_ROW + 49).getCell(0)).as("then a blank row, the notes").isNull();
            assertThat(indicators.getRow(TableSheet.HEADER_ROW + 50).getCell(0).getStringCellValue())
                    .startsWith("Target: target kumulatif s.d. TW III");
            assertThat(wb.getSheet("Belum Lapor").getRow(TableSheet.HEADER_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Seksi Pengembangan, Penguatan dan Perlindungan Usaha Mikro");
        }
    }
}
