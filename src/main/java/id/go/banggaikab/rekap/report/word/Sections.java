package id.go.banggaikab.rekap.report.word;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The sections of a Word document. A section's page setup is written where it ends (a paragraph carrying it; the
 * last section's as the body's last element), so what a section is (portrait or landscape A4, page numbers going on
 * or starting again as i, ii or 1, 2, with or without the running head) is kept here until then. Every section after
 * the running head is set refers to the same header (the head text) and footer (the page number, a PAGE field); the
 * sections before (the cover) refer to none and so show none.
 */
final class Sections {

    /** How a section numbers its pages when it starts them again. */
    enum Numbering {
        ROMAN(STNumberFormat.LOWER_ROMAN), ARABIC(STNumberFormat.DECIMAL);

        private final STNumberFormat.Enum format;

        Numbering(STNumberFormat.Enum format) {
            this.format = format;
        }
    }

    private boolean landscape;
    private Numbering restart;
    private String headerId;
    private String footerId;
    private boolean furnished;
    private int endedAt = -1;

    boolean landscape() {
        return landscape;
    }

    /** Whether nothing has been written since the last section ended (a new page starts anyway). */
    boolean atSectionStart(XWPFDocument doc) {
        return doc.getBodyElements().size() - 1 == endedAt;
    }

    void turn(XWPFDocument doc, boolean toLandscape) {
        if (landscape != toLandscape) {
            end(doc);
            landscape = toLandscape;
        }
    }

    void restart(XWPFDocument doc, Numbering numbering) {
        end(doc);
        restart = numbering;
    }

    /** Makes the header and footer parts; the section being written and those after it refer to them. */
    void runningHead(XWPFDocument doc, String head) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setStyle("Header");
        h.createRun().setText(head);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph f = footer.createParagraph();
        f.setStyle("Footer");
        f.setAlignment(ParagraphAlignment.CENTER);
        Fields.complex(f, "PAGE", "1");
        headerId = doc.getRelationId(header);
        footerId = doc.getRelationId(footer);
        furnished = true;
        // POI puts its references on the body's section; they are written per section instead.
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        if (body != null) {
            doc.getDocument().getBody().unsetSectPr();
        }
    }

    /** The body's last element: the last section's properties. */
    void finish(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        write(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr());
    }

    /** A section ends with a paragraph that carries its page setup; the next section starts on a new page. */
    private void end(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Catatan");
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        write(pPr.addNewSectPr());
        restart = null;
        endedAt = doc.getBodyElements().size() - 1;
    }

    private void write(CTSectPr section) {
        if (furnished) {
            for (var ref : List.of(section.addNewHeaderReference(), section.addNewFooterReference())) {
                ref.setType(STHdrFtr.DEFAULT);
            }
            section.getHeaderReferenceArray(0).setId(headerId);
            section.getFooterReferenceArray(0).setId(footerId);
        }
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? WordDocument.PAGE_H : WordDocument.PAGE_W));
        size.setH(BigInteger.valueOf(landscape ? WordDocument.PAGE_W : WordDocument.PAGE_H));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(WordDocument.MARGIN));
        margins.setBottom(BigInteger.valueOf(WordDocument.MARGIN));
        margins.setLeft(BigInteger.valueOf(WordDocument.MARGIN));
        margins.setRight(BigInteger.valueOf(WordDocument.MARGIN));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
        if (restart != null) {
            CTPageNumber numbers = section.addNewPgNumType();
            numbers.setFmt(restart.format);
            numbers.setStart(BigInteger.ONE);
        }
    }
}
