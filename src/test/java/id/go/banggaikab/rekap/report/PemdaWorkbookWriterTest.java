package id.go.banggaikab.rekap.report;

import static id.go.banggaikab.rekap.pemda.Offices.DINKES;
import static id.go.banggaikab.rekap.pemda.Offices.DISDIK;
import static id.go.banggaikab.rekap.pemda.Offices.DISKOP;
import static id.go.banggaikab.rekap.pemda.Offices.target;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.pemda.Offices;
import id.go.banggaikab.rekap.pemda.PemdaRecap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Pemda's workbook says what the computed recap says: figures as numbers, no value as words, never as 0. */
class PemdaWorkbookWriterTest {

    @TempDir
    Path out;

    private final DataFormatter fmt = new DataFormatter();

    private PemdaRecap recap() {
        return Offices.calculate(Map.of("IKU-07", target("IKU-07", 75.0, 72.0), "IKU-08", target("IKU-08", 200.0,
                150.0), "IKU-11", target("IKU-11", 95.0, null)), DISKOP, DINKES, DISDIK);
    }

    @Test
    void shouldWriteTheNamedSheetsUnderTheQuartersName() throws IOException {
        Path file = new PemdaWorkbookWriter(Paper.A4).write(recap(), out);
        assertThat(file.getFileName().toString()).isEqualTo("Rekap Pemda 2026 TW III.xlsx");
        try (XSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("IKU Pemda", "Perangkat Daerah", "Capaian Kinerja");
        }
        assertThat(new PemdaWorkbookWriter(Paper.A4).write(recap(), out).getFileName().toString())
                .as("an earlier recap of the quarter is kept").startsWith("Rekap Pemda 2026 TW III (");
    }

