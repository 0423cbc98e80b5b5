package app.prism.account;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an account's organisation tree, in plain Java: who is whose parent, how deep a unit sits (roots at
 * depth 1), which units a subtree holds, and whether a move would create a cycle.
 */
public final class UnitTree {

    /** One edge of the tree: a unit and its parent (null for a root). */
    public record Link(long id, Long parentId) {}

    private final Map<Long, Long> parentOf = new LinkedHashMap<>();
    private final Map<Long, List<Long>> childrenOf = new HashMap<>();
    private final List<Long> roots = new ArrayList<>();

    public UnitTree(List<Link> links) {
        for (Link link : links) parentOf.put(link.id(), link.parentId());
        for (Link link : links) {
            if (link.parentId() == null || !parentOf.containsKey(link.parentId())) roots.add(link.id());
            else childrenOf.computeIfAbsent(link.parentId(), k -> new ArrayList<>()).add(link.id());
        }
    }

    public boolean contains(long id) {
        return parentOf.containsKey(id);
    }

    public List<Long> roots() {
        return Collections.unmodifiableList(roots);
    }

    public List<Long> children(long id) {
        return childrenOf.getOrDefault(id, List.of());
    }

    public Long parent(long id) {
        return parentOf.get(id);
    }

    /** Roots have depth 1. */
    public int depth(long id) {
        int depth = 1;
        Long p = parentOf.get(id);
        Set<Long> seen = new java.util.HashSet<>();
        while (p != null && parentOf.containsKey(p) && seen.add(p)) {
            depth++;
            p = parentOf.get(p);
        }
        return depth;
    }

    /** The unit and every unit below it, parents before children. */
    public List<Long> subtree(long id) {
        List<Long> out = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            long next = todo.pop();
            out.add(next);
            List<Long> kids = children(next);
            for (int i = kids.size() - 1; i >= 0; i--) todo.push(kids.get(i));
        }
        return out;
    }

    /** True when {@code candidate} lies in the subtree of {@code ancestor} (a unit is in its own subtree). */
    public boolean isInSubtree(long candidate, long ancestor) {
        Long at = candidate;
        Set<Long> seen = new java.util.HashSet<>();
        while (at != null && seen.add(at)) {
            if (at == ancestor) return true;
            at = parentOf.get(at);
        }
        return false;
    }

    /** Moving {@code unitId} under {@code newParentId} would make the unit its own ancestor. */
    public boolean moveCreatesCycle(long unitId, Long newParentId) {
        return newParentId != null && isInSubtree(newParentId, unitId);
    }

    /** Every unit with its depth, in tree order (parents before children, siblings in the given order). */
    public List<Long> inTreeOrder() {
        List<Long> out = new ArrayList<>();
        for (long root : roots) out.addAll(subtree(root));
        return out;
    }
}
