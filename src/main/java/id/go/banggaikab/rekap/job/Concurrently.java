package id.go.banggaikab.rekap.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Independent pieces of work (each output document of a run is written from data already computed, to a file of its
 * own) done on every core: the first on the calling thread, the others on the executor. Every piece is waited for,
 * so none is still running when the caller goes on, and the failure reported is the one the same pieces done one
 * after the other would have reported first: that of the earliest failed piece in the given order. The pieces after
 * it may have been done (each output is written whole or not at all, so such a file is simply there for the next
 * run, which finds it up to date).
 */
final class Concurrently {

    private Concurrently() {
    }

    /** The results of {@code work}, in its order. */
    static <T> List<T> all(List<Supplier<T>> work, Executor executor) {
        List<CompletableFuture<T>> started = new ArrayList<>();
        for (int i = 1; i < work.size(); i++) {
            started.add(CompletableFuture.supplyAsync(work.get(i), executor));
        }
        List<T> out = new ArrayList<>();
        Throwable first = null;
        if (!work.isEmpty()) {
            try {
                out.add(work.get(0).get());
            } catch (RuntimeException | Error e) {
                first = e;
            }
        }
        for (CompletableFuture<T> piece : started) {
            try {
                out.add(piece.join());
            } catch (CompletionException e) {
                first = first != null ? first : e.getCause() != null ? e.getCause() : e;
            }
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new CompletionException(first); // a checked exception smuggled out of a supplier
        }
        return out;
    }
}
