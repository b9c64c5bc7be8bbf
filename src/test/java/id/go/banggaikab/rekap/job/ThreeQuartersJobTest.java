package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Three quarters of hand-made forms with numbers chosen so every figure can be computed by hand, checked in the
 * recap's Rekap Indikator sheet and in the LAKIP table: flows add up, stocks take the latest quarter, a ratio is
 * recomputed from its accumulated parts (never an average of percentages), a predicate scores by rank.
 */
class ThreeQuartersJobTest extends JobTestSupport {

    static final String[] COLUMNS = {"No", "Kode", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut"};


    @BeforeAll
    static void forms() {
        Path in = WORK.resolve("input/2026");
        Object[][] kwu = {{10, 10, 200, 5}, {20, 12, 250, "-"}, {30, 8, 240, 7}};
        Object[] disiplin = {88, 90, 91};
        for (int tw = 1; tw <= 3; tw++) {
            Object[] v = kwu[tw - 1];
            FormBuilder.xlsx().title("REALISASI IKI").header("Seksi Peningkatan Kualitas Kewirausahaan", 2026,
                    "TW " + Periode.roman(tw)).blankRow().columns(COLUMNS)
                    .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", v[0], null, null)
                    .row(2, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", null, v[1], v[2])
                    .row(3, "PD-KWU-01", "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", v[3], null, null)
                    .writeTo(in.resolve("TW" + tw + "/kwu.xlsx"));
            FormBuilder.xlsx().header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, String.valueOf(tw)).blankRow()
                    .columns(COLUMNS).row(1, "KADIS-04", "Persentase Peningkatan Disiplin ASN", disiplin[tw - 1], null,
                            null)
                    .writeTo(in.resolve("TW" + tw + "/umum.xlsx"));
        }
        FormBuilder.xlsx().header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "Triwulan III").blankRow()
                .columns(COLUMNS).row(1, "KADIS-03", "Nilai Akuntabilitas Kinerja", "BB", null, null)
                .writeTo(in.resolve("TW3/pek.xlsx"));
        // Sends TW I and then nothing: by TW III its 4 of TW I must not read as a low TW III score.
        FormBuilder.xlsx().header("Seksi Pengawasan, Pemeriksaan dan Penilaian Kesehatan KSP/USP", 2026, "I")
                .blankRow().columns(COLUMNS)
                .row(1, "KASI-USP-01", "Jumlah Koperasi Aktif yang Diawasi dan Dinilai", 4, null, null)
                .writeTo(in.resolve("TW1/usp.xlsx"));
    }

