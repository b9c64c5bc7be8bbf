package id.go.banggaikab.rekap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;

/**
 * A pull reader over a SpreadsheetML part, for both .xlsx paths: the forms' ({@link XlsxSheets}) and the registers'
 * ({@link XlsxStream}), and the package facts ({@link XlsxPackage}, {@link SharedStrings}). Only tags, attributes and
 * text are reported; namespace prefixes are dropped ({@code x:c} is {@code c}), comments and processing instructions
 * skipped, entities decoded, CDATA read as text. A damaged part (an end tag that closes nothing, a part that ends
 * inside an element) is refused rather than half read, and so is a document type declaration: a spreadsheet part has
 * none, and entities declared in one are a known way to make a parser fetch or expand what it should not.
 */
abstract class XmlCursor {

    /** What {@link #next()} found. */
    enum Event {
        START, END, EOF
    }

    /** Thrown for bytes that are no well-formed part; the caller names the file, this names nothing to a user. */
    static final class Malformed extends IOException {
        Malformed(String what) {
            super(what, null);
        }
    }

    /** Makes a cursor over a part of the given inflated size (-1 when unknown). */
    interface Parser {
        XmlCursor open(InputStream in, long size);
    }

    /**
     * The parser every part is read with: the hand-written {@link ByteCursor}. Only the A/B benchmark
     * ({@code CursorBenchmark}, with Aalto behind this same class) sets another.
     */
    static volatile Parser parser = ByteCursor::new;

    static XmlCursor of(InputStream in) {
        return of(in, -1);
    }

    /** {@code size}: the part's inflated size when the zip tells it, else -1. */
    static XmlCursor of(InputStream in, long size) {
        return parser.open(in, size);
    }

    /**
     * The next tag. A self-closing tag gives START, then END. Text is only collected when the caller asks for it
     * with {@link #text()} right after a START; otherwise it is skipped.
     */
    abstract Event next() throws IOException;

    /** Whether the current tag's local name is {@code local} (ASCII). */
    abstract boolean is(String local);

    /** As {@link #is(String)}, for a name spelled once as bytes: the hot path of a sheet's million cells. */
    abstract boolean is(byte[] local);

    abstract String name();

    /** Whether the current start tag closed itself ({@code <c r="A1"/>}): it has no content. */
    abstract boolean empty();

    /** An attribute of the current start tag by its local name, decoded; null when absent. */
    abstract String attribute(String local);

    abstract boolean hasAttribute(String local);

    /** Whether the attribute's value is exactly {@code value} (ASCII). */
    abstract boolean attributeIs(String local, String value);

    /** The first character of an attribute's value of that length, or -1: enough to tell a cell's type. */
    abstract int attributeFirst(String local, int length);

    /** A non-negative decimal attribute such as {@code s="3"}; -1 when absent or not one. */
    abstract int intAttribute(String local);

    /** A cell reference attribute such as {@code r="AB12"}: its 0-based column, or -1 when absent or odd. */
    abstract int columnOf(String local);

    /**
     * The text content of the element just started, up to its end tag (which is consumed), a child element's text
     * (a rich-text run) left out; its length in UTF-8 bytes.
     */
    abstract int text() throws IOException;

    /** The UTF-8 bytes collected by the last {@link #text()}, valid until the next call. */
    abstract byte[] textBytes();

    abstract int textLength();

    abstract String textString();

    /** Skips the element just started, children and all. */
    void skipElement() throws IOException {
        if (empty()) {
            next();
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Event e = next();
            if (e == Event.START) {
                depth++;
            } else if (e == Event.END) {
                depth--;
            } else {
                throw new Malformed("element cut off");
            }
        }
    }

    /**
     * Moves to the next child element of the element {@code parent} just started (a row's cells, a cell's value and
     * formula): true on a child's start tag, false on {@code parent}'s own end tag. The caller reads each child's
     * text or skips it, so the next end tag seen here is the parent's.
     */
    boolean nextChild(byte[] parent) throws IOException {
        Event e;
        while ((e = next()) != Event.END || !is(parent)) {
            if (e == Event.EOF) {
                throw new Malformed("element cut off");
            }
            if (e == Event.START) {
                return true;
            }
        }
        return false;
    }
}
