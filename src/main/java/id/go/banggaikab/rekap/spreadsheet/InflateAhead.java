package id.go.banggaikab.rekap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Inflates a zip entry on a thread of its own while the caller parses what was inflated before: a register sheet's
 * 300 MB of XML costs about as much to inflate as to parse, and a machine with two cores then does both at once. At
 * most a few chunks are held ({@link #CHUNKS} of {@link #CHUNK} bytes), so memory stays flat whatever the size. A
 * failure on the inflating side reaches the caller as its own {@link IOException}.
 */
final class InflateAhead extends InputStream {

    static final int CHUNK = 1 << 18;
    static final int CHUNKS = 4;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread inflater;
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int length;
    private int pos;
    private boolean ended;

    InflateAhead(InputStream source, String name) {
        inflater = new Thread(() -> pump(source), "register-" + name);
        inflater.setDaemon(true);
        inflater.start();
    }

    private void pump(InputStream source) {
        try (source) {
            while (!closed) {
                byte[] chunk = new byte[CHUNK];
                int n = source.readNBytes(chunk, 0, CHUNK);
                if (n > 0) {
                    put(n == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, n));
                }
                if (n < CHUNK) {
                    put(END);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            put(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private void put(Object o) {
        try {
            while (!closed && !chunks.offer(o, 100, TimeUnit.MILLISECONDS)) {
                // the reader is busy; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        Object o;
        try {
            o = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (o instanceof IOException e) {
            ended = true;
            throw e;
        }
        current = (byte[]) o;
        if (current == END) {
            ended = true;
            return false;
        }
        length = current.length;
        pos = 0;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos >= length && !next()) {
            return -1;
        }
        return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos >= length && !next()) {
            return -1;
        }
        int n = Math.min(len, length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        chunks.clear();
        inflater.interrupt();
    }
}
