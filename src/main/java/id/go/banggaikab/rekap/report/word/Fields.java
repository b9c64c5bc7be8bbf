package id.go.banggaikab.rekap.report.word;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields as Word writes them (a complex field: begin, the instruction, separate, the result shown until the
 * field is updated, end), marked dirty so Word computes them again when the document opens; LibreOffice reads the
 * tables of contents among them as indexes it updates (Alat › Perbarui › Perbarui Semua) and counts SEQ fields
 * itself.
 */
public final class Fields {

    /** The Daftar Isi: headings 1–3, as links, without page numbers on the web view, keeping their outline level. */
    public static final String CONTENTS = "TOC \\o \"1-3\" \\h \\z \\u";

    private Fields() {
    }

    /** A Daftar Tabel or Daftar Gambar: every caption numbered with {@code SEQ label}. */
    public static String captionsOf(String label) {
        return "TOC \\h \\z \\c \"" + label + "\"";
    }

    /** Appends the field {@code instruction} to {@code p}, showing {@code result} until it is updated. */
    public static void complex(XWPFParagraph p, String instruction, String result) {
        begin(p, instruction);
        if (result != null && !result.isEmpty()) {
            p.createRun().setText(result);
        }
        end(p);
    }

    /** Opens a field in {@code p}: its instruction, then the separator; the result follows, maybe over paragraphs. */
    static void begin(XWPFParagraph p, String instruction) {
        XWPFRun begin = p.createRun();
        var fldChar = begin.getCTR().addNewFldChar();
        fldChar.setFldCharType(STFldCharType.BEGIN);
        fldChar.setDirty(true);
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Closes the field opened last. */
    static void end(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
