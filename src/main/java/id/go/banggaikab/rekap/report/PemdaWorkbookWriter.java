package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.pemda.PemdaRecap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Pemda's recap, "Rekap Pemda 2026 TW III.xlsx", keeping any earlier one of the same quarter (the new one
 * gets the run time in its name): sheets IKU Pemda, Perangkat Daerah and Capaian Kinerja (the Pemda's LKjIP Bab III
 * table), on {@code paper}.
 */
public final class PemdaWorkbookWriter {

    private final Paper paper;

    public PemdaWorkbookWriter(Paper paper) {
        this.paper = paper;
    }

    public Path write(PemdaRecap recap, Path outputDir) {
        Path target = OutputFiles.freeName(outputDir, PemdaWording.baseName(recap.periode()), "xlsx",
                recap.runTime());
        try (XSSFWorkbook workbook = new NewWorkbook()) {
            Styles styles = new Styles(workbook, paper);
            PemdaSheets.iku(workbook, styles, recap);
            PemdaSheets.offices(workbook, styles, recap);
            PemdaLakipSheet.write(workbook, styles, recap);
            workbook.setActiveSheet(0);
            return OutputFiles.writeAtomically(target, workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException("Rekap Pemda tidak dapat ditulis ke " + target + ": " + e.getMessage(), e);
        }
    }
}
