package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.contoh.SampleForms;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A folder as a real quarter leaves it: good forms, a messy one typed by hand, a late replacement, and files that
 * are no forms at all. The run completes, keeps what is usable, and the recap's Masalah sheet says what was refused
 * and why, with file and cell.
 */
class MixedFolderJobTest extends JobTestSupport {



    @BeforeAll
    static void folder() throws IOException {
        Path in = WORK.resolve("input");
        Files.createDirectories(in.resolve("2026/TW2"));
        // A messy hand-made form for SEKSI-KWU, TW II: no header block (unit and quarter from the path), title
        // rows, a two-row merged header, Indonesian numbers as text, a total row, a refused cell.
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("TW 2");
            s.createRow(0).createCell(0).setCellValue("LAPORAN REALISASI KINERJA");
            Row h1 = s.createRow(2);
            Row h2 = s.createRow(3);
            h1.createCell(0).setCellValue("No");
            h1.createCell(1).setCellValue("Jabatan");
            h1.createCell(2).setCellValue("Indikator\nKinerja");
            h1.createCell(3).setCellValue("REALISASI");
            h2.createCell(3).setCellValue("Realisasi");
            h2.createCell(4).setCellValue("Pembilang");
            h2.createCell(5).setCellValue("Penyebut");
            s.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            row(s, 4, "1", "Kepala Seksi Peningkatan Kualitas Kewirausahaan", "Jumlah Peserta Pelatihan Usaha Mikro",
                    "1.250", null, null);
            row(s, 5, "2", "Pengolah Data Pelatihan Kewirausahaan Usaha Mikro",
                    "Jumlah Bahan dan Data Peserta Pelatihan yang dikelola", "dua belas", null, null);
            row(s, 6, "3", "Kepala Bidang Pemberdayaan Usaha Mikro", "Persentase Usaha Mikro Yang Dilatih", null,
                    "30", "250");
            row(s, 7, "", "", "Jumlah", "1.262", null, null);
            try (OutputStream out = Files.newOutputStream(in.resolve("2026/TW2/2026-TW-II-kewirausahaan.xlsx"))) {
                wb.write(out);
            }
        }
        // Bad files: a corrupt workbook, a renamed text file, a CSV, and Excel's lock file (ignored silently).
        Files.write(in.resolve("2026/TW2/rusak.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        Files.writeString(in.resolve("2026/TW2/catatan.xlsx"), "ini bukan buku kerja");
        Files.writeString(in.resolve("2026/TW2/realisasi.csv"), "Indikator;Realisasi\nJumlah;3\n");
        Files.write(in.resolve("2026/TW2/~$2026-TW-II-kewirausahaan.xlsx"), new byte[] {1, 2, 3});
    }

    private static void row(Sheet s, int r, String no, String jabatan, String indikator, String realisasi,
            String pembilang, String penyebut) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(no);
        row.createCell(1).setCellValue(jabatan);
        row.createCell(2).setCellValue(indikator);
        if (realisasi != null) {
            row.createCell(3).setCellValue(realisasi);
        }
        if (pembilang != null) {
            row.createCell(4).setCellValue(pembilang);
            row.createCell(5).setCellValue(penyebut);
        }
    }

    @Test
    void shouldImportUsableFormsAndListEveryRefusedFileAndCellInMasalah() throws Exception {
        SampleForms sample = new SampleForms(catalogue);
        Path in = WORK.resolve("input");
        var fum = catalogue.unit("SEKSI-FUM").orElseThrow();
        Path older = in.resolve("2026/TW2/FUM lama.xlsx");
        Path newer = in.resolve("2026/TW2/FUM revisi.xlsx");
        sample.write(older, fum, new Periode(2026, 2), 1);
        sample.write(newer, fum, new Periode(2026, 2), 2);
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-07-05T01:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-07-08T01:00:00Z")));

        JobExecution run = launcher.launch(rekapJob, new Periode(2026, 2));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<List<String>> masalah;
        Map<String, Row> indikator;
        DataFormatter fmt = new DataFormatter();
        try (InputStream stream = Files.newInputStream(output(WORK, "Rekap")); Workbook wb = WorkbookFactory.create(stream)) {
            masalah = rows(wb.getSheet("Masalah"), fmt);
            assertThat(rows(wb.getSheet("Belum Lapor"), fmt)).as("a refused cell leaves its indicator visibly empty")
                    .anySatisfy(r -> assertThat(String.join("|", r)).contains("formulir diterima, isian ini kosong")
                            .contains("PD-KWU-01"));
            indikator = RekapJobTest.rowsByCode(wb.getSheet("Rekap Indikator"));
            int tw2 = column(wb.getSheet("Rekap Indikator"), "Realisasi TW II", fmt);
            assertThat(indikator.get("KASI-KWU-01").getCell(tw2).getNumericCellValue()).isEqualTo(1250.0);
            assertThat(indikator.get("PD-KWU-01").getCell(tw2) == null
                    || fmt.formatCellValue(indikator.get("PD-KWU-01").getCell(tw2)).isBlank()).isTrue();
            assertThat(indikator.get("KABID-PUM-02").getCell(tw2).getNumericCellValue()).isEqualTo(12.0);
        }
        assertThat(masalah).anySatisfy(r -> assertThat(String.join("|", r)).contains("2026-TW-II-kewirausahaan.xlsx")
                .contains("TW 2").contains("D6").contains("dua belas"));
        assertThat(masalah).anySatisfy(r -> assertThat(String.join("|", r)).contains("rusak.xlsx"));
        assertThat(masalah).anySatisfy(r -> assertThat(String.join("|", r)).contains("catatan.xlsx"));
        assertThat(masalah).anySatisfy(r -> assertThat(String.join("|", r)).contains("realisasi.csv"));
        assertThat(masalah).anySatisfy(r -> assertThat(String.join("|", r)).contains("FUM lama.xlsx")
                .contains("FUM revisi.xlsx"));
        assertThat(masalah).noneSatisfy(r -> assertThat(String.join("|", r)).contains("~$"));
    }

    private static int column(Sheet sheet, String header, DataFormatter fmt) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (fmt.formatCellValue(cell).strip().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("kolom " + header + " tidak ada");
    }

    private static List<List<String>> rows(Sheet sheet, DataFormatter fmt) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(fmt.formatCellValue(c)));
            out.add(cells);
        }
        return out;
    }

}
