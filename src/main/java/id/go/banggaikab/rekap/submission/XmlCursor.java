package id.go.banggaikab.rekap.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pull reader over the UTF-8 bytes of a SpreadsheetML part, for the registers' streaming path: a register sheet of
 * a million rows is some 300 MB of XML, and a general StAX parser spends most of its time on what these parts never
 * use. Only tags, attributes and text are reported; namespace prefixes are dropped ({@code x:c} is {@code c}),
 * comments and processing instructions skipped, the five XML entities and character references decoded, CDATA read
 * as text. A document type declaration is refused: a register has none, and entities declared in one are a known way
 * to make a parser fetch or expand what it should not.
 */
final class XmlCursor {

    /** What {@link #next()} found. */
    enum Event {
        START, END, TEXT, EOF
    }

    /** Thrown for bytes that are no well-formed part; the caller names the file, this names nothing to a user. */
    static final class Malformed extends IOException {
        Malformed(String what) {
            super(what, null);
        }
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

    private byte[] name = new byte[64];
    private int nameLen;
    private boolean selfClosing;
    private boolean pendingEnd;
    /** Attributes of the current start tag: name start/end and value start/end in {@link #attrBytes}. */
    private byte[] attrBytes = new byte[256];
    private int attrLen;
    private int[] attrs = new int[32];
    private int attrCount;
    private byte[] text = new byte[256];
    private int textLen;

    XmlCursor(InputStream in) {
        this.in = in;
    }

