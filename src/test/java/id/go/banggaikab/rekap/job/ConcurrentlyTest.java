package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theResultsComeInTheOrderGivenWhileThePiecesRunAtTheSameTime() {
        // Each piece waits until all three have started: done one after the other they would never finish.
        CountDownLatch started = new CountDownLatch(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Supplier<String> piece = () -> {
            threads.add(Thread.currentThread().getName());
            started.countDown();
            await(started);
            return Thread.currentThread().getName();
        };
        List<Supplier<String>> work = List.of(() -> "rekap:" + piece.get(), () -> "lakip:" + piece.get(),
                () -> "lkjip:" + piece.get());

        List<String> out = Concurrently.all(work, pool);

        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isEqualTo("rekap:" + Thread.currentThread().getName());
        assertThat(out.get(1)).startsWith("lakip:pool-");
        assertThat(out.get(2)).startsWith("lkjip:pool-");
        assertThat(threads).hasSize(3);
    }

    @Test
    void theFailureReportedIsTheEarliestInOrderAfterEveryPieceHasEnded() {
        Set<String> ended = ConcurrentHashMap.newKeySet();
        List<Supplier<String>> work = List.of(() -> {
            ended.add("rekap");
            return "rekap";
        }, () -> {
            sleep(200); // fails last in time, first in order
            ended.add("lakip");
            throw new UncheckedIOException(new java.io.IOException("disk penuh: Tabel LAKIP"));
        }, () -> {
            ended.add("lkjip");
            throw new IllegalStateException("LKjIP");
        });

        assertThatThrownBy(() -> Concurrently.all(work, pool)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk penuh: Tabel LAKIP");
        assertThat(ended).containsExactlyInAnyOrder("rekap", "lakip", "lkjip");
    }

    @Test
    void aFailureOnTheCallingThreadStillWaitsForTheOthersAndAnErrorStaysAnError() {
        Set<String> ended = ConcurrentHashMap.newKeySet();
        List<Supplier<String>> work = List.of(() -> {
            throw new OutOfMemoryError("rekap");
        }, () -> {
            sleep(200);
            ended.add("lakip");
            return "lakip";
        });

        assertThatThrownBy(() -> Concurrently.all(work, pool)).isInstanceOf(OutOfMemoryError.class);
        assertThat(ended).containsExactly("lakip");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("all pieces running at once").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
