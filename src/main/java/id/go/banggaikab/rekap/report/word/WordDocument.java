package id.go.banggaikab.rekap.report.word;

import id.go.banggaikab.rekap.output.NewWorkbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document as Word itself writes one, so it opens without repair: a {@code styles.xml} with the built-in
 * styles Normal, Heading 1–3, Caption, Title, header, footer, the table-of-contents styles and Table Grid (and our
 * own for table text, notes and the places only people can fill), Indonesian (id-ID) as the language of every run,
 * A4 pages with 2 cm margins (the page of a LKjIP), tables with a grid as wide as the text ({@link WordTable}). The
 * pages are cut into sections ({@link Sections}): a landscape one for a table too wide for a portrait page, a cover
 * without running head, front matter numbered i, ii, … Text takes its look from the styles, not from direct
 * formatting; nothing here decides what is written.
 */
public final class WordDocument {

    /** A4 in twentieths of a point (portrait: the short side across), 2 cm margins, the text widths between them. */
    public static final int PAGE_W = 11906;
    public static final int PAGE_H = 16838;
    public static final int MARGIN = 1134;
    public static final int TEXT_W = PAGE_W - 2 * MARGIN;
    /** The text width of a landscape section. */
    public static final int TEXT_W_LANDSCAPE = PAGE_H - 2 * MARGIN;

    private final XWPFDocument doc = new XWPFDocument();
    private final Sections sections = new Sections();
    private final ContentLists lists = new ContentLists();

    public WordDocument() {
        try (InputStream in = WordDocument.class.getResourceAsStream("/word/styles.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("Gaya dokumen Word (word/styles.xml) tidak dapat dibaca", e);
        }
        if (doc.getSettings() != null) {
            doc.getSettings().setZoomPercent(100);
        }
    }

    /** The document itself, for its properties (the input fingerprint). */
    public XWPFDocument xwpf() {
        return doc;
    }

    public XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    public XWPFParagraph heading(int level, String text) {
        return paragraph("Heading" + level, text);
    }

    /** A chapter's heading at the top of a new page. */
    public XWPFParagraph chapter(String text) {
        XWPFParagraph p = heading(1, text);
        p.setPageBreak(!sections.atSectionStart(doc));
        return p;
    }

    public XWPFParagraph normal(String text) {
        return paragraph("Normal", text);
    }

    /** A paragraph with a bold lead-in: "Kendala: …". */
    public XWPFParagraph lead(String style, String bold, String text) {
        XWPFParagraph p = paragraph(style, null);
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText(bold);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** A red bold line, for the sample-data banner. */
    public XWPFParagraph warning(String text) {
        XWPFParagraph p = paragraph("Normal", null);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setColor("C00000");
        r.setText(text);
        return p;
    }

    /**
     * A place only people can fill, boxed and shaded yellow (style Isian) and opening with "[DIISI PENYUSUN]", so it
     * is seen on screen and never printed by mistake: {@code what} says what belongs there and where it comes from.
     */
    public XWPFParagraph place(String what) {
        return lead("Isian", PLACE_MARK + " ", what);
    }

    /** How every place to fill begins; a search for it finds them all. */
    public static final String PLACE_MARK = "[DIISI PENYUSUN]";

    /** How a remark for the planner to check (a defect of a source text, kept as written) begins, in style Isian. */
    public static final String CHECK_MARK = "[PERIKSA]";

    /** A table as wide as the text of the section it is in. */
    public WordTable table(int[] weights) {
        return new WordTable(doc, weights, textWidth());
    }

    /** The text width of the section being written, in twentieths of a point. */
    public int textWidth() {
        return sections.landscape() ? TEXT_W_LANDSCAPE : TEXT_W;
    }

    /** In points: how wide a picture can be in the section being written. */
    public double textWidthPoints() {
        return textWidth() / 20.0;
    }

    /** Ends the portrait section so far; what follows is on landscape pages until {@link #portrait()}. */
    public void landscape() {
        sections.turn(doc, true);
    }

    /** Ends the landscape section so far; what follows is on portrait pages again. */
    public void portrait() {
        sections.turn(doc, false);
    }

    /**
     * From here on every page carries {@code head} at its top and its number at its foot. Called before the first
     * section ends, the cover (the first section) stays without them.
     */
    public void runningHead(String head) {
        sections.runningHead(doc, head);
    }

    /** Ends the cover: the next page starts the front matter, numbered i, ii, iii … */
    public void endCover() {
        sections.restart(doc, Sections.Numbering.ROMAN);
    }

    /** Ends the front matter: the next page is page 1 of the body. */
    public void startBody() {
        sections.restart(doc, Sections.Numbering.ARABIC);
    }

    /** The Daftar Isi here: every heading 1–3 of the document, as a field ({@link ContentLists}). */
    public void contentsList() {
        lists.place(doc, ContentLists.Kind.CONTENTS);
    }

    /** The Daftar Tabel here: every caption "Tabel …". */
    public void tablesList() {
        lists.place(doc, ContentLists.Kind.TABLES);
    }

    /** The Daftar Gambar here: every caption "Gambar …". */
    public void figuresList() {
        lists.place(doc, ContentLists.Kind.FIGURES);
    }

    /** A page break before what is written next (within the section). */
    public void pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    /** Word updates every field (tables of contents, captions, page numbers) when the document is opened. */
    public void updateFieldsOnOpen() {
        doc.enforceUpdateFields();
    }

    /** A PNG as an inline picture in its own centred paragraph, {@code widthPoints} wide. */
    public void picture(byte[] png, String name, double widthPoints, double heightPoints) {
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
    public void write(OutputStream out) throws IOException {
        lists.fill(doc);
        sections.finish(doc);
        doc.write(out);
        NewWorkbook.discard(doc);
    }
}