    /**
     * The next tag or text. A self-closing tag gives START, then END. Text is only collected when the caller asks
     * for it with {@link #text()} right after a START; otherwise it is skipped and never reported.
     */
    Event next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return Event.END;
        }
        while (true) {
            int lt = indexOf('<');
            if (lt < 0) {
                return Event.EOF;
            }
            pos = lt + 1;
            if (!ensure(1)) {
                throw new Malformed("tag cut off");
            }
            byte b = buf[pos];
            if (b == '/') {
                pos++;
                readName();
                skipPast('>');
                return Event.END;
            }
            if (b == '?') {
                skipPast("?>");
                continue;
            }
            if (b == '!') {
                if (startsWith("!--")) {
                    skipPast("-->");
                    continue;
                }
                if (startsWith("![CDATA[")) {
                    skipPast("]]>");
                    continue;
                }
                throw new Malformed("document type declaration");
            }
            readName();
            readAttributes();
            if (selfClosing) {
                pendingEnd = true;
            }
            return Event.START;
        }
    }

    /** Whether the current tag's local name is {@code local} (ASCII). */
    boolean is(String local) {
        if (local.length() != nameLen) {
            return false;
        }
        for (int i = 0; i < nameLen; i++) {
            if (name[i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String name() {
        return new String(name, 0, nameLen, StandardCharsets.UTF_8);
    }

    /** Whether the current start tag closed itself ({@code <c r="A1"/>}): it has no content. */
    boolean empty() {
        return pendingEnd;
    }

    /** An attribute of the current start tag by its local name, decoded; null when absent. */
    String attribute(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return null;
        }
        return new String(attrBytes, attrs[i * 4 + 2], attrs[i * 4 + 3] - attrs[i * 4 + 2], StandardCharsets.UTF_8);
    }

    /** A non-negative decimal attribute such as {@code s="3"} without making a string; -1 when absent or not one. */
    int intAttribute(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return -1;
        }
        int v = 0;
        int end = attrs[i * 4 + 3];
        int start = attrs[i * 4 + 2];
        if (start == end || end - start > 9) {
            return -1;
        }
        for (int k = start; k < end; k++) {
            int d = attrBytes[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A cell reference attribute such as {@code r="AB12"}: its 0-based column, or -1 when absent or odd. */
    int columnOf(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return -1;
        }
        int col = 0;
        int k = attrs[i * 4 + 2];
        int end = attrs[i * 4 + 3];
        int letters = 0;
        for (; k < end; k++) {
            int c = attrBytes[k] & 0xFF;
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            letters++;
        }
        return letters == 0 || letters > 3 ? -1 : col - 1;
    }

    /** The text content of the element just started, up to its end tag (which is consumed). */
    int text() throws IOException {
        textLen = 0;
        if (pendingEnd) {
            pendingEnd = false;
            return 0;
        }
        while (true) {
            if (pos >= lim && !fill()) {
                throw new Malformed("text cut off");
            }
            byte b = buf[pos];
            if (b == '<') {
                if (ensure(9) && startsWith("<![CDATA[")) {
                    pos += 9;
                    cdata();
                    continue;
                }
                if (ensure(4) && startsWith("<!--")) {
                    pos += 1;
                    skipPast("-->");
                    continue;
                }
                Event e = next();
                if (e == Event.END) {
                    return textLen;
                }
                // a child element (a rich-text run): its text is not ours; skip to our end
                skipElement();
                continue;
            }
            if (b == '&') {
                entity();
                continue;
            }
            appendText(b);
            pos++;
        }
    }

    /** The bytes collected by the last {@link #text()}, valid until the next call. */
    byte[] textBytes() {
        return text;
    }

    int textLength() {
        return textLen;
    }

    String textString() {
        return new String(text, 0, textLen, StandardCharsets.UTF_8);
    }

    /** Skips the element just started, children and all. */
    void skipElement() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Event e = next();
            if (e == Event.START) {
                depth++;
            } else if (e == Event.END) {
                depth--;
            } else if (e == Event.EOF) {
                throw new Malformed("element cut off");
            }
        }
    }

    private void cdata() throws IOException {
        while (true) {
            if (pos >= lim && !fill()) {
                throw new Malformed("CDATA cut off");
            }
            if (buf[pos] == ']' && ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return;
            }
            appendText(buf[pos++]);
        }
    }

    private void entity() throws IOException {
        int semi = -1;
        if (!ensure(12)) {
            ensure(lim - pos);
        }
        for (int k = pos + 1; k < lim && k < pos + 12; k++) {
            if (buf[k] == ';') {
                semi = k;
                break;
            }
        }
        if (semi < 0) {
            throw new Malformed("entity");
        }
        String e = new String(buf, pos + 1, semi - pos - 1, StandardCharsets.US_ASCII);
        pos = semi + 1;
        int cp = switch (e) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> characterReference(e);
        };
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte u : utf8) {
            appendText(u);
        }
    }

    private static int characterReference(String e) throws Malformed {
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                    : e.startsWith("#") ? Integer.parseInt(e.substring(1)) : -1;
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw new Malformed("entity " + e);
            }
            return cp;
        } catch (NumberFormatException x) {
            throw new Malformed("entity " + e);
        }
    }

    private void appendText(byte b) {
        if (textLen == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLen++] = b;
    }

    private void readName() throws IOException {
        nameLen = 0;
        while (true) {
            if (pos >= lim && !fill()) {
                throw new Malformed("name cut off");
            }
            byte b = buf[pos];
            if (b == ':') {
                nameLen = 0; // drop the prefix
                pos++;
                continue;
            }
            if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                return;
            }
            if (nameLen == name.length) {
                name = Arrays.copyOf(name, name.length * 2);
            }
            name[nameLen++] = b;
            pos++;
        }
    }

    private void readAttributes() throws IOException {
        attrCount = 0;
        attrLen = 0;
        selfClosing = false;
        while (true) {
            if (pos >= lim && !fill()) {
                throw new Malformed("tag cut off");
            }
            byte b = buf[pos];
            if (b == '>') {
                pos++;
                return;
            }
            if (b == '/') {
                selfClosing = true;
                pos++;
                continue;
            }
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                pos++;
                continue;
            }
            attribute();
        }
    }

    private void attribute() throws IOException {
        int nameStart = attrLen;
        while (true) {
            if (pos >= lim && !fill()) {
                throw new Malformed("attribute cut off");
            }
            byte b = buf[pos++];
            if (b == '=') {
                break;
            }
            if (b == ':') {
                attrLen = nameStart; // drop the prefix
                continue;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                appendAttr(b);
            }
        }
        int nameEnd = attrLen;
        byte quote;
        do {
            if (pos >= lim && !fill()) {
                throw new Malformed("attribute cut off");
            }
            quote = buf[pos++];
        } while (quote == ' ' || quote == '\t' || quote == '\n' || quote == '\r');
        if (quote != '"' && quote != '\'') {
            throw new Malformed("attribute without quotes");
        }
        int valueStart = attrLen;
        while (true) {
            if (pos >= lim && !fill()) {
                throw new Malformed("attribute cut off");
            }
            byte b = buf[pos];
            if (b == quote) {
                pos++;
                break;
            }
            if (b == '&') {
                int before = textLen;
                entity();
                for (int k = before; k < textLen; k++) {
                    appendAttr(text[k]);
                }
                textLen = before;
                continue;
            }
            appendAttr(b);
            pos++;
        }
        if (attrCount * 4 + 4 > attrs.length) {
            attrs = Arrays.copyOf(attrs, attrs.length * 2);
        }
        attrs[attrCount * 4] = nameStart;
        attrs[attrCount * 4 + 1] = nameEnd;
        attrs[attrCount * 4 + 2] = valueStart;
        attrs[attrCount * 4 + 3] = attrLen;
        attrCount++;
    }

    private void appendAttr(byte b) {
        if (attrLen == attrBytes.length) {
            attrBytes = Arrays.copyOf(attrBytes, attrBytes.length * 2);
        }
        attrBytes[attrLen++] = b;
    }

    private int attributeIndex(String local) {
        outer:
        for (int i = 0; i < attrCount; i++) {
            int s = attrs[i * 4];
            int e = attrs[i * 4 + 1];
            if (e - s != local.length()) {
                continue;
            }
            for (int k = 0; k < e - s; k++) {
                if (attrBytes[s + k] != local.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Position of the next {@code c} from {@link #pos}, refilling as needed; -1 at the end of the input. */
    private int indexOf(char c) throws IOException {
        while (true) {
            for (int k = pos; k < lim; k++) {
                if (buf[k] == c) {
                    return k;
                }
            }
            pos = lim;
            if (!fill()) {
                return -1;
            }
        }
    }

    private void skipPast(char c) throws IOException {
        int k = indexOf(c);
        if (k < 0) {
            throw new Malformed("cut off");
        }
        pos = k + 1;
    }

    private void skipPast(String end) throws IOException {
        while (true) {
            int k = indexOf(end.charAt(0));
            if (k < 0) {
                throw new Malformed("cut off");
            }
            pos = k;
            if (!ensure(end.length())) {
                throw new Malformed("cut off");
            }
            if (startsWith(end)) {
                pos += end.length();
                return;
            }
            pos++;
        }
    }

    private boolean startsWith(String s) {
        if (lim - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least {@code n} bytes available from {@link #pos}; false when the input ends first. */
    private boolean ensure(int n) throws IOException {
        while (lim - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the bytes from {@link #pos} and reads more after them; false when nothing more came. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = lim - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
        } else if (keep == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        lim = keep;
        int n = in.read(buf, lim, buf.length - lim);
        if (n <= 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }
}
