package app.prism.penetration;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Recently computed matrices, keyed by what they were computed from and by the data revision read before computing.
 * A write anywhere bumps the revision, so an entry is never served after a change. Entries are weighed by their cell
 * count so that a few huge matrices cannot exhaust the heap.
 */
@Component
class MatrixCache {

    static final long MAX_CELLS = 300_000;

    private record Entry(long revision, Matrix matrix) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(32, 0.75f, true);
    private long cells;

    Matrix get(String key, long revision, Supplier<Matrix> compute) {
        synchronized (this) {
            Entry hit = entries.get(key);
            if (hit != null && hit.revision() == revision) return hit.matrix();
        }
        Matrix computed = compute.get();
        put(key, revision, computed);
        return computed;
    }

    private synchronized void put(String key, long revision, Matrix matrix) {
        long size = matrix.cells().size();
        if (size > MAX_CELLS) return;
        Entry old = entries.remove(key);
        if (old != null) cells -= old.matrix().cells().size();
        // Entries of an older revision can never be served again: drop them first, then the least recently used.
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.revision() != revision) {
                cells -= e.matrix().cells().size();
                it.remove();
            }
        }
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && cells + size > MAX_CELLS; ) {
            cells -= it.next().matrix().cells().size();
            it.remove();
        }
        entries.put(key, new Entry(revision, matrix));
        cells += size;
    }

    synchronized int size() {
        return entries.size();
    }
}
