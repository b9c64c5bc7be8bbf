package id.go.banggaikab.rekap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The hand-written {@link XmlCursor} over the UTF-8 bytes of a SpreadsheetML part. A register sheet of a million rows
 * is some 300 MB of XML, and a general StAX parser spends much of its time on what these parts never use (measured
 * against Aalto: package-info). Only tags, attributes and text are reported;
 * namespace prefixes are dropped ({@code x:c} is {@code c}), comments and processing instructions skipped, the five
 * XML entities and character references decoded, CDATA read as text. A part not in UTF-8 is refused. An end tag must
 * close the element opened last and a part must not end inside an element, so a damaged part is refused rather than
 * half read. A document type declaration is refused: a spreadsheet part has none, and entities declared in one are a
 * known way to make a parser fetch or expand what it should not. A tag is parsed where it lies in the read buffer;
 * names and attribute values are compared there, byte for byte, and only made into strings when asked for.
 */
final class ByteCursor extends XmlCursor {

    /** Names of open elements beyond this many bytes: no spreadsheet nests so deep, a crafted part might. */
    private static final int MAX_OPEN_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 16;
    /** Enough bytes for an XML declaration and its encoding. */
    private static final int DECLARATION_BYTES = 100;
    private static final java.util.regex.Pattern ENCODING =
            java.util.regex.Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean encodingChecked;

    /** The current tag's local name, as offsets into {@link #buf}, valid until the next call. */
    private int nameStart;
    private int nameEnd;
    private boolean pendingEnd;
    /** Per attribute: name start, name end, value start, value end; a value with entities lives in {@link #side}. */
    private int[] attrs = new int[32];
    private boolean[] decoded = new boolean[8];
    private int attrCount;
    private byte[] side = new byte[64];
    private int sideLen;
    private byte[] text = new byte[256];
    private int textLen;
    /** The local names of the open elements, end to end, and where each ends: an end tag must close the last. */
    private byte[] open = new byte[256];
    private int[] openEnds = new int[32];
    private int depth;

    /**
     * {@code size}: the part's inflated size when the zip tells it, else -1. A form's parts are a few kilobytes; a
     * buffer of the part's size rather than the full 64 KB spares thousands of forms most of their allocation.
     */
    ByteCursor(InputStream in, long size) {
        this.in = in;
        this.buf = new byte[size < 0 || size >= BUFFER ? BUFFER : Math.max((int) size + 1, 256)];
    }

