package id.go.banggaikab.rekap.spreadsheet;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * {@link XmlCursor} over Aalto, the StAX parser already on the classpath for .ods, kept in the tests for the A/B
 * ({@link CursorBenchmark}) that decided against it: its non-blocking parser fed the part's bytes in chunks, or its
 * blocking reader over the stream. Attribute values are read from Aalto's own buffer without a string
 * ({@code getAttributeAs}), text is copied out as characters. No DTD is processed and a
 * document type declaration is refused as by the hand-written cursor; text is gathered as characters and turned into
 * UTF-8 bytes only when a caller asks for bytes.
 */
final class AaltoCursor extends XmlCursor {

    private static final InputFactoryImpl FACTORY = factory();
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final XMLStreamReader2 reader;
    private final AsyncXMLStreamReader<AsyncByteArrayFeeder> asyncReader;
    private byte[] chunk;
    private boolean eof;
    private boolean ended;
    private boolean emptyTag;
    private char[] chars = new char[256];
    private int charLen;
    private byte[] utf8 = new byte[256];
    private int utf8Len = -1;

    /** {@code async}: the byte-array feeder, else the blocking stream reader; a small part gets a small chunk. */
    AaltoCursor(InputStream in, long size, boolean async) {
        this.in = in;
        try {
            if (async) {
                asyncReader = FACTORY.createAsyncForByteArray();
                reader = asyncReader;
                chunk = new byte[size < 0 || size >= CHUNK ? CHUNK : Math.max((int) size + 1, 256)];
            } else {
                asyncReader = null;
                reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputFactoryImpl factory() {
        InputFactoryImpl f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** The parser's next token, feeding the async parser from the stream as it asks. */
    private int token() throws IOException {
        try {
            int t = reader.next();
            while (t == AsyncXMLStreamReader.EVENT_INCOMPLETE) {
                if (ended) {
                    throw new Malformed("cut off");
                }
                int n = in.read(chunk, 0, chunk.length);
                if (n < 0) {
                    ended = true;
                    asyncReader.getInputFeeder().endOfInput();
                } else {
                    asyncReader.getInputFeeder().feedInput(chunk, 0, n);
                }
                t = reader.next();
            }
            return t;
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new Malformed(e.getMessage());
        } catch (RuntimeException e) {
            throw new Malformed(String.valueOf(e.getMessage()));
        }
    }

    private boolean emptyElement() throws Malformed {
        try {
            return reader.isEmptyElement();
        } catch (XMLStreamException e) {
            throw new Malformed(e.getMessage());
        }
    }

    @Override
    Event next() throws IOException {
        if (eof) {
            return Event.EOF;
        }
        while (true) {
            switch (token()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    emptyTag = emptyElement();
                    return Event.START;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    emptyTag = false;
                    return Event.END;
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    eof = true;
                    return Event.EOF;
                }
                case XMLStreamConstants.DTD -> throw new Malformed("document type declaration");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new Malformed("entity");
                default -> {
                    // text between tags, comments, processing instructions: not asked for
                }
            }
        }
    }

    @Override
    boolean is(String local) {
        return local.equals(reader.getLocalName());
    }

    @Override
    boolean is(byte[] local) {
        String name = reader.getLocalName();
        if (name.length() != local.length) {
            return false;
        }
        for (int i = 0; i < local.length; i++) {
            if (name.charAt(i) != local[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    String name() {
        return reader.getLocalName();
    }

    @Override
    boolean empty() {
        return emptyTag;
    }

    private int attributeIndex(String local) {
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            if (local.equals(reader.getAttributeLocalName(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where an attribute's value lies in the parser's own buffer, handed over without making a string. */
    private static final class Chars extends TypedValueDecoder {
        char[] buf;
        int start;
        int end;

        @Override
        public void decode(String lexical) {
            buf = lexical.toCharArray();
            start = 0;
            end = buf.length;
        }

        @Override
        public void decode(char[] lexical, int from, int to) {
            buf = lexical;
            start = from;
            end = to;
        }

        @Override
        public void handleEmptyValue() {
            start = 0;
            end = 0;
        }
    }

    private final Chars value = new Chars();

    /** The value of attribute {@code local} into {@link #value}; false when absent. */
    private boolean value(String local) {
        int i = attributeIndex(local);
        if (i < 0) {
            return false;
        }
        try {
            reader.getAttributeAs(i, value);
            return true;
        } catch (XMLStreamException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    String attribute(String local) {
        int i = attributeIndex(local);
        return i < 0 ? null : reader.getAttributeValue(i);
    }

    @Override
    boolean hasAttribute(String local) {
        return attributeIndex(local) >= 0;
    }

    @Override
    boolean attributeIs(String local, String expected) {
        if (!value(local) || value.end - value.start != expected.length()) {
            return false;
        }
        for (int k = 0; k < expected.length(); k++) {
            if (value.buf[value.start + k] != expected.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    int attributeFirst(String local, int length) {
        return !value(local) || value.end - value.start != length ? -1 : value.buf[value.start];
    }

    @Override
    int intAttribute(String local) {
        if (!value(local) || value.start == value.end || value.end - value.start > 9) {
            return -1;
        }
        int out = 0;
        for (int k = value.start; k < value.end; k++) {
            int d = value.buf[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            out = out * 10 + d;
        }
        return out;
    }

    @Override
    int columnOf(String local) {
        return value(local) ? column(java.nio.CharBuffer.wrap(value.buf, value.start, value.end - value.start)) : -1;
    }

    @Override
    int text() throws IOException {
        charLen = 0;
        utf8Len = -1;
        int depth = 0;
        while (true) {
            switch (token()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 0) {
                        append();
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++; // a child element (a rich-text run): not ours
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth-- == 0) {
                        emptyTag = false;
                        return textLength();
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new Malformed("text cut off");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new Malformed("entity");
                default -> {
                    // comments and processing instructions inside the text
                }
            }
        }
    }

    private void append() throws Malformed {
        int n = reader.getTextLength();
        if (charLen + n > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, charLen + n));
        }
        try {
            reader.getTextCharacters(0, chars, charLen, n);
        } catch (XMLStreamException e) {
            throw new Malformed(e.getMessage());
        }
        charLen += n;
    }

    @Override
    byte[] textBytes() {
        encode();
        return utf8;
    }

    @Override
    int textLength() {
        encode();
        return utf8Len;
    }

    @Override
    String textString() {
        return new String(chars, 0, charLen);
    }

    /** The gathered characters as UTF-8; ASCII (numbers, indexes) byte for char without an encoder. */
    private void encode() {
        if (utf8Len >= 0) {
            return;
        }
        if (utf8.length < charLen * 3) {
            utf8 = new byte[Math.max(utf8.length * 2, charLen * 3)];
        }
        int n = 0;
        for (int i = 0; i < charLen; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                byte[] b = new String(chars, 0, charLen).getBytes(StandardCharsets.UTF_8);
                if (utf8.length < b.length) {
                    utf8 = b;
                } else {
                    System.arraycopy(b, 0, utf8, 0, b.length);
                }
                utf8Len = b.length;
                return;
            }
            utf8[n++] = (byte) c;
        }
        utf8Len = n;
    }

    /**
     * "AB12" → 27; -1 when it starts with no column letters or more than three: ByteCursor's rule (columnOf) over
     * Aalto's characters, so both parsers give the same cells.
     */
    static int column(CharSequence ref) {
        int col = 0;
        int letters = 0;
        for (int k = 0; k < ref.length(); k++) {
            int c = ref.charAt(k);
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
}
