package id.go.banggaikab.rekap.iki;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;

/**
 * A table of contents (DAFTAR ISI) before the positions: Word's own (entries in the "toc 1" … styles, whatever the
 * style is called in an Indonesian Word) or typed (a title, dot leaders, the page). Its entries repeat the JABATAN
 * lines and are no positions.
 */
final class Contents {

    private static final Pattern TOC_STYLE = Pattern.compile("(?i)^toc\\s*\\d$");
    /** A title followed by a tab or dot leaders and a page number. */
    private static final Pattern ENTRY = Pattern.compile("^.*\\S(?:\\s*\\t\\s*|\\s*(?:\\.{4,}|…{2,}|_{4,})\\s*)"
            + "(?:\\d{1,4}|[ivxlc]{1,6})\\s*$", Pattern.CASE_INSENSITIVE);

    private Contents() {
    }

    /** Whether a paragraph is an entry of Word's table of contents or a typed one. */
    static boolean listing(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id != null) {
            if (TOC_STYLE.matcher(id).matches()) {
                return true;
            }
            XWPFStyles styles = p.getDocument().getStyles();
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            if (style != null && style.getName() != null && TOC_STYLE.matcher(style.getName().strip()).matches()) {
                return true;
            }
        }
        return entry(p.getText());
    }

    /** Whether a line of text reads as an entry of a table of contents. */
    static boolean entry(String line) {
        return line != null && ENTRY.matcher(line.replace('\u00A0', ' ').toLowerCase(Locale.ROOT)).matches()
                && !line.strip().matches("(?i)^n\\s?i\\s?p\\b.*");
    }
}
