package id.go.banggaikab.rekap.iki;

import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The text of a paragraph as the reader sees it on the page: runs, tabs and line breaks, inserted and field-result
 * text, content controls and hyperlinks, Σ put in with Insert Symbol (Symbol font), and Word equations as linear
 * text ({@link OfficeMath}); deleted text of tracked changes and field codes left out.
 */
final class WordText {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** The Symbol font's letters an office types formulas with, by their code (with or without the F0 page). */
    private static final Map<Integer, String> SYMBOL = Map.of(0x53, "Σ", 0xE5, "∑", 0xB4, "×", 0xB8, "÷", 0x2D, "−",
            0xA3, "≤", 0xB3, "≥", 0x2F, "/", 0x25, "%");

    private WordText() {
    }

    /** A paragraph's ({@code w:p}) text; a line break is "\n". */
    static String of(XmlObject paragraph) {
        StringBuilder out = new StringBuilder();
        try (XmlCursor c = paragraph.newCursor()) {
            walk(c, out);
        }
        return out.toString();
    }

    private static void walk(XmlCursor at, StringBuilder out) {
        try (XmlCursor c = at.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                QName name = c.getName();
                String local = name.getLocalPart();
                if (OfficeMath.M.equals(name.getNamespaceURI())) {
                    if (local.equals("oMath") || local.equals("oMathPara")) {
                        out.append(' ').append(OfficeMath.linear(c)).append(' ');
                    }
                } else if (local.equals("r")) {
                    run(c, out);
                } else if (!local.equals("del") && !local.equals("moveFrom") && !local.endsWith("Pr")
                        && !local.equals("AlternateContent")) {
                    walk(c, out); // ins, hyperlink, smartTag, sdt/sdtContent, fldSimple, customXml
                }
            }
        }
    }

    private static void run(XmlCursor at, StringBuilder out) {
        boolean symbolFont = symbolFont(at);
        try (XmlCursor c = at.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                switch (c.getName().getLocalPart()) {
                    case "t" -> out.append(symbolFont ? symbols(c.getTextValue()) : c.getTextValue());
                    case "tab", "ptab" -> out.append(' ');
                    case "br", "cr" -> out.append('\n');
                    case "noBreakHyphen" -> out.append('-');
                    case "sym" -> out.append(symbol(c.getAttributeText(new QName(W, "char"))));
                    default -> {
                        // properties, drawings, field characters and codes, deleted text: not what a reader reads
                    }
                }
            }
        }
    }

    private static boolean symbolFont(XmlCursor run) {
        try (XmlCursor c = run.newCursor()) {
            if (c.toChild(new QName(W, "rPr")) && c.toChild(new QName(W, "rFonts"))) {
                return "Symbol".equalsIgnoreCase(c.getAttributeText(new QName(W, "ascii")));
            }
        }
        return false;
    }

    private static String symbols(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(ch -> out.append(SYMBOL.getOrDefault(ch, String.valueOf((char) ch))));
        return out.toString();
    }

    private static String symbol(String hex) {
        if (hex == null) {
            return "";
        }
        try {
            int code = Integer.parseInt(hex, 16) & 0xFF;
            return SYMBOL.getOrDefault(code, "");
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
