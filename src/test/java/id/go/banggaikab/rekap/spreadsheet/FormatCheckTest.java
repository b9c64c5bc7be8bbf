package id.go.banggaikab.rekap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A zip is told by its part names. When its directory is one we read, those names decide: text inside a part that
 * happens to spell another format's part name (a form stored without compression, as some tools save it, whose cell
 * mentions "word/document.xml") does not turn a workbook into a Word document. Other zips are still searched whole.
 */
class FormatCheckTest {

    private static final String MENTION = "Lampiran: word/document.xml, ppt/presentation.xml, xl/workbook.bin";

    @Test
    void aWorkbookStoredUncompressedWhoseCellNamesOtherPartsIsRead() throws Exception {
        byte[] bytes = stored(workbook(MENTION));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("word/document");

        WorkbookSheets.Result read = WorkbookSheets.read(bytes);

        assertThat(read.refusal()).isNull();
        assertThat(read.sheets()).singleElement().satisfies(s -> assertThat(s.value(0, 0).asText())
                .isEqualTo(MENTION));
    }

    @Test
    void aWordDocumentStoredUncompressedIsStillWord() throws Exception {
        byte[] word;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("xl/worksheets/sheet1.xml");
            doc.write(out);
            word = stored(out.toByteArray());
        }

        WorkbookSheets.Result read = WorkbookSheets.read(word);

        assertThat(read.sheets()).isNull();
        assertThat(read.refusal().reason()).isEqualTo(Refusal.Reason.NOT_A_WORKBOOK);
        assertThat(read.refusal().message()).contains("dokumen Word");
    }

    private static byte[] workbook(String text) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Formulir").createRow(0).createCell(0).setCellValue(text);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The same parts, each stored without compression, so their text lies open in the file's bytes. */
    private static byte[] stored(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                TestZip.putStored(z, e.getName(), in.readAllBytes());
            }
        }
        return out.toByteArray();
    }
}
