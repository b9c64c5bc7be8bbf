package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The LKjIP's Bab III as a workbook (SPEC §6): Capaian Kinerja, Capaian Sasaran, Realisasi Anggaran and Analisis,
 * then the trend charts and the notes on the inputs. Calibri 10 on A4 landscape, as the LAKIP table always was.
 */
final class LakipWorkbook {

    private LakipWorkbook() {
    }

    static void write(Lkjip lkjip, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
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
