package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.Refusal;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The registers' streaming row source reads every cell as the form reader's own adapters do: the same workbook
 * read through it and through POI's usermodel gives the same cell values, in the rows it holds for the header and in
 * the rows it streams past them; and SpreadsheetML as other writers save it (inline strings, prefixed tags, no cell
 * references, phonetic runs, the 1904 date system) reads as Excel shows it.
 */
class TableStreamTest {

    /** Every row of every visible sheet, each as the cells of its planned columns. */
    private static List<List<CellValue>> rows(byte[] bytes, int width) {
        List<List<CellValue>> out = new ArrayList<>();
        String refusal = TableStream.read(new SeekableInMemoryByteChannel(bytes), "uji.xlsx", new TableStream.Reader() {
            @Override
            public TableStream.Plan plan(HeaderRows top) {
                int[] cols = new int[width];
                for (int c = 0; c < width; c++) {
                    cols[c] = c;
                }
                return new TableStream.Plan(0, cols);
            }

            @Override
            public void row(StreamedRow row) {
                List<CellValue> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.cell(c));
                }
                out.add(cells);
            }
        });
        assertThat(refusal).isNull();
        return out;
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    @Test
    void shouldReadEveryCellAsThePoiAdapterDoesInHeldAndInStreamedRows() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Sheet s = wb.createSheet("Register");
            for (int r = 0; r < 120; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("Usaha\u00A0 ke-" + r + "\n(baru)");
                row.createCell(1).setCellValue(r * 1.25);
                Cell d = row.createCell(2);
                d.setCellValue(LocalDate.of(2026, 1, 1).plusDays(r));
                d.setCellStyle(date);
                row.createCell(3).setCellValue(r % 2 == 0);
                row.createCell(4).setCellFormula("B" + (r + 1) + "*2");
                if (r % 7 == 0) {
                    row.createCell(5).setCellFormula("1/0");
                }
                XSSFRichTextString rich = new XSSFRichTextString("Koperasi Ω " + r);
                rich.applyFont(0, 4, wb.createFont());
                row.createCell(6).setCellValue(rich);
                Cell p = row.createCell(8);
                p.setCellValue(0.85);
                p.setCellStyle(percent);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            bytes = bytes(wb);
        }
        List<SheetView> poi = WorkbookSheets.withPoi(bytes).sheets();
        List<List<CellValue>> streamed = rows(bytes, 9);

        assertThat(streamed).hasSize(120);
        for (int r = 0; r < 120; r++) {
            for (int c = 0; c < 9; c++) {
                CellValue expected = poi.get(0).value(r, c);
                CellValue actual = streamed.get(r).get(c);
                assertThat(actual.kind()).as("%s%d", (char) ('A' + c), r + 1).isEqualTo(expected.kind());
                assertThat(actual.asText()).as("%s%d", (char) ('A' + c), r + 1).isEqualTo(expected.asText());
                assertThat(actual.number()).as("%s%d", (char) ('A' + c), r + 1).isEqualTo(expected.number());
            }
        }
    }

    @Test
    void shouldReadSpreadsheetMlAsOtherWritersSaveIt() throws Exception {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>Nama Usaha</x:t></x:is></x:c><x:c t=\"s\"><x:v>0</x:v>"
                + "</x:c><x:c/><x:c t=\"inlineStr\"><x:is><x:r><x:t xml:space=\"preserve\">Tanggal </x:t></x:r>"
                + "<x:r><x:t>Terdaftar</x:t></x:r></x:is></x:c></x:row>"
                + "<!-- a comment --><x:row r=\"3\"><x:c r=\"A3\" t=\"str\"><x:f>A1</x:f><x:v>Tom &amp; Jerry"
                + " &#233;&#x4E2D;</x:v></x:c><x:c r=\"B3\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"D3\"><x:v>1</x:v>"
                + "</x:c></x:row><x:row r=\"4\"/><x:row r=\"5\"><x:c r=\"A5\" t=\"inlineStr\"><x:is><x:t>"
                + "<![CDATA[<b>]]>_x000D_</x:t></x:is></x:c><x:c r=\"C5\"><x:f>SUM(X1:X9)</x:f></x:c></x:row>"
                + "</x:sheetData></x:worksheet>";
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>NIB</t>"
                + "<rPh sb=\"0\" eb=\"1\"><t>えぬ</t></rPh></si><si><r><t>912</t></r><r><rPr><b/></rPr><t>0001</t>"
                + "</r></si></sst>";
        byte[] bytes = zip("xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", strings, "xl/workbook.xml",
                "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr"
                        + " date1904=\"1\"/><sheets><sheet name=\"UM\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"x\""
                        + " sheetId=\"2\" state=\"hidden\" r:id=\"rId1\"/></sheets></workbook>");

        List<List<CellValue>> rows = rows(bytes, 4);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).extracting(CellValue::asText).containsExactly("Nama Usaha", "NIB", "",
                "Tanggal Terdaftar");
        assertThat(rows.get(1)).extracting(CellValue::asText).containsExactly("Tom & Jerry é中", "9120001", "", "1");
        assertThat(rows.get(2).get(0).asText()).isEqualTo("<b>");
        assertThat(rows.get(2).get(2).kind()).isEqualTo(CellValue.Kind.FORMULA_WITHOUT_VALUE);
        assertThat(DateText.of(rows.get(1).get(3), true).first()).isEqualTo(LocalDate.of(1904, 1, 2));
    }

    @Test
    void shouldReadAnXlsThroughTheFormReadersAdapterAndRefuseWhatIsNoWorkbook() throws Exception {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("Register");
            s.createRow(0).createCell(0).setCellValue("Nama Koperasi");
            s.createRow(1).createCell(0).setCellValue("KSP Sejahtera");
            xls = bytes(wb);
        }
        assertThat(rows(xls, 1)).extracting(r -> r.get(0).asText()).containsExactly("Nama Koperasi",
                "KSP Sejahtera");
        TableStream.Reader none = new TableStream.Reader() {
            @Override
            public TableStream.Plan plan(HeaderRows top) {
                return null;
            }

            @Override
            public void row(StreamedRow row) {
            }
        };
        assertThat(TableStream.read(new SeekableInMemoryByteChannel(new byte[0]), "x", none))
                .isEqualTo("Berkas kosong (0 byte)");
        assertThat(TableStream.read(new SeekableInMemoryByteChannel("Nama;NIK\nA;1\n".getBytes()), "x", none))
                .contains("Berkas teks (mis. CSV)");
        assertThat(TableStream.read(new SeekableInMemoryByteChannel(zip("xl/worksheets/sheet1.xml", "<worksheet><"
                + "sheetData><row><c><v>1", "xl/workbook.xml", "<workbook><sheets><sheet name=\"A\" r:id=\"rId1\"/>"
                + "</sheets></workbook>")), "x", new TableStream.Reader() {
                    @Override
                    public TableStream.Plan plan(HeaderRows top) {
                        return new TableStream.Plan(0, new int[] {0});
                    }

                    @Override
                    public void row(StreamedRow row) {
                    }
                })).isEqualTo(Refusal.DAMAGED.message());
    }

    @Test
    void shouldReadTheDatesRegistersHoldInEveryAcceptedFormAndRefuseTheRest() {
        assertThat(DateText.text("12/03/2026").first()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(DateText.text("12-03-2026").first()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(DateText.text("12.3.26").first()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(DateText.text("2026-03-12").first()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(DateText.text("12 Maret 2026").first()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(DateText.text("12 mar 2026 10:30").first()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(DateText.text("Pebruari 2028")).isEqualTo(new DateText.Read(LocalDate.of(2028, 2, 1),
                LocalDate.of(2028, 2, 29), null));
        assertThat(DateText.text("-").present()).isFalse();
        assertThat(DateText.text("13/13/2026").error()).contains("tidak ada di kalender");
        assertThat(DateText.text("Maret").error()).contains("bukan tanggal");
        assertThat(DateText.text("12 Marz 2026").error()).contains("bukan tanggal");
        assertThat(DateText.of(CellValue.number(46093, false), false).first()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "[Content_Types].xml", "<Types/>");
            put(z, "_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/></Relationships>");
            for (int i = 0; i < namesAndContents.length; i += 2) {
                put(z, namesAndContents[i], namesAndContents[i + 1]);
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String content) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
