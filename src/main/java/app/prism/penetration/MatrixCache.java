package app.prism.penetration;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Recently computed matrices, keyed by what they were computed from (the account first) and by the revision read
 * before computing: the account's and the database-wide one, and the version of the medians over all accounts. A write
 * to the account (or to everyone's data) moves its revision, so an entry is never served after a change; a write to
 * another account leaves it valid. Entries are weighed by their cell count so that a few huge matrices cannot exhaust
 * the heap.
 */
@Component
class MatrixCache {

    static final long MAX_CELLS = 300_000;

    private record Entry(long accountId, Object revision, Matrix matrix) {}

    static final int MAX_SUMMARIES = 1_000;

    private record SummaryEntry(Object revision, Matrix.Summary summary) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(32, 0.75f, true);
    private long cells;
    /** The summary of every matrix computed, even of those too large to keep: a few hundred bytes each. */
    private final Map<String, SummaryEntry> summaries = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SummaryEntry> eldest) {
            return size() > MAX_SUMMARIES;
        }
    };

    /** How many matrices and summaries were computed rather than served: what a test watches. */
    private final java.util.concurrent.atomic.AtomicLong computed = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A computation under way, which requests for the same key and revision wait for instead of computing the same
     * matrix again: after a write to a large account, every request touching it (its matrix, the portfolio, next best
     * actions) would otherwise compute it at once, each taking the CPU the others need.
     */
    private record Flight(Object revision, Thread owner, java.util.concurrent.CompletableFuture<Object> result) {}

    private final java.util.concurrent.ConcurrentHashMap<String, Flight> flights =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How long a request waits for another's computation before it computes itself (never a deadlock). */
    static final long WAIT_SECONDS = 60;

    /** {@code revision} null: computed and not kept (the caller's transaction has written what it reads). */
    Matrix get(long accountId, String key, Object revision, Supplier<Matrix> compute) {
        if (revision != null) synchronized (this) {
            Entry hit = entries.get(key);
            if (hit != null && hit.revision().equals(revision)) return hit.matrix();
        }
        if (revision == null) {
            Matrix computed = compute.get();
            this.computed.incrementAndGet();
            return computed;
        }
        return once("m:" + key, revision, () -> {
            Matrix computed = compute.get();
            this.computed.incrementAndGet();
            put(accountId, key, revision, computed);
            return computed;
        });
    }

    /** Runs {@code work} unless the same key and revision is being computed: then waits for that result. */
    @SuppressWarnings("unchecked")
    private <T> T once(String key, Object revision, Supplier<T> work) {
        var mine = new Flight(revision, Thread.currentThread(), new java.util.concurrent.CompletableFuture<>());
        Flight flight = flights.compute(key, (k, f) -> f != null && f.revision().equals(revision) ? f : mine);
        if (flight != mine && flight.owner() != Thread.currentThread()) {
            try {
                return (T) flight.result().get(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a matrix", e);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return work.get();   // the other failed (its caller sees why) or is slow: compute here
            }
        }
        if (flight != mine) return work.get();   // asked again while computing it (never waits for itself)
        try {
            T result = work.get();
            mine.result().complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(key, mine);
        }
    }

    long computed() {
        return computed.get();
    }

    /**
     * The summary of the matrix under {@code key}: the one kept, or that of the matrix kept, or else computed and kept
     * on its own (the matrix is not, as {@code compute} need not build its cells).
     */
    Matrix.Summary summary(String key, Object revision, Supplier<Matrix.Summary> compute) {
        if (revision != null) synchronized (this) {
            SummaryEntry hit = summaries.get(key);
            if (hit != null && hit.revision().equals(revision)) return hit.summary();
            Entry matrix = entries.get(key);
            if (matrix != null && matrix.revision().equals(revision)) return matrix.matrix().summary();
        }
        if (revision == null) {
            Matrix.Summary computed = compute.get();
            this.computed.incrementAndGet();
            return computed;
        }
        return once("s:" + key, revision, () -> {
            Matrix.Summary computed = compute.get();
            this.computed.incrementAndGet();
            synchronized (this) {
                summaries.put(key, new SummaryEntry(revision, computed));
            }
            return computed;
        });
    }

    private synchronized void put(long accountId, String key, Object revision, Matrix matrix) {
        summaries.put(key, new SummaryEntry(revision, matrix.summary()));
        long size = matrix.cells().size();
        if (size > MAX_CELLS) return;
        Entry old = entries.remove(key);
        if (old != null) cells -= old.matrix().cells().size();
        // The account's entries of another revision will not be served again: drop them first, then the least
        // recently used.
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.accountId() == accountId && !e.revision().equals(revision)) {
                cells -= e.matrix().cells().size();
                it.remove();
            }
        }
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && cells + size > MAX_CELLS; ) {
            cells -= it.next().matrix().cells().size();
            it.remove();
        }
        entries.put(key, new Entry(accountId, revision, matrix));
        cells += size;
    }

    synchronized int size() {
        return entries.size();
    }
}
