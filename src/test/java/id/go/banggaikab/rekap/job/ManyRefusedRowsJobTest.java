package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.RefusedRowsForm;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * One form with thousands of refused rows (a broken export, a hostile file) must not stall the run: Masalah still
 * lists every refused cell (SPEC §5), the printable receipt lists a bounded number and says how many more there are
 * and where they are listed (every one on a sheet of the receipt without merged cells), and nothing grows faster than
 * the rows. 3,000 rows here (any number past the receipt's 200 shows the behaviour; {@code -Duji.ditolak=20000} runs
 * the 20,000); the time of 20,000 is measured by {@code scripts/benchmark-refused-rows.sh}, not here.
 */
class ManyRefusedRowsJobTest extends JobTestSupport {

    static final int REFUSED = Integer.getInteger("uji.ditolak", 3_000);
    private static final Periode TW1 = new Periode(2026, 1);
    private static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";

    @Test
    void thousandsOfRefusedRowsAreListedWholeOnMasalahAndBoundedOnThePrintedReceipt() throws Exception {
        RefusedRowsForm.of(REFUSED).writeTo(WORK.resolve("input/2026/TW1/kwu.xlsx"));

        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<String> masalah = Workbooks.lines(Workbooks.newestRecap(WORK), "Masalah");
        assertThat(masalah.stream().filter(l -> l.startsWith("Sel ditolak | 2026/TW1/kwu.xlsx")))
                .as("every refused cell on Masalah").hasSize(REFUSED);

        try (var in = Files.newInputStream(Workbooks.receipt(WORK, KWU, TW1)); Workbook wb = WorkbookFactory.create(in)) {
            List<String> printed = Workbooks.lines(wb.getSheet("Tanda Terima"));
            assertThat(printed).anySatisfy(l -> assertThat(l).contains("KASI-KWU-01").contains("30"));
            assertThat(printed.stream().filter(l -> l.contains("Sel ditolak"))).hasSize(200);
            String more = IndonesianNumbers.format(REFUSED - 200);
            assertThat(printed).anySatisfy(l -> assertThat(l).contains("dan " + more + " catatan lain tidak"
                    + " dicantumkan di sini").contains("lembar \"Semua Catatan\" pada tanda terima ini")
                    .contains("lembar Masalah"));
            assertThat(Workbooks.lines(wb.getSheet("Semua Catatan")).stream().filter(l -> l.contains("Sel ditolak")))
                    .as("the receipt still holds every one").hasSize(REFUSED);
            assertThat(wb.getSheet("Tanda Terima").getNumMergedRegions()).as("merged cells do not grow with the"
                    + " refused rows").isLessThan(1_000);
            assertThat(wb.getSheet("Semua Catatan").getNumMergedRegions()).isZero();
        }
    }
}
