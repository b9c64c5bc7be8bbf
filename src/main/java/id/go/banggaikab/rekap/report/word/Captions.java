package id.go.banggaikab.rekap.report.word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Numbered captions as Word numbers them: "Tabel 3.2 …", the chapter's number written and the table's a
 * {@code SEQ Tabel} field (the first of a chapter with {@code \r 1}, so each chapter counts from 1), so that the
 * Daftar Tabel and Daftar Gambar ({@link Fields#captionsOf}) collect them and a table a planner inserts renumbers
 * the rest. The number shown until the fields are updated is the one counted here.
 */
public final class Captions {

    public static final String TABLE = "Tabel";
    public static final String FIGURE = "Gambar";

    private final WordDocument word;
    private final Map<String, Integer> count = new HashMap<>();
    private final Set<String> restarted = new HashSet<>();
    private String chapter = "";

    public Captions(WordDocument word) {
        this.word = word;
    }

    /** Captions from here on are numbered "{@code prefix}1", "{@code prefix}2" …: "3." gives "Tabel 3.1". */
    public void chapter(String prefix) {
        chapter = prefix;
        count.clear();
        restarted.clear();
    }

    /** "Tabel 3.1 {@code text}", kept with the table below it. */
    public XWPFParagraph table(String text) {
        return caption(TABLE, text);
    }

    /** "Gambar 3.1 {@code text}", under its picture. */
    public XWPFParagraph figure(String text) {
        return caption(FIGURE, text);
    }

    /** The number the next caption of {@code label} will show: "3.2". */
    public String next(String label) {
        return chapter + (count.getOrDefault(label, 0) + 1);
    }

    private XWPFParagraph caption(String label, String text) {
        int n = count.merge(label, 1, Integer::sum);
        XWPFParagraph p = word.paragraph("Caption", null);
        p.createRun().setText(label + " " + chapter);
        Fields.complex(p, "SEQ " + label + " \\* ARABIC" + (restarted.add(label) ? " \\r 1" : ""),
                Integer.toString(n));
        p.createRun().setText(" " + text);
        return p;
    }
}