    /**
     * The next tag. A self-closing tag gives START, then END. Text is only collected when the caller asks for it
     * with {@link #text()} right after a START; otherwise it is skipped.
     */
    @Override
    Event next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return Event.END;
        }
        while (true) {
            int lt = indexOf((byte) '<');
            if (lt < 0) {
                if (depth > 0) {
                    throw new Malformed("cut off inside an element");
                }
                return Event.EOF;
            }
            pos = lt;
            if (!ensure(2)) {
                throw new Malformed("tag cut off");
            }
            byte b = buf[pos + 1];
            if (b == '?') {
                skipPast("?>");
                continue;
            }
            if (b == '!') {
                if (ensure(4) && startsWith("<!--")) {
                    skipPast("-->");
                    continue;
                }
                if (ensure(9) && startsWith("<![CDATA[")) {
                    skipPast("]]>");
                    continue;
                }
                throw new Malformed("document type declaration");
            }
            Event e = b == '/' ? endTag() : startTag();
            if (e != null) {
                return e;
            }
            if (!fill()) { // the tag runs past the bytes read: read more and parse it again from its '<'
                throw new Malformed("tag cut off");
            }
        }
    }

    /** {@code </name>} at {@link #pos}; null when it runs past the buffer. */
    private Event endTag() throws Malformed {
        int k = pos + 2;
        nameStart = k;
        for (; k < lim; k++) {
            byte b = buf[k];
            if (b == '>') {
                nameEnd = k;
                pos = k + 1;
                return close();
            }
            if (b == ':') {
                nameStart = k + 1;
            } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                nameEnd = k;
                for (; k < lim && buf[k] != '>'; k++) {
                    // spaces before '>'
                }
                if (k < lim) {
                    pos = k + 1;
                    return close();
                }
                return null;
            }
        }
        return null;
    }

    /** {@code <name a="1" b='2'>} or {@code <name/>} at {@link #pos}, in one pass; null when it runs past the buffer. */
    private Event startTag() throws Malformed {
        int k = pos + 1;
        nameStart = k;
        for (; k < lim; k++) {
            byte b = buf[k];
            if (b == ':') {
                nameStart = k + 1;
            } else if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                break;
            }
        }
        nameEnd = k;
        attrCount = 0;
        sideLen = 0;
        while (true) {
            while (k < lim && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\n' || buf[k] == '\r')) {
                k++;
            }
            if (k >= lim) {
                return null;
            }
            byte b = buf[k];
            if (b == '>') {
                pos = k + 1;
                return opened();
            }
            if (b == '/') {
                if (k + 1 >= lim) {
                    return null;
                }
                if (buf[k + 1] != '>') {
                    throw new Malformed("tag");
                }
                pos = k + 2;
                pendingEnd = true;
                return Event.START;
            }
            int nameFrom = k;
            int localFrom = k;
            while (k < lim && buf[k] != '=' && buf[k] != ' ' && buf[k] != '\t' && buf[k] != '\n' && buf[k] != '\r'
                    && buf[k] != '>') {
                if (buf[k] == ':') {
                    localFrom = k + 1;
                }
                k++;
            }
            int nameTo = k;
            while (k < lim && buf[k] != '"' && buf[k] != '\'') {
                if (buf[k] == '>') {
                    throw new Malformed("attribute without value");
                }
                k++;
            }
            if (k >= lim) {
                return null;
            }
            byte quote = buf[k++];
            int valueFrom = k;
            boolean entities = false;
            while (k < lim && buf[k] != quote) {
                entities |= buf[k] == '&';
                k++;
            }
            if (k >= lim) {
                return null;
            }
            add(nameFrom == localFrom ? nameFrom : localFrom, nameTo, valueFrom, k, entities);
            k++;
        }
    }

    /** A start tag with content: its name is kept until its end tag. */
    private Event opened() throws Malformed {
        int n = nameEnd - nameStart;
        int from = depth == 0 ? 0 : openEnds[depth - 1];
        if (from + n > MAX_OPEN_BYTES) {
            throw new Malformed("elements nested too deep");
        }
        if (from + n > open.length) {
            open = Arrays.copyOf(open, Math.max(open.length * 2, from + n));
        }
        if (depth == openEnds.length) {
            openEnds = Arrays.copyOf(openEnds, depth * 2);
        }
        System.arraycopy(buf, nameStart, open, from, n);
        openEnds[depth++] = from + n;
        return Event.START;
    }

    /** An end tag must close the element opened last, or the part is no well-formed XML. */
    private Event close() throws Malformed {
        if (depth == 0) {
            throw new Malformed("end tag without start tag");
        }
        int from = depth == 1 ? 0 : openEnds[depth - 2];
        if (!Arrays.equals(open, from, openEnds[depth - 1], buf, nameStart, nameEnd)) {
            throw new Malformed("end tag does not close the element opened last");
        }
        depth--;
        return Event.END;
    }


    /** Whether the current tag's local name is {@code local} (ASCII). */
    @Override
    boolean is(String local) {
        if (local.length() != nameEnd - nameStart) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            if (buf[nameStart + i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #is(String)}, for a name spelled once as bytes: the hot path of a sheet's million cells. */
    @Override
    boolean is(byte[] local) {
        return Arrays.equals(buf, nameStart, nameEnd, local, 0, local.length);
    }

    @Override
    String name() {
        return new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
    }

    /** Whether the current start tag closed itself ({@code <c r="A1"/>}): it has no content. */
    @Override
    boolean empty() {
        return pendingEnd;
    }

    /** An attribute of the current start tag by its local name, decoded; null when absent. */
    @Override
    String attribute(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return null;
        }
        byte[] from = decoded[i] ? side : buf;
        return new String(from, attrs[i * 4 + 2], attrs[i * 4 + 3] - attrs[i * 4 + 2], StandardCharsets.UTF_8);
    }

    @Override
    boolean hasAttribute(String local) {
        return attributeIndex(local) >= 0;
    }

    /** Whether the attribute's value is exactly {@code value} (ASCII), told without making a string. */
    @Override
    boolean attributeIs(String local, String value) {
        int i = attributeIndex(local);
        if (i < 0) {
            return false;
        }
        byte[] from = decoded[i] ? side : buf;
        int start = attrs[i * 4 + 2];
        int end = attrs[i * 4 + 3];
        if (end - start != value.length()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (from[start + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first byte of an attribute's value, or -1 when absent or empty: enough to tell a cell's type. */
    @Override
    int attributeFirst(String local, int length) {
        int i = attributeIndex(local);
        if (i < 0 || attrs[i * 4 + 3] - attrs[i * 4 + 2] != length) {
            return -1;
        }
        return (decoded[i] ? side : buf)[attrs[i * 4 + 2]];
    }

    /** A non-negative decimal attribute such as {@code s="3"} without making a string; -1 when absent or not one. */
    @Override
    int intAttribute(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return -1;
        }
        byte[] from = decoded[i] ? side : buf;
        int start = attrs[i * 4 + 2];
        int end = attrs[i * 4 + 3];
        if (start == end || end - start > 9) {
            return -1;
        }
        int v = 0;
        for (int k = start; k < end; k++) {
            int d = from[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A cell reference attribute such as {@code r="AB12"}: its 0-based column, or -1 when absent or odd. */
    @Override
    int columnOf(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return -1;
        }
        byte[] from = decoded[i] ? side : buf;
        int col = 0;
        int letters = 0;
        for (int k = attrs[i * 4 + 2]; k < attrs[i * 4 + 3]; k++) {
            int c = from[k] & 0xFF;
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

    /** The text content of the element just started, up to its end tag (which is consumed); its length. */
    @Override
    int text() throws IOException {
        textLen = 0;
        if (pendingEnd) {
            pendingEnd = false;
            return 0;
        }
        while (true) {
            int stop = pos;
            while (true) {
                for (; stop < lim; stop++) {
                    byte b = buf[stop];
                    if (b == '<' || b == '&') {
                        break;
                    }
                }
                if (stop < lim) {
                    break;
                }
                int kept = stop - pos;
                if (!fill()) {
                    throw new Malformed("text cut off");
                }
                stop = pos + kept;
            }
            appendText(buf, pos, stop - pos);
            pos = stop;
            if (buf[pos] == '&') {
                entity();
                continue;
            }
            if (ensure(2) && buf[pos + 1] == '!') {
                if (ensure(9) && startsWith("<![CDATA[")) {
                    pos += 9;
                    cdata();
                    continue;
                }
                if (ensure(4) && startsWith("<!--")) {
                    skipPast("-->");
                    continue;
                }
            }
            Event e = next();
            if (e == Event.END) {
                return textLen;
            }
            if (e == Event.EOF) {
                throw new Malformed("text cut off");
            }
            skipElement(); // a child element (a rich-text run): its text is not ours
        }
    }

    /** The bytes collected by the last {@link #text()}, valid until the next call. */
    @Override
    byte[] textBytes() {
        return text;
    }

    @Override
    int textLength() {
        return textLen;
    }

    @Override
    String textString() {
        return new String(text, 0, textLen, StandardCharsets.UTF_8);
    }

    private void add(int nameFrom, int nameTo, int valueFrom, int valueTo, boolean entities) throws Malformed {
        if (attrCount * 4 + 4 > attrs.length) {
            attrs = Arrays.copyOf(attrs, attrs.length * 2);
            decoded = Arrays.copyOf(decoded, decoded.length * 2);
        }
        int i = attrCount++;
        attrs[i * 4] = nameFrom;
        attrs[i * 4 + 1] = nameTo;
        decoded[i] = entities;
        if (!entities) {
            attrs[i * 4 + 2] = valueFrom;
            attrs[i * 4 + 3] = valueTo;
            return;
        }
        int start = sideLen;
        for (int k = valueFrom; k < valueTo; ) {
            if (buf[k] == '&') {
                int semi = k + 1;
                while (semi < valueTo && buf[semi] != ';') {
                    semi++;
                }
                if (semi >= valueTo) {
                    throw new Malformed("entity");
                }
                for (byte u : decodeEntity(new String(buf, k + 1, semi - k - 1, StandardCharsets.US_ASCII))) {
                    side(u);
                }
                k = semi + 1;
            } else {
                side(buf[k++]);
            }
        }
        attrs[i * 4 + 2] = start;
        attrs[i * 4 + 3] = sideLen;
    }

    private void side(byte b) {
        if (sideLen == side.length) {
            side = Arrays.copyOf(side, side.length * 2);
        }
        side[sideLen++] = b;
    }

    private int attributeIndex(String local) {
        if (local.length() == 1) {
            byte c = (byte) local.charAt(0);
            for (int i = 0; i < attrCount; i++) {
                if (attrs[i * 4 + 1] - attrs[i * 4] == 1 && buf[attrs[i * 4]] == c) {
                    return i;
                }
            }
            return -1;
        }
        outer:
        for (int i = 0; i < attrCount; i++) {
            int s = attrs[i * 4];
            int e = attrs[i * 4 + 1];
            if (e - s != local.length()) {
                continue;
            }
            for (int k = 0; k < e - s; k++) {
                if (buf[s + k] != local.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
            appendText(buf, pos++, 1);
        }
    }

    private void entity() throws IOException {
        ensure(12);
        int semi = -1;
        for (int k = pos + 1; k < lim && k < pos + 12; k++) {
            if (buf[k] == ';') {
                semi = k;
                break;
            }
        }
        if (semi < 0) {
            throw new Malformed("entity");
        }
        byte[] utf8 = decodeEntity(new String(buf, pos + 1, semi - pos - 1, StandardCharsets.US_ASCII));
        pos = semi + 1;
        appendText(utf8, 0, utf8.length);
    }

    private static byte[] decodeEntity(String e) throws Malformed {
        int cp = switch (e) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> characterReference(e);
        };
        return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
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

    private void appendText(byte[] from, int offset, int n) {
        if (textLen + n > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLen + n));
        }
        System.arraycopy(from, offset, text, textLen, n);
        textLen += n;
    }

    /** Position of the next {@code c} from {@link #pos}, refilling as needed; -1 at the end of the input. */
    private int indexOf(byte c) throws IOException {
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

    private void skipPast(String end) throws IOException {
        while (true) {
            int k = indexOf((byte) end.charAt(0));
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

    /** Keeps the bytes from {@link #pos} (moved to the start) and reads more after them; false at the end. */
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
        if (!encodingChecked) {
            checkEncoding();
        }
        return true;
    }

    /**
     * The cursor reads UTF-8 only: a part in UTF-16 (its bytes interleaved with zeros) or in another encoding its
     * declaration names is refused, rather than read as a part without elements. Looks at the first bytes once.
     */
    private void checkEncoding() throws IOException {
        encodingChecked = true;
        while (lim < DECLARATION_BYTES && lim < buf.length) {
            int n = in.read(buf, lim, Math.min(buf.length, DECLARATION_BYTES) - lim);
            if (n <= 0) {
                break;
            }
            lim += n;
        }
        if (lim >= 2 && (buf[0] == 0 || buf[1] == 0 || (buf[0] & 0xFF) == 0xFE || (buf[0] & 0xFF) == 0xFF)) {
            throw new Malformed("not UTF-8 (UTF-16)");
        }
        String head = new String(buf, 0, Math.min(lim, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher encoding = ENCODING.matcher(head);
        if (head.startsWith("<?xml") && encoding.find() && !encoding.group(1).equalsIgnoreCase("utf-8")
                && !encoding.group(1).equalsIgnoreCase("utf8")) {
            throw new Malformed("not UTF-8 (" + encoding.group(1) + ")");
        }
    }
}
