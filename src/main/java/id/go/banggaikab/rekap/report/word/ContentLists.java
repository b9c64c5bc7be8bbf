package id.go.banggaikab.rekap.report.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;

/**
 * The Daftar Isi, Daftar Tabel and Daftar Gambar as Word fields ({@link Fields#CONTENTS}, {@link Fields#captionsOf})
 * whose shown result is already the list: when the document is written, the headings and captions written after the
 * list's place are collected and put between the field's separator and its end, one entry a paragraph in the TOC
 * styles, so the list reads right before any update (LibreOffice shows it as written); Word recomputes it with page
 * numbers when the document opens (the fields are dirty), LibreOffice with Alat › Perbarui › Perbarui Semua.
 */
final class ContentLists {

    /** What a list collects. */
    enum Kind {
        CONTENTS, TABLES, FIGURES
    }

    private record Pending(XWPFParagraph at, Kind kind) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** Marks the place of a list: an empty paragraph the list is written before, ending the field. */
    void place(XWPFDocument doc, Kind kind) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(kind == Kind.CONTENTS ? "TOC1" : "TableofFigures");
        pending.add(new Pending(p, kind));
    }

    /** Writes every list at its place. */
    void fill(XWPFDocument doc) {
        for (Pending list : pending) {
            List<String[]> entries = entries(doc, list.kind());
            String instruction = switch (list.kind()) {
                case CONTENTS -> Fields.CONTENTS;
                case TABLES -> Fields.captionsOf(Captions.TABLE);
                case FIGURES -> Fields.captionsOf(Captions.FIGURE);
            };
            if (entries.isEmpty()) {
                Fields.begin(list.at(), instruction);
                list.at().createRun().setText("(belum ada)");
                Fields.end(list.at());
                continue;
            }
            for (int i = 0; i < entries.size(); i++) {
                XmlCursor cursor = list.at().getCTP().newCursor();
                XWPFParagraph p = doc.insertNewParagraph(cursor);
                cursor.close();
                p.setStyle(entries.get(i)[0]);
                if (i == 0) {
                    Fields.begin(p, instruction);
                }
                p.createRun().setText(entries.get(i)[1]);
            }
            Fields.end(list.at());
        }
        pending.clear();
    }

    /** Style and text of each entry: the headings 1–3, or the captions of tables or figures. */
    private static List<String[]> entries(XWPFDocument doc, Kind kind) {
        List<String[]> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (!(e instanceof XWPFParagraph p) || p.getStyle() == null) {
                continue;
            }
            String style = p.getStyle();
            String text = p.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (kind == Kind.CONTENTS && style.matches("Heading[1-3]")) {
                out.add(new String[] {"TOC" + style.substring("Heading".length()), text});
            } else if (kind == Kind.TABLES && style.equals("Caption") && text.startsWith(Captions.TABLE + " ")
                    || kind == Kind.FIGURES && style.equals("Caption") && text.startsWith(Captions.FIGURE + " ")) {
                out.add(new String[] {"TableofFigures", text});
            }
        }
        return out;
    }
}
