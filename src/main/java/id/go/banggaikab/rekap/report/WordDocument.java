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
 * (id-ID) as the language of every run, A4 portrait pages with 2 cm margins (the page of a LKjIP, so the chapter
 * pastes into one), tables with a grid as wide as the text ({@link WordTable}). A table too wide for a portrait page
 * may sit in a landscape section of its own ({@link #landscape()} … {@link #portrait()}); the body's last element is
 * the last section's properties. Text takes its look from the styles, not from direct formatting.
 */
final class WordDocument {

    /** A4 in twentieths of a point (portrait: the short side across), 2 cm margins, the text widths between them. */
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int MARGIN = 1134;
    static final int TEXT_W = PAGE_W - 2 * MARGIN;
    /** The text width of a landscape section. */
    static final int TEXT_W_LANDSCAPE = PAGE_H - 2 * MARGIN;

    final XWPFDocument doc = new XWPFDocument();
    private boolean landscape;

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

    /** A table as wide as the text of the section it is in. */
    WordTable table(int[] weights) {
        return new WordTable(doc, weights, textWidth());
    }

    /** The text width of the section being written, in twentieths of a point. */
    int textWidth() {
        return landscape ? TEXT_W_LANDSCAPE : TEXT_W;
    }

    /** In points: how wide a picture can be in the section being written. */
    double textWidthPoints() {
        return textWidth() / 20.0;
    }

    /** Ends the portrait section so far; what follows is on landscape pages until {@link #portrait()}. */
    void landscape() {
        if (!landscape) {
            endSection(false);
            landscape = true;
        }
    }

    /** Ends the landscape section so far; what follows is on portrait pages again. */
    void portrait() {
        if (landscape) {
            endSection(true);
            landscape = false;
        }
    }

    /** A section ends with a paragraph that carries its page setup; the next section starts on a new page. */
    private void endSection(boolean landscapePages) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Catatan");
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        page(pPr.addNewSectPr(), landscapePages);
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

    /** Adds the last section (as it is being written) as the body's last element and writes the document. */
    void write(OutputStream out) throws IOException {
        page(doc.getDocument().getBody().addNewSectPr(), landscape);
        doc.write(out);
        doc.close();
    }

    /** A4, portrait or landscape, 2 cm margins. */
    private static void page(CTSectPr section, boolean landscapePages) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscapePages ? PAGE_H : PAGE_W));
        size.setH(BigInteger.valueOf(landscapePages ? PAGE_W : PAGE_H));
        if (landscapePages) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }
}
