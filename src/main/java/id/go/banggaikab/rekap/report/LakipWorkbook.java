package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.InputDigest;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The LKjIP's Bab III as a workbook (SPEC §6): Capaian Kinerja, Capaian Sasaran, Realisasi Anggaran and Analisis,
 * then the trend charts and the notes on the inputs. Arial 10 on A4 landscape like the recap, so that a page checked
 * in LibreOffice (which draws Arial with the metric-compatible Liberation Sans, but Calibri with a wider font where it
 * is not installed) is the page Excel prints.
 */
final class LakipWorkbook {

    private LakipWorkbook() {
    }

    static void write(Lkjip lkjip, OutputStream out, String digest) throws IOException {
        try (XSSFWorkbook workbook = new NewWorkbook()) {
            InputDigest.store(workbook.getProperties(), digest, lkjip.recap().verification().isFinal());
            Styles styles = new Styles(workbook, Paper.A4);
            LakipSheets.capaianKinerja(workbook, styles, lkjip);
            LakipSheets.capaianSasaran(workbook, styles, lkjip);
            LakipBudgetSheet.write(workbook, styles, lkjip);
            LakipNotesSheets.analisis(workbook, styles, lkjip);
            LakipTrendSheet.write(workbook, styles, lkjip);
            LakipNotesSheets.catatan(workbook, styles, lkjip);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }
}
