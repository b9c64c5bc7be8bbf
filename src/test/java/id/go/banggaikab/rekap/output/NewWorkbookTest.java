package id.go.banggaikab.rekap.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class NewWorkbookTest {

    @Test
    void closingAWrittenWorkbookDoesNotSaveItAgainWhilePoisOwnCloseDoes() throws Exception {
        NewWorkbook ours = new NewWorkbook();
        byte[] bytes = fill(ours);
        OPCPackage oursPackage = ours.getPackage();
        ours.close();
        assertThat(bytesSavedOnClose(oursPackage)).as("ours: nothing saved on close").isZero();

        XSSFWorkbook plain = new XSSFWorkbook();
        fill(plain);
        OPCPackage plainPackage = plain.getPackage();
        plain.close();
        assertThat(bytesSavedOnClose(plainPackage)).as("POI's close zips the whole package once more")
                .isGreaterThan(bytes.length / 2);

        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(back.getSheet("Rekap").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Capaian");
            assertThat(back.getSheet("Rekap").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(92.5);
        }
    }

    /**
     * What close() saved into the buffer a new workbook's package is opened on (POI 5.5: OPCPackage's private
     * {@code output}); a POI that drops the field fails here, and NewWorkbook's reason should be checked again.
     */
    private static int bytesSavedOnClose(OPCPackage pkg) throws ReflectiveOperationException {
        Field output = OPCPackage.class.getDeclaredField("output");
        output.setAccessible(true);
        Object buffer = output.get(pkg);
        return (int) buffer.getClass().getMethod("size").invoke(buffer);
    }

    @Test
    void aDiscardedWordDocumentKeepsWhatWasWritten() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Bab III Akuntabilitas Kinerja");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        NewWorkbook.discard(doc);
        try (XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(back.getParagraphs().get(0).getText()).isEqualTo("Bab III Akuntabilitas Kinerja");
        }
    }

    private static byte[] fill(XSSFWorkbook wb) throws IOException {
        var sheet = wb.createSheet("Rekap");
        sheet.createRow(2).createCell(1).setCellValue("Capaian");
        sheet.createRow(3).createCell(1).setCellValue(92.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