    @Test
    void shouldAccumulateEachPartByItsRuleAndScoreAgainstTheTargets() throws Exception {
        JobExecution run = launcher.launch(rekapJob, new Periode(2026, 3));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (Workbook wb = open("Rekap")) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            Map<String, Row> rows = RekapJobTest.rowsByCode(sheet);
            Header h = new Header(sheet);
            Row kasi = rows.get("KASI-KWU-01");
            assertThat(num(kasi, h.col("Realisasi TW I"))).isEqualTo(10.0);
            assertThat(num(kasi, h.col("Realisasi TW III"))).isEqualTo(30.0);
            assertThat(text(kasi, h.col("Realisasi TW IV"))).isEmpty();
            assertThat(num(kasi, h.col("Realisasi s.d. TW"))).isEqualTo(60.0);
            // The shipped example targets: 60 a year, 45 by TW III. One capaian, against the target s.d. TW III.
            assertThat(num(kasi, h.col("Target"))).isEqualTo(45.0);
            assertThat(num(kasi, h.col("Capaian (%)"))).isCloseTo(60 * 100.0 / 45, within(1e-9));
            assertThat(text(kasi, h.col("Kategori"))).isEqualTo("Sangat Tinggi");
            assertThat(text(kasi, h.col("Dasar Target"))).isEqualTo("target s.d. TW III (Rencana Aksi)");
            assertThat(num(kasi, h.col("Target Tahunan"))).isEqualTo(60.0);
            assertThat(num(kasi, h.col("Capaian thd Target Tahunan (%)"))).as("the annual view, labelled")
                    .isCloseTo(100.0, within(1e-9));
            assertThat(h.heading("Capaian (%)")).as("the shipped targets are still the example")
                    .isEqualTo("Capaian (%)\n(target contoh,\nbelum resmi)");
            assertThat(text(kasi, h.col("Sumber"))).contains("kwu.xlsx");

            Row dilatih = rows.get("KABID-PUM-02");
            assertThat(num(dilatih, h.col("Realisasi TW II"))).isCloseTo(12 * 100.0 / 250, within(1e-9));
            // (10 + 12 + 8) / 240 latest binaan = 12.5 %, not the 4.8 % mean of the quarters' percentages.
            assertThat(num(dilatih, h.col("Realisasi s.d. TW"))).isCloseTo(12.5, within(1e-9));
            assertThat(num(dilatih, h.col("Capaian (%)"))).isCloseTo(12.5 * 100 / 30, within(1e-9));
            assertThat(text(dilatih, h.col("Kategori"))).isEqualTo("Sangat Rendah");

            Row dikelola = rows.get("PD-KWU-01");
            assertThat(text(dikelola, h.col("Realisasi TW II"))).as("'-' is not reported, not zero").isEmpty();
            assertThat(num(dikelola, h.col("Realisasi s.d. TW"))).isEqualTo(12.0);

            Row disiplin = rows.get("KADIS-04");
            assertThat(num(disiplin, h.col("Realisasi s.d. TW"))).isEqualTo(91.0);
            assertThat(num(disiplin, h.col("Capaian (%)"))).isCloseTo(91 * 100.0 / 92, within(1e-9));

            Row akuntabilitas = rows.get("KADIS-03");
            assertThat(text(akuntabilitas, h.col("Realisasi s.d. TW"))).isEqualTo("BB");
            assertThat(num(akuntabilitas, h.col("Capaian (%)"))).isCloseTo(5 * 100.0 / 6, within(1e-9));
            assertThat(text(akuntabilitas, h.col("Kategori"))).isEqualTo("Tinggi");

            Row notReported = rows.get("KASI-FUM-01");
            assertThat(text(notReported, h.col("Realisasi s.d. TW"))).isEmpty();
            Cell notScored = notReported.getCell(h.col("Capaian (%)"));
            assertThat(notScored == null || notScored.getCellType() == CellType.BLANK)
                    .as("no value is no capaian, never 0 %%: %s", notScored).isTrue();
            assertThat(text(notReported, h.col("Kategori"))).isIn("Belum ada data", "Belum lapor TW III");
        }
        tellsWhatIsMissingAndKeepsCatalogueNotesApart(run);
        try (Workbook wb = open("Tabel LAKIP")) {
            Sheet sheet = wb.getSheetAt(0);
            Header h = new Header(sheet);
            Row dilatih = find(sheet, "Persentase Usaha Mikro yang Dilatih");
            // Before TW IV the LKjIP measures against the Rencana Aksi target s.d. TW III (30), as the scores do.
            assertThat(num(dilatih, h.col("Target"))).isEqualTo(30.0);
            assertThat(num(dilatih, h.col("Realisasi"))).isCloseTo(12.5, within(1e-9));
            assertThat(num(dilatih, h.col("Capaian (%)"))).isCloseTo(12.5 * 100 / 30, within(1e-9));
            Row disiplin = find(sheet, "Persentase Peningkatan Disiplin ASN");
            assertThat(num(disiplin, h.col("Realisasi"))).isEqualTo(91.0);
            assertThat(find(sheet, "Jumlah Peserta Pelatihan Usaha Mikro")).as("kegiatan level stays internal")
                    .isNull();
        }
    }

    /**
     * 3 of the 11 reporting units sent a TW III form (Seksi USP only TW I): the scores say so, USP reads "Belum lapor
     * TW III" instead of a low score, the NIP notes of katalog.yml are on their own sheet and not on Masalah, and the
     * run ends with that summary.
     */
    private void tellsWhatIsMissingAndKeepsCatalogueNotesApart(JobExecution run) throws IOException {
        try (Workbook wb = open("Rekap")) {
            Sheet ringkasan = wb.getSheet("Ringkasan");
            assertThat(text(ringkasan.getRow(4), 3)).startsWith("sementara: berdasarkan 3 dari 11 unit");
            Sheet unit = wb.getSheet("Rekap Unit");
            Row usp = find(unit, "Seksi Pengawasan, Pemeriksaan dan Penilaian Kesehatan KSP/USP");
            assertThat(text(usp, 3)).as("no score").isEmpty();
            assertThat(text(usp, 4)).isEqualTo("Belum lapor TW III");
            Row uspIndicator = RekapJobTest.rowsByCode(wb.getSheet("Rekap Indikator")).get("KASI-USP-01");
            Header h = new Header(wb.getSheet("Rekap Indikator"));
            assertThat(num(uspIndicator, h.col("Realisasi TW I"))).isEqualTo(4.0);
            assertThat(text(uspIndicator, h.col("Kategori"))).isEqualTo("Belum lapor TW III");
            DataFormatter fmt = new DataFormatter();
            for (Row row : wb.getSheet("Masalah")) {
                row.forEach(c -> assertThat(fmt.formatCellValue(c)).doesNotContain("katalog.yml", "NIP"));
            }
            Sheet notes = wb.getSheet("Catatan Katalog");
            assertThat(notes.getLastRowNum()).isEqualTo(3 + 3);
            assertThat(text(notes.getRow(4), 5)).contains("NIP");
        }
        String summary = run.getExecutionContext().getString(QuarterRun.SUMMARY);
        assertThat(summary.lines()).first().isEqualTo("Triwulan III 2026: 3 dari 11 unit melapor; 8 unit belum "
                + "melapor (lembar Belum Lapor).");
        assertThat(summary).contains("Ditolak: 0 berkas, 0 sel.", "Catatan katalog dan target: 3 (lembar Catatan"
                + " Katalog)", "Rekap (draf): " + WORK.resolve("output").toAbsolutePath(), "Target: target contoh,"
                + " belum resmi (target-2026.xlsx masih bertanda CONTOH)");
    }

    private static Workbook open(String prefix) throws IOException {
        try (InputStream in = Files.newInputStream(output(WORK, prefix))) {
            return WorkbookFactory.create(in);
        }
    }



    private static String text(Row row, int col) {
        return new DataFormatter().formatCellValue(row.getCell(col)).strip();
    }

    /**
     * Column positions by header text (its first line: a capaian heading may add "(target contoh, belum resmi)"
     * below), from the first row that holds "Indikator Kinerja".
     */
    record Header(Map<String, Integer> columns, Map<String, String> headings) {
        Header(Sheet sheet) {
            this(read(sheet, true), read(sheet, false));
        }

        static <T> Map<String, T> read(Sheet sheet, boolean positions) {
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                Map<String, T> map = new java.util.HashMap<>();
                row.forEach(c -> {
                    String shown = fmt.formatCellValue(c).strip();
                    @SuppressWarnings("unchecked")
                    T value = (T) (positions ? (Object) c.getColumnIndex() : shown);
                    map.putIfAbsent(shown.split("\n")[0], value);
                });
                if (map.containsKey("Indikator Kinerja")) {
                    return map;
                }
            }
            throw new AssertionError("baris judul kolom tidak ditemukan");
        }

        int col(String name) {
            Integer c = columns.get(name);
            assertThat(c).as("kolom %s", name).isNotNull();
            return c;
        }

        /** The whole heading of the column whose first line is {@code name}. */
        String heading(String name) {
            return headings.get(name);
        }
    }
}
