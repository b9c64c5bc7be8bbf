package id.go.banggaikab.rekap.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.report.word.WordDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The LAKIP document is a Word document Word opens without repair (issue 10.10): its XML is valid against the full
 * OOXML schemas (poi-ooxml-full, in tests only), it has a styles part with the built-in headings and Table Grid and
 * Indonesian as the language, every table has a grid that adds up to the text width and cells as wide as their grid
 * columns, A4 landscape as the last element of the body, and pictures with distinct ids.
 */
class WordDocumentTest {

    @TempDir
    Path out;

    private Path docx() {
        return TestOutputs.lakip(SampleRecap.lkjip(3), out).get(1);
    }

    private static List<String> errors(XmlObject xml) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        xml.validate(options);
        return errors.stream().map(XmlError::toString).toList();
    }

    @Test
    void documentAndStylesAreValidAgainstTheOoxmlSchemas() throws Exception {
        try (OPCPackage pkg = OPCPackage.open(docx().toFile()); XWPFDocument doc = new XWPFDocument(pkg)) {
            assertThat(errors(doc.getDocument())).isEmpty();
            PackagePart styles = pkg.getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml")).get(0);
            try (InputStream in = styles.getInputStream()) {
                assertThat(errors(StylesDocument.Factory.parse(in))).isEmpty();
            }
        }
    }

    @Test
    void stylesHoldTheHeadingsAndTableGridAndIndonesianAsTheLanguage() throws Exception {
        try (InputStream in = Files.newInputStream(docx()); XWPFDocument doc = new XWPFDocument(in)) {
            for (String id : List.of("Normal", "Heading1", "Heading2", "Heading3", "Caption", "TableGrid")) {
                assertThat(doc.getStyles().styleExist(id)).as(id).isTrue();
            }
            CTStyle heading = doc.getStyles().getStyle("Heading2").getCTStyle();
            assertThat(heading.getName().getVal()).isEqualTo("heading 2");
            assertThat(heading.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
            assertThat(doc.getStyles().getStyle("TableGrid").getCTStyle().getType().toString()).isEqualTo("table");
            String styles = doc.getStyle().xmlText();
            assertThat(styles).contains("w:lang w:val=\"id-ID\"");
        }
    }

    @Test
    void everyTableHasAGridAsWideAsTheTextOfItsPageAndCellsAsWideAsTheirColumnsWithARepeatedHeader()
            throws IOException {
        try (InputStream in = Files.newInputStream(docx()); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).isNotEmpty();
            for (XWPFTable table : doc.getTables()) {
                CTTbl ct = table.getCTTbl();
                assertThat(ct.getTblPr().getTblStyle().getVal()).isEqualTo("TableGrid");
                List<Integer> grid = new ArrayList<>();
                ct.getTblGrid().getGridColList().forEach(g -> grid.add(((BigInteger) g.getW()).intValue()));
                boolean budget = table.getRow(0).getCell(3).getText().equals("Pagu (Rp)");
                int width = budget ? WordDocument.TEXT_W_LANDSCAPE : WordDocument.TEXT_W;
                assertThat(grid.stream().mapToInt(Integer::intValue).sum()).as("the budget's table alone is on a"
                        + " landscape page").isEqualTo(width);
                assertThat(((BigInteger) ct.getTblPr().getTblW().getW()).intValue()).isEqualTo(width);
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                for (XWPFTableRow row : table.getRows()) {
                    assertThat(row.getTableCells()).hasSize(grid.size());
                    for (int c = 0; c < grid.size(); c++) {
                        CTTc tc = row.getCell(c).getCTTc();
                        assertThat(((BigInteger) tc.getTcPr().getTcW().getW()).intValue()).isEqualTo(grid.get(c));
                        assertThat(tc.getPList()).as("every cell holds a paragraph").isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void portraitA4PagesWithTheBudgetInALandscapeSectionAndPicturesHaveDistinctIds() throws IOException {
        try (InputStream in = Files.newInputStream(docx()); XWPFDocument doc = new XWPFDocument(in)) {
            CTBody body = doc.getDocument().getBody();
            List<String> sections = new ArrayList<>();
            for (var p : body.getPList()) {
                if (p.isSetPPr() && p.getPPr().isSetSectPr()) {
                    sections.add(page(p.getPPr().getSectPr()));
                }
            }
            sections.add(page(body.getSectPr()));
            assertThat(sections).as("part A portrait, part B with the budget landscape, the notes portrait again")
                    .containsExactly("11906x16838", "16838x11906 landscape", "11906x16838");
            try (XmlCursor cursor = body.newCursor()) {
                cursor.toLastChild();
                assertThat(cursor.getName().getLocalPart()).isEqualTo("sectPr");
                cursor.toPrevSibling();
                assertThat(cursor.getName().getLocalPart()).as("a paragraph, not a table, before the section")
                        .isEqualTo("p");
            }
            Set<String> ids = new HashSet<>();
            XmlObject[] docPr = body.selectPath("declare namespace wp='http://schemas.openxmlformats.org/"
                    + "drawingml/2006/wordprocessingDrawing' .//wp:docPr");
            for (XmlObject p : docPr) {
                ids.add(p.newCursor().getAttributeText(new javax.xml.namespace.QName("id")));
            }
            assertThat(docPr).hasSize(2);
            assertThat(ids).hasSize(docPr.length);
        }
    }

    private static String page(CTSectPr section) {
        return ((BigInteger) section.getPgSz().getW()).intValue() + "x" + ((BigInteger) section.getPgSz().getH())
                .intValue() + (section.getPgSz().isSetOrient() ? " " + section.getPgSz().getOrient() : "");
    }
}
