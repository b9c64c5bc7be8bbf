package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * Only the shared folder is read: a link in the input folder (or the register folder) that points outside it is not
 * read and is listed with a plain reason; a link to a file inside is that file, not a second submission; a link that
 * loops or points nowhere is listed, and the run goes on.
 */
class LinkedFilesJobTest extends JobTestSupport {

    private static final Periode TW1 = new Periode(2026, 1);
    private static final String[] COLUMNS = {"Kode", "Indikator Kinerja", "Realisasi"};

    @TempDir
    static Path outside;

    @BeforeAll
    static void folder() throws Exception {
        Path in = WORK.resolve("input/2026/TW1");
        Files.createDirectories(in);
        Path elsewhere = FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2026, "I").columns(COLUMNS)
                .row("KASI-KLP-01", "Jumlah Koperasi yang Dibentuk dan Dibina", 60)
                .writeTo(outside.resolve("klp di tempat lain.xlsx"));
        Files.createSymbolicLink(in.resolve("klp.xlsx"), elsewhere);
        Files.createSymbolicLink(in.resolve("passwd.xlsx"), Path.of("/etc/passwd"));
        Path folderElsewhere = Files.createDirectories(outside.resolve("arsip"));
        FormBuilder.xlsx().header("Seksi Keanggotaan dan Penerapan Peraturan", 2026, "I").columns(COLUMNS)
                .row("KASI-KPP-01", "Jumlah Koperasi yang Melaksanakan RAT", 90).writeTo(folderElsewhere.resolve("kpp.xlsx"));
        Files.createSymbolicLink(in.resolve("arsip"), folderElsewhere);

        Path kwu = FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "I").columns(COLUMNS)
                .row("KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 6).writeTo(in.resolve("kwu.xlsx"));
        Files.createSymbolicLink(in.resolve("kwu juga.xlsx"), kwu);
        Files.createSymbolicLink(in.resolve("putaran"), WORK.resolve("input/2026"));
        Files.createSymbolicLink(in.resolve("a.xlsx"), in.resolve("b.xlsx"));
        Files.createSymbolicLink(in.resolve("b.xlsx"), in.resolve("a.xlsx"));
        Files.createSymbolicLink(in.resolve("hilang.xlsx"), outside.resolve("sudah dihapus.xlsx"));

        Path registers = Files.createDirectories(WORK.resolve("input/register"));
        Files.write(outside.resolve("Data Keragaan Koperasi.xlsx"), new byte[] {1, 2, 3});
        Files.createSymbolicLink(registers.resolve("Data Keragaan Koperasi.xlsx"),
                outside.resolve("Data Keragaan Koperasi.xlsx"));
    }

    @Test
    void nothingOutsideTheSharedFolderIsReadAndEveryLinkIsAccountedFor() throws Exception {
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT path FROM submission_file ORDER BY path", String.class))
                .as("only the one form that lies in the folder, once").containsExactly("2026/TW1/kwu.xlsx");
        Path recap = Workbooks.newestRecap(WORK);
        assertThat(figure(recap, "KASI-KLP-01")).as("the form kept elsewhere is not read").isEmpty();
        assertThat(figure(recap, "KASI-KPP-01")).isEmpty();
        assertThat(figure(recap, "KASI-KWU-01")).isEqualTo("6");

        List<String> masalah = Workbooks.lines(recap, "Masalah");
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Berkas ditolak | 2026/TW1/klp.xlsx | ")
                .contains("Tautan (symbolic link) ke berkas di luar folder input").contains("tidak dibaca"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Berkas ditolak | 2026/TW1/passwd.xlsx | ")
                .contains("di luar folder input (/etc/passwd)"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Berkas ditolak | 2026/TW1/arsip | ")
                .contains("Tautan (symbolic link) ke folder di luar folder input"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Berkas ditolak | 2026/TW1/a.xlsx | ")
                .contains("berputar"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Berkas ditolak | 2026/TW1/hilang.xlsx | ")
                .contains("tujuannya tidak ada"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).contains("register/Data Keragaan Koperasi.xlsx")
                .contains("di luar folder register"));
        assertThat(masalah).as("a link inside the folder is the file it points to, nothing to report")
                .noneSatisfy(l -> assertThat(l).contains("kwu juga.xlsx")).noneSatisfy(l -> assertThat(l)
                        .contains("putaran"));
        assertThat(masalah).noneSatisfy(l -> assertThat(l).contains("root:"));
    }

    private static String figure(Path recap, String code) throws Exception {
        try (var in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            var sheet = wb.getSheet("Rekap Indikator");
            ThreeQuartersJobTest.Header h = new ThreeQuartersJobTest.Header(sheet);
            Row row = RekapJobTest.rowsByCode(sheet).get(code);
            return new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(h.col("Realisasi TW I")));
        }
    }
}
