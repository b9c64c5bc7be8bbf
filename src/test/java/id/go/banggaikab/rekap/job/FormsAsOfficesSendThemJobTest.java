package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * A quarter as offices send it, through the whole job: the Kepala Seksi and the pengelola data of one seksi each
 * send their own file (saved minutes apart), then a correction of one row; the Sekretariat sends one workbook with a
 * sheet per sub bagian; a seksi uses the Evaluasi Renja layout with K and Rp; another withdraws a figure. Every
 * figure reaches the recap, the Rp amounts never as a realisation, and Belum Lapor lists none of these units.
 */
class FormsAsOfficesSendThemJobTest extends JobTestSupport {

    private static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";
    private static final String[] COLUMNS = {"No", "Kode", "Indikator Kinerja", "Realisasi"};

    @BeforeAll
    static void forms() throws Exception {
        Path in = WORK.resolve("input/2026/TW2");
        saved(FormBuilder.xlsx().header(KWU, 2026, "II").blankRow().columns(COLUMNS)
                .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 40)
                .writeTo(in.resolve("kwu-kasi.xlsx")), "2026-07-03T09:00:00Z");
        saved(FormBuilder.xlsx().header(KWU, 2026, "II").blankRow().columns(COLUMNS)
                .row(1, "PD-KWU-01", "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", 6)
                .writeTo(in.resolve("kwu-pengelola.xlsx")), "2026-07-03T09:07:00Z");
        saved(FormBuilder.xlsx().header(KWU, 2026, "II").blankRow().columns(COLUMNS)
                .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 45)
                .writeTo(in.resolve("kwu-perbaikan.xlsx")), "2026-07-08T10:00:00Z");

        FormBuilder sekretariat = FormBuilder.xlsx().sheet("Umum")
                .header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, "II").blankRow().columns(COLUMNS)
                .row(1, "KASUBAG-UAK-01", "Jumlah PNS yang Naik Gaji Berkala Tepat Waktu", 7)
                .sheet("Perencanaan")
                .header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "II").blankRow().columns(COLUMNS)
                .row(1, "KASUBAG-PEK-01", "Jumlah Dokumen Perencanaan yang Berkualitas Baik", 3);
        saved(sekretariat.writeTo(in.resolve("sekretariat.xlsx")), "2026-07-04T08:00:00Z");

        saved(FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Mikro", 2026, "II").blankRow()
                .headerRows(new String[] {"No", "Kode", "Indikator Kinerja", "Target", "<", "Triwulan I", "<",
                    "Triwulan II", "<"}, new String[] {"^", "^", "^", "K", "Rp", "K", "Rp", "K", "Rp"})
                .row(1, "KASI-FUM-02", "Jumlah Usaha Mikro yang Mendapatkan Pelatihan", 50, 100000000, 10,
                        20000000, 12, 25500000)
                .writeTo(in.resolve("fum-renja.xlsx")), "2026-07-05T08:00:00Z");
    }

    private static void saved(Path file, String when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(when)));
    }

    @Test
    void shouldBringEveryFigureToTheRecapWhicheverWayTheOfficeSentIt() throws Exception {
        assertThat(launcher.launch(rekapJob, new Periode(2026, 2)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recap = output(WORK, "Rekap");
        Map<String, Row> rows;
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            rows = RekapJobTest.rowsByCode(wb.getSheet("Rekap Indikator"));
            assertThat(fmt.formatCellValue(rows.get("KASI-KWU-01").getCell(7))).as("the correction wins").isEqualTo("45");
            assertThat(fmt.formatCellValue(rows.get("PD-KWU-01").getCell(7))).as("the other person's file stays")
                    .isEqualTo("6");
            assertThat(fmt.formatCellValue(rows.get("KASI-KWU-01").getCell(13))).contains("kwu-perbaikan.xlsx");
            assertThat(fmt.formatCellValue(rows.get("KASUBAG-UAK-01").getCell(7))).isEqualTo("7");
            assertThat(fmt.formatCellValue(rows.get("KASUBAG-PEK-01").getCell(7))).as("the second sheet's unit")
                    .isEqualTo("3");
            assertThat(fmt.formatCellValue(rows.get("KASI-FUM-02").getCell(7))).as("K of TW II, never the Rp")
                    .isEqualTo("12");
            List<String> missing = column(wb, "Belum Lapor", 0);
            assertThat(missing).as("units that sent a form are not listed as not reporting").doesNotContain(KWU,
                    "Sub Bagian Perencanaan, Evaluasi dan Keuangan", "Sub Bagian Umum, Aset dan Kepegawaian",
                    "Seksi Fasilitasi Usaha Mikro");
            assertThat(column(wb, "Belum Lapor", 1)).as("indicators given by either person are not empty")
                    .doesNotContain("KASI-KWU-01", "PD-KWU-01", "KASUBAG-PEK-01", "KASUBAG-UAK-01", "KASI-FUM-02");
            List<String> reasons = column(wb, "Masalah", 5);
            assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("KASI-KWU-01 TW II: nilai 40 di berkas ini"
                    + " diganti oleh berkas \"2026/TW2/kwu-perbaikan.xlsx\" (nilai 45)"));
        }
        assertThat(jdbc.queryForObject("SELECT anggaran FROM realisasi WHERE indicator_code = 'KASI-FUM-02'",
                java.math.BigDecimal.class)).isEqualByComparingTo("25500000");
    }

    private static List<String> column(Workbook wb, String sheet, int col) {
        List<String> out = new ArrayList<>();
        for (Row row : wb.getSheet(sheet)) {
            out.add(new DataFormatter().formatCellValue(row.getCell(col)));
        }
        return out;
    }
}
