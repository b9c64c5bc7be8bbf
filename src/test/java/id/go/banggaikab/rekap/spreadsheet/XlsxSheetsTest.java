package id.go.banggaikab.rekap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The one-pass .xlsx path reads what Excel saves, and leaves to POI (or refuses) what it cannot vouch for rather
 * than reading half of it: damaged XML, references no sheet has, styles the workbook lacks, parts not in UTF-8.
 */
class XlsxSheetsTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    /** A small form as Excel would save it: text in shared strings, a number, a percent style and a merge. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("TW II");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("REALISASI KINERJA & CAPAIAN");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row row = sheet.createRow(2);
            row.createCell(1).setCellValue(12.5);
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            row.createCell(2).setCellValue(0.85);
            row.getCell(2).setCellStyle(percent);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with one part's text changed. */
    private static byte[] withPart(byte[] xlsx, String part, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(part) ? change.apply(content) : content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static UnaryOperator<byte[]> replace(String from, String to) {
        return bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            assertThat(xml).contains(from);
            return xml.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void readsAWorkbookThatAsksForRecalculationButHoldsNoFormulaInOnePassAsPoiDoes() throws Exception {
        // openpyxl, XlsxWriter and PhpSpreadsheet write this flag into every workbook, formulas or not
        byte[] xlsx = withPart(workbook(), "xl/workbook.xml", bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            assertThat(xml).doesNotContain("calcPr");
            return xml.replace("</workbook>", "<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>")
                    .getBytes(StandardCharsets.UTF_8);
        });
        assertThat(WorkbookSheets.withPoi(xlsx).sheets()).isNotNull();
        try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(poi.getForceFormulaRecalculation()).isTrue();
        }

        List<SheetView> fast = XlsxSheets.read(xlsx);

        SheetViews.assertSame(WorkbookSheets.withPoi(xlsx).sheets(), fast, "fast path against POI");
        assertThat(fast.get(0).value(2, 1).number()).isEqualTo(12.5);
    }

    @Test
    void computesTheFormulasOfAWorkbookThatAsksForRecalculationInOnePassAsPoiDoes() throws Exception {
        byte[] xlsx = recalculating(wb -> {
            Sheet form = wb.createSheet("TW II");
            Row row = form.createRow(0);
            row.createCell(0).setCellValue(30);
            row.createCell(1).setCellValue(60);
            formula(row, 2, "IF(AND(ISNUMBER(A1),ISNUMBER(B1),B1<>0),A1/B1*100,\"\")", 0); // the form's ratio
            formula(row, 3, "C1+'Data Dukung'!A1", 0); // another sheet, and a formula that uses a formula
            formula(row, 4, "A1/0", 0);
            formula(row, 5, "\"[\"&'Data Dukung'!B1&\"]\"", 0); // text as written, spaces and all
            formula(row, 6, "IF(B1>A1,\"\",1)", 0);
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            formula(row, 7, "A1/B1", 0).setCellStyle(percent);
            formula(row, 8, "INFO(\"osversion\")", 0); // POI cannot compute it: reported only if read
            formula(row, 9, "SUM(A1:B1)>80", 0);
            Row data = wb.createSheet("Data Dukung").createRow(0);
            data.createCell(0).setCellValue(0.5);
            data.createCell(1).setCellValue("  dua belas ");
        });

        List<SheetView> fast = XlsxSheets.read(xlsx);

        SheetViews.assertSame(WorkbookSheets.withPoi(xlsx).sheets(), fast, "fast path against POI");
        SheetView form = fast.get(0);
        assertThat(form.value(0, 2).number()).isEqualTo(50.0);
        assertThat(form.value(0, 3).number()).isEqualTo(50.5);
        assertThat(form.value(0, 4).display()).isEqualTo("#DIV/0!");
        assertThat(form.value(0, 5).text()).isEqualTo("[ dua belas ]");
        assertThat(form.value(0, 6).isEmpty()).isTrue();
        assertThat(form.value(0, 7).display()).isEqualTo("50%");
        assertThat(form.value(0, 8).kind()).isEqualTo(CellValue.Kind.FORMULA_WITHOUT_VALUE);
        assertThat(form.value(0, 9).display()).isEqualTo("TRUE");
    }

    @Test
    void computesFormulasSavedWithoutResultAsOpenpyxlSavesThemInOnePassAsPoiDoes() throws Exception {
        byte[] xlsx = withPart(recalculating(wb -> {
            Row row = wb.createSheet("TW II").createRow(3);
            row.createCell(0).setCellValue(7);
            formula(row, 1, "A4*2", 0);
        }), SHEET, bytes -> new String(bytes, StandardCharsets.UTF_8).replaceAll("<v>0(\\.0)?</v>", "")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(new String(unzipped(xlsx, SHEET), StandardCharsets.UTF_8)).contains("<f>A4*2</f>")
                .doesNotContain("<v>0");

        List<SheetView> fast = XlsxSheets.read(xlsx);

        SheetViews.assertSame(WorkbookSheets.withPoi(xlsx).sheets(), fast, "fast path against POI");
        assertThat(fast.get(0).value(3, 1).number()).isEqualTo(14.0);
    }

    @Test
    void leavesToPoiAFormulaThatNeedsWhatOnePassDoesNotReadANameAHiddenSheetOrASharedFormula() throws Exception {
        byte[] named = recalculating(wb -> {
            Row row = wb.createSheet("TW II").createRow(0);
            row.createCell(0).setCellValue(4);
            var name = wb.createName();
            name.setNameName("Target");
            name.setRefersToFormula("'TW II'!$A$1");
            formula(row, 1, "Target*25", 0);
        });
        byte[] hidden = recalculating(wb -> {
            Row row = wb.createSheet("TW II").createRow(0);
            formula(row, 0, "Rahasia!A1*2", 0);
            wb.createSheet("Rahasia").createRow(0).createCell(0).setCellValue(21);
            wb.setSheetHidden(1, true);
        });
        byte[] shared = withPart(recalculating(wb -> {
            Row row = wb.createSheet("TW II").createRow(0);
            row.createCell(0).setCellValue(3);
            formula(row, 1, "A1*3", 0);
        }), SHEET, replace("<f>A1*3</f>", "<f t=\"shared\" ref=\"B1\" si=\"0\">A1*3</f>"));

        for (byte[] xlsx : List.of(named, hidden, shared)) {
            assertThatThrownBy(() -> XlsxSheets.read(xlsx)).isInstanceOf(XlsxPackage.LeaveToPoi.class);
        }
        assertThat(WorkbookSheets.read(named).sheets().get(0).value(0, 1).number()).isEqualTo(100.0);
        assertThat(WorkbookSheets.read(hidden).sheets().get(0).value(0, 0).number()).isEqualTo(42.0);
    }

    /** A workbook made by {@code content} that asks to be recalculated on opening, as scripts save them. */
    private static byte[] recalculating(java.util.function.Consumer<XSSFWorkbook> content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A formula with {@code saved} as its result, as XlsxWriter saves every formula (0, Excel recalculates). */
    private static org.apache.poi.ss.usermodel.Cell formula(Row row, int col, String formula, double saved) {
        var cell = row.createCell(col);
        cell.setCellFormula(formula);
        cell.setCellValue(saved);
        return cell;
    }

    private static byte[] unzipped(byte[] xlsx, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(part)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(part + " not in the package");
    }

    @Test
    void readsCellsMergesAndPercentStylesInOnePassAsPoiDoes() throws Exception {
        byte[] xlsx = workbook();

        List<SheetView> fast = XlsxSheets.read(xlsx);

        SheetViews.assertSame(WorkbookSheets.withPoi(xlsx).sheets(), fast, "fast path against POI");
        SheetView sheet = fast.get(0);
        assertThat(sheet.value(0, 0).text()).isEqualTo("REALISASI KINERJA & CAPAIAN");
        assertThat(sheet.value(2, 1).number()).isEqualTo(12.5);
        assertThat(sheet.value(2, 2).percentFormat()).isTrue();
        assertThat(sheet.mergedWidth(0, 0)).as("merged block A1:D1").isEqualTo(4);
    }

    @Test
    void aValueWhoseEndTagClosesTheWrongElementIsRefusedNotHalfRead() throws Exception {
        byte[] damaged = withPart(workbook(), SHEET, replace("<v>12.5</v>", "<v>12.5</w>"));

        assertThatThrownBy(() -> XlsxSheets.read(damaged)).isInstanceOf(XlsxPackage.LeaveToPoi.class)
                .hasMessageContaining("end tag does not close");
        assertThat(WorkbookSheets.read(damaged).refusal()).isEqualTo(Refusal.DAMAGED);
    }

    @Test
    void aSheetCutOffInsideAnElementIsNotReadAsIfItEndedThere() throws Exception {
        byte[] cut = withPart(workbook(), SHEET, bytes -> {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            return xml.substring(0, xml.indexOf("</sheetData>")).getBytes(StandardCharsets.UTF_8);
        });

        assertThatThrownBy(() -> XlsxSheets.read(cut)).isInstanceOf(XlsxPackage.LeaveToPoi.class)
                .hasMessageContaining("cut off");
        assertThat(WorkbookSheets.read(cut).refusal()).isEqualTo(Refusal.DAMAGED);
    }

    @Test
    void referencesNoSheetHasAreLeftToPoi() throws Exception {
        byte[] xlsx = workbook();
        List<byte[]> odd = new ArrayList<>();
        odd.add(withPart(xlsx, SHEET, replace("<row r=\"3\"", "<row r=\"abc\"")));
        odd.add(withPart(xlsx, SHEET, replace("<row r=\"3\"", "<row r=\"99999999999\"")));
        odd.add(withPart(xlsx, SHEET, replace("r=\"B3\"", "r=\"B-3\"")));
        odd.add(withPart(xlsx, SHEET, replace("s=\"1\"", "s=\"7\"")));

        for (byte[] bytes : odd) {
            assertThatThrownBy(() -> XlsxSheets.read(bytes)).isInstanceOf(XlsxPackage.LeaveToPoi.class);
        }
    }

    @Test
    void aSheetSavedInUtf16IsReadThroughPoiWithTheSameValues() throws Exception {
        byte[] xlsx = workbook();
        byte[] utf16 = withPart(xlsx, SHEET, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));

        assertThatThrownBy(() -> XlsxSheets.read(utf16)).isInstanceOf(XlsxPackage.LeaveToPoi.class)
                .hasMessageContaining("not UTF-8");
        WorkbookSheets.Result read = WorkbookSheets.read(utf16);
        assertThat(read.refusal()).isNull();
        SheetViews.assertSame(XlsxSheets.read(xlsx), read.sheets(), "UTF-16 sheet through POI");
    }

    @Test
    void aWorkbookThatListsNoSheetIsLeftToPoi() throws Exception {
        byte[] none = withPart(workbook(), "xl/workbook.xml", bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("<sheet [^>]*/>", "").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> XlsxSheets.read(none)).isInstanceOf(XlsxPackage.LeaveToPoi.class)
                .hasMessageContaining("no sheet");
    }

    @Test
    void theCursorDecodesEntitiesAndRefusesDocumentTypes() throws Exception {
        XmlCursor x = XmlCursor.of(new ByteArrayInputStream(
                "<a><t>Kendala &amp; solusi &#37;</t></a>".getBytes(StandardCharsets.UTF_8)), 40);
        assertThat(x.next()).isEqualTo(XmlCursor.Event.START);
        assertThat(x.next()).isEqualTo(XmlCursor.Event.START);
        x.text();
        assertThat(x.textString()).isEqualTo("Kendala & solusi %");
        assertThat(x.next()).isEqualTo(XmlCursor.Event.END);
        assertThat(x.next()).isEqualTo(XmlCursor.Event.EOF);

        XmlCursor withDoctype = XmlCursor.of(new ByteArrayInputStream(
                "<!DOCTYPE a [<!ENTITY x \"y\">]><a/>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(withDoctype::next).isInstanceOf(XmlCursor.Malformed.class);
    }

    @Test
    void theCursorRefusesAPartNotInUtf8RatherThanReadingItAsEmpty() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><sheetData><row r=\"1\"/></sheetData>";
        XmlCursor utf16 = XmlCursor.of(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16LE)));
        XmlCursor latin1 = XmlCursor.of(new ByteArrayInputStream(xml.replace("UTF-16", "ISO-8859-1")
                .getBytes(StandardCharsets.ISO_8859_1)));

        assertThatThrownBy(utf16::next).isInstanceOf(XmlCursor.Malformed.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(latin1::next).isInstanceOf(XmlCursor.Malformed.class)
                .hasMessageContaining("ISO-8859-1");
    }

    @Test
    void aBufferSizedToThePartStillReadsAPartLargerThanItsZipEntryClaimed() throws Exception {
        StringBuilder xml = new StringBuilder("<sst>");
        for (int i = 0; i < 5_000; i++) {
            xml.append("<si><t>Usaha mikro ke-").append(i).append("</t></si>");
        }
        xml.append("</sst>");

        SharedStrings strings = SharedStrings.read(
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), 300);

        assertThat(strings.size()).isEqualTo(5_000);
        assertThat(strings.get(4_999)).isEqualTo("Usaha mikro ke-4999");
    }
}
