package id.go.banggaikab.rekap.iki;

import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;

/**
 * A Word equation (Office Math, the {@code m:} elements) as the linear text a person would type: a fraction as
 * "numerator / denominator", a Σ over a text as "Σ text", brackets as written; so an indicator's formula reads the
 * same whether the office typed "Σ A / Σ B x 100%" or built it with Word's equation editor.
 */
final class OfficeMath {

    static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private OfficeMath() {
    }

    /** The element under the cursor (an {@code m:oMath} or any part of one) as linear text; the cursor is kept. */
    static String linear(XmlCursor at) {
        String name = at.getName().getLocalPart();
        return switch (name) {
            case "r" -> texts(at);
            case "f" -> wrap(child(at, "num")) + " / " + wrap(child(at, "den"));
            case "nary" -> naryChar(at) + " " + child(at, "e");
            case "d" -> delimited(at);
            case "sSub" -> child(at, "e") + "_" + child(at, "sub");
            case "sSup" -> child(at, "e") + "^" + child(at, "sup");
            case "sSubSup" -> child(at, "e") + "_" + child(at, "sub") + "^" + child(at, "sup");
            case "rad" -> "√(" + child(at, "e") + ")";
            default -> children(at);
        };
    }

    /** The linear text of every child but the property elements (m:fPr, m:naryPr, …). */
    private static String children(XmlCursor at) {
        StringBuilder out = new StringBuilder();
        try (XmlCursor c = at.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                String local = c.getName().getLocalPart();
                if (M.equals(c.getName().getNamespaceURI()) && !local.endsWith("Pr")) {
                    out.append(linear(c));
                }
            }
        }
        return out.toString();
    }

    private static String child(XmlCursor at, String local) {
        try (XmlCursor c = at.newCursor()) {
            return c.toChild(new QName(M, local)) ? linear(c).strip() : "";
        }
    }

    private static String texts(XmlCursor at) {
        StringBuilder out = new StringBuilder();
        try (XmlCursor c = at.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                if (c.getName().getLocalPart().equals("t")) {
                    out.append(c.getTextValue());
                }
            }
        }
        return out.toString();
    }

    /** A part of a fraction in brackets when it holds a fraction itself, so "a / b / c" cannot be misread. */
    private static String wrap(String part) {
        return part.contains("/") ? "(" + part + ")" : part;
    }

    /** The operator of an n-ary: its m:chr, or ∫ when none is given (Word's default). */
    private static String naryChar(XmlCursor at) {
        String chr = property(at, "naryPr", "chr");
        return chr == null ? "∫" : chr;
    }

    private static String delimited(XmlCursor at) {
        String begin = property(at, "dPr", "begChr");
        String end = property(at, "dPr", "endChr");
        String sep = property(at, "dPr", "sepChr");
        StringBuilder inner = new StringBuilder();
        try (XmlCursor c = at.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                if (c.getName().getLocalPart().equals("e")) {
                    inner.append(inner.length() == 0 ? "" : sep == null ? "|" : sep).append(linear(c));
                }
            }
        }
        return (begin == null ? "(" : begin) + inner + (end == null ? ")" : end);
    }

    /** The m:val of {@code <m:props><m:name m:val=…/>}, or null. */
    private static String property(XmlCursor at, String props, String name) {
        try (XmlCursor c = at.newCursor()) {
            if (c.toChild(new QName(M, props)) && c.toChild(new QName(M, name))) {
                String v = c.getAttributeText(new QName(M, "val"));
                return v == null || v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
