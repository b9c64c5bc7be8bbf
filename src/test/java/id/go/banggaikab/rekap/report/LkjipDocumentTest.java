package id.go.banggaikab.rekap.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.Renstra;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.report.lkjip.LkjipWriter;
import id.go.banggaikab.rekap.report.word.WordDocument;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The whole LKjIP as Word: valid against the OOXML schemas, cut into the sections a report has (a cover without
 * running head, front matter numbered i, ii …, the body from 1, A4 portrait but for the budget's landscape pages),
 * its lists as Word fields already holding every heading and caption, no text under 9 pt, the Kepala Dinas's tugas
 * and fungsi word for word with the catalogue's decision beside them, every position in the Lampiran, and a section
 * whose data is not entered yet saying where to enter it.
 */
class LkjipDocumentTest {

    @TempDir
    Path out;

    private Path docx(Lkjip lkjip) {
        DocumentName name = LkjipWriter.name(lkjip.tahun());
        return new LkjipWriter().write(lkjip, name.in(out, DocumentName.Version.DRAF, LkjipWriter.reach(
                lkjip.recap().periode()), lkjip.recap().runTime()), "sidik-uji");
    }

    private static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> errors(XmlObject xml) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        xml.validate(options);
        return errors.stream().map(XmlError::toString).toList();
    }

    @Test
    void aDraftIsNamedByHowFarTheYearReachesAndIsValidAgainstTheOoxmlSchemas() throws Exception {
        Path file = docx(SampleRecap.lkjip(3));
        assertThat(file.getFileName().toString()).startsWith("LKjIP 2026 (draf s.d. TW III ").endsWith(").docx");
        try (OPCPackage pkg = OPCPackage.open(file.toFile()); XWPFDocument doc = new XWPFDocument(pkg)) {
            assertThat(errors(doc.getDocument())).isEmpty();
            PackagePart styles = pkg.getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml")).get(0);
            try (InputStream in = styles.getInputStream()) {
                assertThat(errors(StylesDocument.Factory.parse(in))).isEmpty();
            }
            for (var header : doc.getHeaderList()) {
                assertThat(errors(header._getHdrFtr())).isEmpty();
            }
        }
    }

    @Test
    void theCoverHasNoRunningHeadTheFrontMatterIsNumberedRomanAndTheBodyFromOne() throws Exception {
        try (XWPFDocument doc = open(docx(SampleRecap.lkjip(3)))) {
            List<CTSectPr> sections = new ArrayList<>();
            for (var p : doc.getDocument().getBody().getPList()) {
                if (p.isSetPPr() && p.getPPr().isSetSectPr()) {
                    sections.add(p.getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertThat(sections.get(0).sizeOfHeaderReferenceArray()).as("the cover").isZero();
            assertThat(sections.get(1).getPgNumType().getFmt().toString()).isEqualTo("lowerRoman");
            assertThat(sections.get(2).getPgNumType().getFmt().toString()).isEqualTo("decimal");
            assertThat(((BigInteger) sections.get(2).getPgNumType().getStart()).intValue()).isEqualTo(1);
            List<String> pages = new ArrayList<>();
            for (CTSectPr s : sections) {
                pages.add(s.getPgSz().getW() + "x" + s.getPgSz().getH());
                if (s != sections.get(0)) {
                    assertThat(s.sizeOfHeaderReferenceArray()).as("every page after the cover has the head").isOne();
                }
            }
            assertThat(pages).as("A4 portrait, the budget alone landscape").containsExactly("11906x16838",
                    "11906x16838", "11906x16838", "16838x11906", "11906x16838");
            String head = doc.getHeaderList().get(0).getText();
            assertThat(head).contains("LKjIP 2026").contains("DRAF s.d. Triwulan III — belum final");
        }
    }

    @Test
    void theListsAreWordFieldsHoldingEveryHeadingAndCaption() throws Exception {
        try (XWPFDocument doc = open(docx(SampleRecap.lkjip(3)))) {
            String xml = doc.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o \"1-3\" \\h \\z \\u", "TOC \\h \\z \\c \"Tabel\"",
                    "TOC \\h \\z \\c \"Gambar\"", "SEQ Tabel \\* ARABIC \\r 1", "SEQ Gambar");
            List<String> toc = texts(doc, "TOC1");
            assertThat(toc).containsSubsequence("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN",
                    "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN");
            List<String> captions = texts(doc, "TableofFigures");
            assertThat(captions).contains("Tabel 1.1 Jabatan dan Pemegang Jabatan",
                    "Tabel 2.2 Perjanjian Kinerja Tahun 2026", "Tabel 3.1 Capaian Sasaran s.d. Triwulan III Tahun 2026",
                    "Gambar 1.1 Struktur Organisasi Dinas Koperasi dan UKM Kabupaten Banggai",
                    "Tabel L.2 Indikator Kinerja Individu per Jabatan Tahun 2026");
            assertThat(texts(doc, "Caption")).as("every caption listed").allSatisfy(c -> assertThat(captions)
                    .contains(c));
        }
    }

    @Test
    void noTextIsSmallerThanNinePoints() throws Exception {
        try (XWPFDocument doc = open(docx(SampleRecap.lkjip(3)))) {
            List<Integer> sizes = new ArrayList<>(halfPoints(doc.getStyle().xmlText()));
            sizes.addAll(halfPoints(doc.getDocument().xmlText()));
            doc.getHeaderList().forEach(h -> sizes.addAll(halfPoints(h._getHdrFtr().xmlText())));
            doc.getFooterList().forEach(f -> sizes.addAll(halfPoints(f._getHdrFtr().xmlText())));
            assertThat(sizes).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(18));
        }
    }

    @Test
    void babOneQuotesTheKepalaDinasDutiesVerbatimWithTheCatalogueDecisionAndTheLampiranHasEveryPosition()
            throws Exception {
        Lkjip lkjip = SampleRecap.lkjip(3);
        Catalogue catalogue = lkjip.recap().catalogue();
        Position kadis = catalogue.headOf(catalogue.root().code()).orElseThrow();
        try (XWPFDocument doc = open(docx(lkjip))) {
            List<String> quoted = texts(doc, "Kutipan");
            assertThat(quoted).containsSubsequence(kadis.duties().tugas());
            assertThat(quoted).containsSubsequence(kadis.duties().fungsi());
            assertThat(quoted).contains("c. Pelaksanaan fungsi lain yang diberikan oleh Bupati sesuai dengan tugas"
                    + " dan fungsinya.");
            assertThat(texts(doc, "Isian")).anySatisfy(t -> assertThat(t).startsWith(WordDocument.CHECK_MARK)
                    .contains(kadis.upkeep().decision()));
            XWPFTable iki = table(doc, "Indikator Kinerja Individu");
            String all = iki.getText();
            for (Position p : catalogue.positions()) {
                assertThat(all).as(p.code()).contains(p.name() + " (");
            }
            assertThat(all).contains("KASI-KWU-01");
        }
    }

    @Test
    void anEmptyRenstraSaysWhatToFillAndWhereInsteadOfInventingTargets() throws Exception {
        Lkjip sample = SampleRecap.lkjip(3);
        Lkjip lkjip = new Lkjip(sample.recap(), sample.groups(), sample.budget(), sample.trends(), Renstra.NONE,
                sample.notes(), sample.staff());
        try (XWPFDocument doc = open(docx(lkjip))) {
            assertThat(texts(doc, "Isian")).anySatisfy(t -> assertThat(t).contains(
                    "Sasaran, indikator dan target Renstra belum diisi: isi lembar Renstra di config/renstra.xlsx"));
            assertThat(texts(doc, "Caption")).noneMatch(c -> c.contains("Target Renstra 20"));
        }
    }

    private static XWPFTable table(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream()
                .anyMatch(c -> c.getText().startsWith(header))).findFirst().orElseThrow();
    }

    static List<String> texts(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .map(String::strip).toList();
    }

    private static List<Integer> halfPoints(String xml) {
        List<Integer> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<w:sz(?:Cs)? w:val=\"(\\d+)\"").matcher(xml);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