    @Test
    void shouldShowEachIkuWithItsFiguresSourcesAndNoDataAsWords() throws IOException {
        try (XSSFWorkbook wb = open(new PemdaWorkbookWriter(Paper.A4).write(recap(), out))) {
            Sheet sheet = wb.getSheet("IKU Pemda");
            assertThat(texts(sheet.getRow(3))).containsExactly("Kode", "Indikator Kinerja Utama", "Satuan",
                    "Target Tahunan", "Target s.d. TW III (kumulatif)", "Realisasi TW I", "Realisasi TW II",
                    "Realisasi TW III", "Realisasi TW IV", "Realisasi s.d. TW III", "Capaian (%)", "Kategori", "Status",
                    "Perangkat Daerah", "Sumber", "Keterangan");
            Row aktif = sheet.getRow(4);
            assertThat(aktif.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(aktif.getCell(9).getNumericCellValue()).isEqualTo(72.6);
            assertThat(aktif.getCell(8).getCellType()).as("TW IV not reached").isEqualTo(CellType.BLANK);
            assertThat(fmt.formatCellValue(aktif.getCell(11))).isEqualTo("Sangat Tinggi");
            assertThat(fmt.formatCellValue(aktif.getCell(12))).isEqualTo("Final (dikunci)");
            assertThat(fmt.formatCellValue(aktif.getCell(14))).isEqualTo(
                    "diskop:KADIS-01 Indikator KADIS-01: 72.6 (dikunci)".replace("72.6", "72,6"));
            Row latih = sheet.getRow(5);
            assertThat(latih.getCell(9).getNumericCellValue()).isEqualTo(102.0);
            assertThat(fmt.formatCellValue(latih.getCell(12))).isEqualTo("Sementara");
            assertThat(fmt.formatCellValue(latih.getCell(13))).isEqualTo("Dinas Koperasi dan UKM; Dinas Kesehatan");
            Row aps = sheet.getRow(8);
            assertThat(fmt.formatCellValue(aps.getCell(0))).isEqualTo("IKU-11");
            assertThat(aps.getCell(9).getStringCellValue()).isEqualTo("Belum ada data");
            assertThat(aps.getCell(10).getCellType()).as("no capaian, not 0").isEqualTo(CellType.BLANK);
            assertThat(fmt.formatCellValue(aps.getCell(11))).isEqualTo("Belum ada data");
            assertThat(fmt.formatCellValue(aps.getCell(15))).contains("data Dinas Pendidikan tidak terbaca");
            for (int c = 5; c <= 8; c++) {
                assertThat(aps.getCell(c).getCellType()).isEqualTo(CellType.BLANK);
            }
        }
    }

    @Test
    void shouldShowEachOfficesUnitsLockScoreAndBasis() throws IOException {
        try (XSSFWorkbook wb = open(new PemdaWorkbookWriter(Paper.A4).write(recap(), out))) {
            Sheet sheet = wb.getSheet("Perangkat Daerah");
            assertThat(texts(sheet.getRow(3))).containsExactly("Kode", "Perangkat Daerah", "Rekap Terakhir",
                    "Unit Melapor", "Kunci TW III", "Skor", "Kategori", "Dasar Skor", "Keterangan");
            Row diskop = sheet.getRow(4);
            assertThat(fmt.formatCellValue(diskop.getCell(3))).isEqualTo("11 dari 11");
            assertThat(fmt.formatCellValue(diskop.getCell(4))).startsWith("Dikunci 10 Oktober 2026")
                    .endsWith("oleh budi");
            assertThat(diskop.getCell(5).getNumericCellValue()).isEqualTo(96.0);
            assertThat(fmt.formatCellValue(diskop.getCell(7))).as("every unit, 40 of 48 indicators scored")
                    .isEqualTo("berdasarkan 40 dari 48 indikator");
            assertThat(fmt.formatCellValue(diskop.getCell(8))).as("its catalogue's name holds pemda.yml's").isEmpty();
            Row dinkes = sheet.getRow(5);
            assertThat(fmt.formatCellValue(dinkes.getCell(3))).isEqualTo("5 dari 11");
            assertThat(fmt.formatCellValue(dinkes.getCell(4))).isEqualTo("Belum dikunci");
            assertThat(fmt.formatCellValue(dinkes.getCell(7))).isEqualTo("sementara: berdasarkan 5 dari 11 unit");
            Row disdik = sheet.getRow(6);
            assertThat(disdik.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(fmt.formatCellValue(disdik.getCell(6))).isEqualTo("Belum ada data");
            assertThat(fmt.formatCellValue(disdik.getCell(8))).contains("belum ada di server");
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0)))
                    .contains("sementara: 2 dari 3 perangkat daerah merekap TW III");
        }
    }

    @Test
    void shouldWriteTheBabThreeTableGroupedBySasaran() throws IOException {
        try (XSSFWorkbook wb = open(new PemdaWorkbookWriter(Paper.A4).write(recap(), out))) {
            Sheet sheet = wb.getSheet("Capaian Kinerja");
            assertThat(texts(sheet.getRow(3))).containsExactly("No", "Sasaran", "Indikator Kinerja", "Satuan",
                    "Target", "Realisasi", "Capaian (%)", "Kategori", "Perangkat Daerah");
            assertThat(fmt.formatCellValue(sheet.getRow(4).getCell(1)))
                    .isEqualTo("Meningkatnya daya saing koperasi dan usaha mikro");
            assertThat(fmt.formatCellValue(sheet.getRow(5).getCell(2))).isEqualTo("Usaha mikro yang dilatih");
            assertThat(sheet.getMergedRegions()).anySatisfy(m -> {
                assertThat(m.getFirstRow()).isEqualTo(4);
                assertThat(m.getLastRow()).isEqualTo(5);
                assertThat(m.getFirstColumn()).isEqualTo(1);
            });
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).as("TW III's cumulative target")
                    .isEqualTo(72.0);
            assertThat(fmt.formatCellValue(sheet.getRow(7).getCell(1)))
                    .isEqualTo("(sasaran belum ditulis di pemda.yml)");
        }
    }

    private List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(fmt.formatCellValue(c));
        }
        return out;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
