package id.go.banggaikab.rekap.job;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands the import its forms already read, in the order they were found, while the next ones are being read on the
 * reading threads: reading (pure, on every core) overlaps storing (one writer, in order). At most {@code window}
 * forms are in flight, so memory stays bounded whatever the number of files. A form whose reading fails in a way the
 * processor's own guard does not catch fails here on the step thread, where the step's fault tolerance skips it.
 */
class ReadAhead implements ItemReader<ImportItem> {

    private final Iterator<Path> files;
    private final ImportProcessor processor;
    private final Executor executor;
    private final int window;
    private final Deque<CompletableFuture<ImportItem>> inFlight = new ArrayDeque<>();

    ReadAhead(List<Path> files, ImportProcessor processor, Executor executor, int window) {
        this.files = files.iterator();
        this.processor = processor;
        this.executor = executor;
        this.window = window;
    }

    /** The next form read, or null at the end. */
    @Override
    public ImportItem read() throws Exception {
        fill();
        CompletableFuture<ImportItem> next = inFlight.pollFirst();
        if (next == null) {
            return null;
        }
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (inFlight.size() < window && files.hasNext()) {
            Path file = files.next();
            inFlight.addLast(CompletableFuture.supplyAsync(() -> processor.process(file), executor));
        }
    }
}
