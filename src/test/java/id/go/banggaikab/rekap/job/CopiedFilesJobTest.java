package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * A file is its path (SPEC §2): the same bytes in two places are two submissions, each with the unit and quarter
 * its own place gives, and a file is taken for a renamed one only when its old path is gone.
 */
class CopiedFilesJobTest extends JobTestSupport {

    private static final Periode TW1 = new Periode(2026, 1);
    private static final Periode TW2 = new Periode(2026, 2);
    private static final String KLP = "Seksi Kelembagaan dan Perizinan";
    private static final String FUM = "Seksi Fasilitasi Usaha Mikro";
    private static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";

    /** A form without a header block: its unit and quarter come from where it lies. */
    private static byte[] headerless(Object[]... rows) {
        FormBuilder form = FormBuilder.xlsx().title("LAPORAN REALISASI").columns("Kode", "Indikator Kinerja",
                "Realisasi");
        for (Object[] row : rows) {
            form.row(row);
        }
        return form.bytes();
    }

    @Test
    void aCopyStartingNextQuarterLeavesTheFirstQuarterItsReportAndCountsForBothQuarters() throws Exception {
        byte[] klp = headerless(new Object[] {"KASI-KLP-01", "Jumlah Koperasi yang Dibentuk dan Dibina", 6});
        Path first = WORK.resolve("input/2026/TW1/" + KLP + ".xlsx");
        Files.createDirectories(first.getParent());
        Files.write(first, klp);
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path copy = WORK.resolve("input/2026/TW2/" + KLP + ".xlsx");
        Files.createDirectories(copy.getParent());
        Files.copy(first, copy, StandardCopyOption.COPY_ATTRIBUTES);

        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recapTw1 = Workbooks.newestRecap(WORK);
        assertThat(realisation(recapTw1, "KASI-KLP-01", "Realisasi TW I")).as("TW I keeps its report").isEqualTo("6");
        assertThat(Workbooks.lines(recapTw1, "Belum Lapor")).noneSatisfy(l -> assertThat(l).startsWith(KLP + " |"));
        assertThat(Workbooks.receipt(WORK, KLP, TW1)).exists();

        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recapTw2 = Workbooks.newestRecap(WORK);
        assertThat(realisation(recapTw2, "KASI-KLP-01", "Realisasi TW I")).isEqualTo("6");
        assertThat(realisation(recapTw2, "KASI-KLP-01", "Realisasi TW II")).as("the copy is TW II's report")
                .isEqualTo("6");
        assertThat(Workbooks.lines(Workbooks.receipt(WORK, KLP, TW2), null))
                .anySatisfy(l -> assertThat(l).contains("2026/TW2/" + KLP + ".xlsx"))
                .noneSatisfy(l -> assertThat(l).contains("2026/TW1/"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_file WHERE path LIKE ?", Integer.class,
                "%" + KLP + "%")).isEqualTo(2);
    }

    @Test
    void theSameFileInTwoUnitsFoldersGivesEachUnitItsOwnReceiptAndProblems() throws Exception {
        byte[] both = headerless(new Object[] {"KASI-FUM-01", "Jumlah Usaha Mikro yang Terfasilitasi Sarana Usaha", 4},
                new Object[] {"KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 30});
        for (String unit : List.of(FUM, KWU)) {
            Path file = WORK.resolve("input/2026/TW1/" + unit + "/laporan.xlsx");
            Files.createDirectories(file.getParent());
            Files.write(file, both);
        }

        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<String> fum = Workbooks.lines(Workbooks.receipt(WORK, FUM, TW1), null);
        List<String> kwu = Workbooks.lines(Workbooks.receipt(WORK, KWU, TW1), null);
        assertThat(fum).anySatisfy(l -> assertThat(l).contains("2026/TW1/" + FUM + "/laporan.xlsx"))
                .anySatisfy(l -> assertThat(l).contains("KASI-FUM-01").contains("4"))
                .anySatisfy(l -> assertThat(l).contains("Sel ditolak").contains("KASI-KWU-01"));
        assertThat(kwu).anySatisfy(l -> assertThat(l).contains("2026/TW1/" + KWU + "/laporan.xlsx"))
                .anySatisfy(l -> assertThat(l).contains("KASI-KWU-01").contains("30"))
                .anySatisfy(l -> assertThat(l).contains("Sel ditolak").contains("KASI-FUM-01"));
        List<String> masalah = Workbooks.lines(Workbooks.newestRecap(WORK), "Masalah");
        assertThat(masalah).anySatisfy(l -> assertThat(l).contains(FUM + "/laporan.xlsx").contains("KASI-KWU-01"))
                .anySatisfy(l -> assertThat(l).contains(KWU + "/laporan.xlsx").contains("KASI-FUM-01"));
    }

    @Test
    void aRenamedFileIsTheSameSubmissionOnlyOnceItsOldPathIsGone() throws Exception {
        Path dir = WORK.resolve("input/2026/TW1/Seksi Keanggotaan dan Penerapan Peraturan");
        Files.createDirectories(dir);
        Path old = Files.write(dir.resolve("laporan.xlsx"), headerless(new Object[] {"KASI-KPP-01",
            "Jumlah Koperasi yang Melaksanakan RAT", 3}));
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long id = jdbc.queryForObject("SELECT id FROM submission_file WHERE path LIKE '%/laporan.xlsx'"
                + " AND path LIKE '%Keanggotaan%'", Long.class);

        Path renamed = Files.move(old, dir.resolve("laporan TW I final.xlsx"));
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT path FROM submission_file WHERE id = ?", String.class, id))
                .as("the rename keeps the one record, under its new name")
                .containsExactly("2026/TW1/Seksi Keanggotaan dan Penerapan Peraturan/laporan TW I final.xlsx");
        assertThat(Workbooks.lines(Workbooks.newestRecap(WORK), "Masalah"))
                .noneSatisfy(l -> assertThat(l).contains("laporan TW I final.xlsx"));

        Files.copy(renamed, dir.resolve("salinan.xlsx"));
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT path FROM submission_file WHERE path LIKE '%Keanggotaan%' ORDER BY id",
                String.class)).as("a copy beside a file that is still there is a submission of its own")
                .containsExactly("2026/TW1/Seksi Keanggotaan dan Penerapan Peraturan/laporan TW I final.xlsx",
                        "2026/TW1/Seksi Keanggotaan dan Penerapan Peraturan/salinan.xlsx");
    }

    /** The indicator's cell in a column of Rekap Indikator, as Excel shows it. */
    private static String realisation(Path recap, String code, String column) throws Exception {
        try (var in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            var sheet = wb.getSheet("Rekap Indikator");
            ThreeQuartersJobTest.Header h = new ThreeQuartersJobTest.Header(sheet);
            Row row = RekapJobTest.rowsByCode(sheet).get(code);
            return new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(h.col(column)));
        }
    }
}
