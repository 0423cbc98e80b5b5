package app.prism.penetration;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which units the Matrix tab opens when the reader has not chosen: the shallowest depth that shows at least
 * {@link #MIN_COLUMNS} columns, or the whole tree when it has fewer units than that. A single-root account so opens on
 * its divisions rather than on one rolled-up column that hides every whitespace cell.
 */
final class DefaultOpening {

    static final int MIN_COLUMNS = 8;

    private DefaultOpening() {}

    /**
     * @param depthByUnit every unit of the account and its depth (roots are 1)
     * @param withChildren the units that have units below them
     * @return the units to open: every unit with children above the chosen depth
     */
    static Set<Long> of(Map<Long, Integer> depthByUnit, Set<Long> withChildren) {
        int maxDepth = depthByUnit.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int depth = 1; depth <= maxDepth; depth++) {
            int shown = depth;
            long columns = depthByUnit.values().stream().filter(d -> d <= shown).count();
            if (columns >= MIN_COLUMNS) return opened(depthByUnit, withChildren, depth);
        }
        return opened(depthByUnit, withChildren, maxDepth + 1);
    }

    private static Set<Long> opened(Map<Long, Integer> depthByUnit, Set<Long> withChildren, int depth) {
        return depthByUnit.entrySet().stream().filter(e -> e.getValue() < depth && withChildren.contains(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
