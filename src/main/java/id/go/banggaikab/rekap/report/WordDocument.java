package id.go.banggaikab.rekap.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document as Word itself writes one, so it opens without repair: a {@code styles.xml} with the built-in
 * styles Normal, Heading 1–3, Caption and Table Grid (and two of our own for table text and notes), Indonesian
 * (id-ID) as the language of every run, one A4 landscape section with 2 cm margins as the body's last element,
 * tables with a grid ({@link WordTable}). Text takes its look from the styles, not from direct formatting.
 */
final class WordDocument {

    /** A4 landscape in twentieths of a point, 2 cm margins, and the text width between them. */
    static final int PAGE_W = 16838;
    static final int PAGE_H = 11906;
    static final int MARGIN = 1134;
    static final int TEXT_W = PAGE_W - 2 * MARGIN;

    final XWPFDocument doc = new XWPFDocument();

    WordDocument() {
        try (InputStream in = WordDocument.class.getResourceAsStream("/word/styles.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("Gaya dokumen Word (word/styles.xml) tidak dapat dibaca", e);
        }
        var settings = doc.getSettings();
        if (settings != null) {
            doc.getSettings().setZoomPercent(100);
        }
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    XWPFParagraph heading(int level, String text) {
        return paragraph("Heading" + level, text);
    }

    XWPFParagraph normal(String text) {
        return paragraph("Normal", text);
    }

    /** A paragraph with a bold lead-in: "Kendala: …". */
    XWPFParagraph lead(String style, String bold, String text) {
        XWPFParagraph p = paragraph(style, null);
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText(bold);
        p.createRun().setText(text);
        return p;
    }

    /** A red bold line, for the sample-data banner. */
    XWPFParagraph warning(String text) {
        XWPFParagraph p = paragraph("Normal", null);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setColor("C00000");
        r.setText(text);
        return p;
    }

    WordTable table(int[] weights) {
        return new WordTable(doc, weights, TEXT_W);
    }

    /** A PNG as an inline picture in its own centred paragraph, {@code widthPoints} wide. */
    void picture(byte[] png, String name, double widthPoints, double heightPoints) {
        XWPFParagraph p = paragraph("Normal", null);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, name,
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the section (A4 landscape) as the body's last element and writes the document. */
    void write(OutputStream out) throws IOException {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
        doc.write(out);
        doc.close();
    }
}
