package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MatrixCacheTest {

    private final MatrixCache cache = new MatrixCache();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    static Matrix matrix() {
        return new Matrix(LocalDate.of(2026, 12, 1), null, new Matrix.Summary(BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO,
                0, 0, null, null), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void requestsForAMatrixBeingComputedWaitForItInsteadOfComputingItAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        AtomicInteger computations = new AtomicInteger();
        Matrix one = matrix();
        Future<Matrix> first = pool.submit(() -> cache.get(1, "a", "r1", () -> {
            computations.incrementAndGet();
            started.countDown();
            await(release);
            return one;
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Matrix>> others = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(pool.submit(() -> cache.get(1, "a", "r1", () -> {
                computations.incrementAndGet();
                return matrix();
            })));
        }
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(one);
        for (Future<Matrix> f : others) assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(one);
        assertThat(computations).hasValue(1);
        assertThat(cache.computed()).isEqualTo(1);
    }

    @Test
    void anotherRevisionIsComputedApartAndAFailureIsNotShared() throws Exception {
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        Future<Matrix> failing = pool.submit(() -> cache.get(1, "a", "r1", () -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("database gone");
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Matrix newer = matrix();
        // a newer revision does not wait for the older computation
        assertThat(pool.submit(() -> cache.get(1, "a", "r2", () -> newer)).get(10, TimeUnit.SECONDS)).isSameAs(newer);
        Future<Matrix> waiting = pool.submit(() -> cache.get(1, "a", "r1", MatrixCacheTest::matrix));
        release.countDown();
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        // the one that waited computes for itself when the computation it waited for failed
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aComputationAskingForItsOwnKeyComputesInsteadOfWaitingForItself() {
        Matrix inner = matrix();
        Matrix outer = cache.get(1, "a", "r1", () -> cache.get(1, "a", "r1", () -> inner));
        assertThat(outer).isSameAs(inner);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
