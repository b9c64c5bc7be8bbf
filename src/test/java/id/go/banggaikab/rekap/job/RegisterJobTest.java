package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.register.RegisterBuilder;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quarter with forms and the registers beside them in input/register: the recap counts KADIS-01 and KABID-PUM-02
 * from the registers (not from the totals typed on the forms, whose disagreements it lists with both numbers), names
 * the register files as sources, opens each figure to its rows on Rincian Register, never reads a register as a
 * form, and keeps the counts of a locked quarter as locked when the register changes afterwards.
 */
class RegisterJobTest extends JobTestSupport {

    static final Periode TW2 = new Periode(2026, 2);
    static final String[] FORM = {"No", "Kode", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut"};
    static final String KOPERASI = "input/register/Data Keragaan Koperasi 2026.xlsx";

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;
    @Autowired
    DatabaseTrouble trouble;

    @BeforeAll
    static void inputs() throws Exception {
        Path in = WORK.resolve("input/2026");
        int[][] kwu = {{2, 240}, {12, 250}};
        for (int tw = 1; tw <= 2; tw++) {
            FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "TW " + Periode.roman(tw))
                    .blankRow().columns(FORM)
                    .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 10 * tw, null, null)
                    .row(2, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", null, kwu[tw - 1][0],
                            kwu[tw - 1][1])
                    .writeTo(in.resolve("TW" + tw + "/kwu.xlsx"));
        }
        FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2026, "II").blankRow().columns(FORM)
                .row(1, "KADIS-01", "Persentase Koperasi Aktif", null, 60, 84)
                .writeTo(in.resolve("TW2/klp.xlsx"));
        koperasi(true);
        RegisterBuilder.usahaMikro("No", "Nama Usaha", "NIB", "Skala", "Tanggal Terdaftar", "Tanggal Pelatihan",
                "Kecamatan")
                .row(1, "Keripik Pisang Ibu Ani", "9120001000001", "Mikro", "05/01/2025", "12/02/2026", "Luwuk")
                .row(2, "Abon Ikan Tuna", "9120001000002", "Mikro", "05/01/2025", LocalDate.of(2026, 3, 31), "Toili")
                .row(3, "Tenun Banggai", "9120001000003", "Mikro", "10/02/2026", "01/04/2026", "Batui")
                .row(4, "Kopi Bualemo", "9120001000004", "Kecil", "05/01/2025", "12 Mei 2026", "Bualemo")
                .row(5, "Gula Aren Nuhon", "9120001000005", "Mikro", "15/05/2026", "Juni 2026", "Nuhon")
                .row(6, "Keripik Pisang Ibu Ani", "9120001000001", "Mikro", "05/01/2025", "20/05/2026", "Luwuk")
                .row(7, "Dodol Pagimana", "9120001000007", "Mikro", "03/07/2026", null, "Pagimana")
                .write(WORK.resolve("input/register/usaha mikro binaan.xlsx"));
    }

    /** Five koperasi, three of them aktif (Status Aktif and a RAT since 2024); {@code withMaju} adds a fourth. */
    private static void koperasi(boolean withMaju) throws Exception {
        RegisterBuilder k = RegisterBuilder.koperasi().title("DATA KERAGAAN KOPERASI KABUPATEN BANGGAI")
                .header("No", "Nama Koperasi", "NIK", "Status", "Tahun RAT Terakhir", "Kecamatan")
                .row(1, "KSP Sejahtera", "7201010010001", "Aktif", 2025, "Luwuk")
                .row(2, "Kopwan Melati", "7201010010002", "Aktif", 2024, "Toili")
                .row(3, "KUD Harapan", "7201010010003", "Aktif", 2019, "Batui")
                .row(4, "Koperasi Nelayan Bangkit", "7201010010004", "Tidak Aktif", 2018, "Pagimana")
                .row(5, "KSU Mandiri", "7201010010005", "Aktif", 2026, "Kintom");
        if (withMaju) {
            k.row(6, "KSU Maju", "7201010010006", "Aktif", 2026, "Bunta");
        }
        k.write(WORK.resolve(KOPERASI));
    }

    @Test
    void shouldCountFromTheRegistersListTheRowsAndKeepALockedQuartersCountsAsLocked() throws Exception {
        JobExecution run = launcher.launch(rekapJob, TW2);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getStepExecutions().stream().filter(s -> s.getStepName().equals("importForms")).findFirst()
                .orElseThrow().getReadCount()).as("registers are not forms").isEqualTo(3);

        Path recap = output(WORK, "Rekap");
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            ThreeQuartersJobTest.Header h = new ThreeQuartersJobTest.Header(sheet);
            Map<String, Row> rows = RekapJobTest.rowsByCode(sheet);
            Row aktif = rows.get("KADIS-01");
            assertThat(num(aktif, h.col("Realisasi TW II"))).isCloseTo(4 * 100.0 / 6, within(1e-9));
            assertThat(text(aktif, h.col("Realisasi TW I"))).as("a snapshot says nothing of TW I").isEmpty();
            assertThat(text(aktif, h.col("Sumber"))).isEqualTo("Data Keragaan Koperasi 2026.xlsx (TW II)");
            Row dilatih = rows.get("KABID-PUM-02");
            // TW I: 2 trained (12/02, 31/03) of 4 registered by 31/03; TW II: 3 more (01/04, 12 Mei, Juni; the
            // second Ibu Ani is the same NIB, counted once) of 5 registered by 30/06 (Dodol came in July).
            assertThat(num(dilatih, h.col("Realisasi TW I"))).isCloseTo(2 * 100.0 / 4, within(1e-9));
            assertThat(num(dilatih, h.col("Realisasi TW II"))).isCloseTo(3 * 100.0 / 5, within(1e-9));
            assertThat(num(dilatih, h.col("Realisasi s.d. TW"))).isCloseTo(5 * 100.0 / 5, within(1e-9));
            assertThat(text(dilatih, h.col("Sumber"))).contains("usaha mikro binaan.xlsx (TW I, II)")
                    .doesNotContain("kwu.xlsx");
            assertThat(num(rows.get("KASI-KWU-01"), h.col("Realisasi s.d. TW"))).isEqualTo(30.0);

            List<String> masalah = column(wb, "Masalah", 5);
            assertThat(masalah).anySatisfy(m -> assertThat(m).startsWith("KADIS-01 pembilang TW II: formulir menulis"
                    + " 60, hitungan register koperasi 4 (register/Data Keragaan Koperasi 2026.xlsx)"))
                    .anySatisfy(m -> assertThat(m).startsWith("KABID-PUM-02 pembilang TW II: formulir menulis 12,"
                            + " hitungan register usaha mikro binaan 3"))
                    .anySatisfy(m -> assertThat(m).contains("9120001000001 sudah ada di register/usaha mikro"
                            + " binaan.xlsx (lembar Register) baris 2"))
                    .anySatisfy(m -> assertThat(m).contains("KUD Harapan (baris 5)"));

            List<String> bagian = column(wb, "Rincian Register", 0);
            List<String> nama = column(wb, "Rincian Register", 4);
            int summary = nama.indexOf("Jumlah Koperasi Aktif: 4 koperasi");
            int head = nama.lastIndexOf("Jumlah Koperasi Aktif: 4 koperasi");
            assertThat(summary).as("the figures first, as the printed summary").isPositive().isLessThan(head);
            assertThat(bagian.subList(summary, head)).as("then the note that the rows are not printed")
                    .anySatisfy(t -> assertThat(t).startsWith("Baris register di bawah ini tampil di layar dan tidak"
                            + " ikut tercetak"));
            String printed = wb.getPrintArea(wb.getSheetIndex("Rincian Register"));
            int listing = -1;
            for (Row row : wb.getSheet("Rincian Register")) {
                if (text(row, 4).equals("Jumlah Koperasi Aktif: 4 koperasi")) {
                    listing = row.getRowNum(); // the last such row: the listing's own heading
                }
            }
            assertThat(Integer.parseInt(printed.substring(printed.lastIndexOf('$') + 1))).as("only the summary prints: "
                    + printed).isLessThanOrEqualTo(listing);
            assertThat(bagian.get(head)).isEqualTo("KADIS-01 pembilang");
            assertThat(nama.subList(head + 1, head + 5)).containsExactly("KSP Sejahtera", "Kopwan Melati",
                    "KSU Mandiri", "KSU Maju");
            assertThat(column(wb, "Rincian Register", 6).get(head + 1)).isEqualTo("Status: Aktif · Tahun RAT"
                    + " Terakhir: 2025");
            assertThat(nama).contains("Usaha mikro yang dilatih: 5 usaha mikro", "Usaha mikro binaan: 5 usaha mikro");
            assertThat(column(wb, "Jejak Data", 9)).contains("register/Data Keragaan Koperasi 2026.xlsx",
                    "register/usaha mikro binaan.xlsx");
        }

        List<String> kwuTw2 = receipt("2026 TW II");
        assertThat(kwuTw2).as("the unit's receipt says its typed figure gave way to the register's count")
                .anySatisfy(t -> assertThat(t).startsWith("KABID-PUM-02 pembilang TW II: formulir menulis 12,")
                        .contains("dipakai hitungan register"));

        assertThat(new QuarterRun(jobs, "kunci", launcher, properties, runLocks, trouble).run(TW2,
                Map.of(LockTasklet.CONFIRMATION, "9"))).isEqualTo(ExitCodes.OK);
        koperasi(false);
        FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "TW III").blankRow()
                .columns(FORM).row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 35, null, null)
                .writeTo(WORK.resolve("input/2026/TW3/kwu.xlsx"));
        assertThat(launcher.launch(rekapJob, new Periode(2026, 3)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> kwuTw3 = receipt("2026 TW III");
        assertThat(kwuTw3).as("a ratio the registers give whole is no indicator the unit failed to report")
                .anySatisfy(t -> assertThat(t).startsWith("KABID-PUM-02 TW III: pembilang dan penyebut dihitung dari"
                        + " register usaha mikro binaan (").contains("tidak perlu diisi"))
                .contains("PD-KWU-01") // not on the form, given by no register: still not reported
                .anySatisfy(t -> assertThat(t).endsWith("1 catatan lain, 1 indikator belum dilaporkan"));
        List<String> notReported = kwuTw3.subList(kwuTw3.indexOf("D. Indikator yang belum dilaporkan"),
                kwuTw3.indexOf("E. Capaian s.d. TW III (sama dengan rekap)"));
        assertThat(notReported).doesNotContain("Persentase Usaha Mikro yang Dilatih").contains("PD-KWU-01");
        try (InputStream in = Files.newInputStream(newest("Rekap Kinerja 2026 TW III"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            ThreeQuartersJobTest.Header h = new ThreeQuartersJobTest.Header(sheet);
            Row aktif = RekapJobTest.rowsByCode(sheet).get("KADIS-01");
            assertThat(num(aktif, h.col("Realisasi TW II"))).as("counted from the registers kept with the lock")
                    .isCloseTo(4 * 100.0 / 6, within(1e-9));
            assertThat(num(aktif, h.col("Realisasi TW III"))).as("today's register").isCloseTo(3 * 100.0 / 5,
                    within(1e-9));
        }
    }

    /** Every text of the Kewirausahaan seksi's receipt of a quarter ("2026 TW II"). */
    private static List<String> receipt(String quarter) throws Exception {
        Path file = WORK.resolve("output/" + quarter + "/tanda-terima/Seksi Peningkatan Kualitas Kewirausahaan - "
                + quarter + ".xlsx");
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheetAt(0)) {
                row.forEach(c -> out.add(new DataFormatter().formatCellValue(c)));
            }
        }
        return out;
    }

    private static Path newest(String prefix) throws Exception {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".xlsx")).max((a, b) -> Long.compare(a.toFile()
                            .lastModified(), b.toFile().lastModified())).orElseThrow();
        }
    }

    private static List<String> column(Workbook wb, String sheet, int col) {
        List<String> out = new ArrayList<>();
        for (Row row : wb.getSheet(sheet)) {
            out.add(new DataFormatter().formatCellValue(row.getCell(col)));
        }
        return out;
    }

    private static String text(Row row, int col) {
        return new DataFormatter().formatCellValue(row.getCell(col)).strip();
    }
}
