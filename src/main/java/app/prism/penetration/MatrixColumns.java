package app.prism.penetration;

import app.prism.account.UnitTree;
import java.util.ArrayList;
import java.util.List;

/**
 * PRODUCT.md section 4, "Hierarchy roll-up": the columns of the matrix shown down to depth d are the units at depth
 * ≤ d; a unit shallower than d stands for itself alone, a unit at depth d for its whole subtree, so every sale and
 * every contact is counted in exactly one column. Without a depth, every unit stands for itself.
 */
public final class MatrixColumns {

    private MatrixColumns() {}

    public static List<MatrixColumn> of(UnitTree tree, Integer depth) {
        List<MatrixColumn> columns = new ArrayList<>();
        for (long unit : tree.inTreeOrder()) {
            int at = tree.depth(unit);
            if (depth == null || at < depth) columns.add(MatrixColumn.alone(unit));
            else if (at == depth) columns.add(new MatrixColumn(unit, List.copyOf(tree.subtree(unit)), true));
        }
        return columns;
    }

    /**
     * Columns for a tree opened unit by unit (the matrix page): a root always shows; an open unit stands for itself
     * alone and shows its children; a closed unit stands for its whole subtree. Opening every unit shallower than d
     * gives exactly the columns of depth d.
     */
    public static List<MatrixColumn> opened(UnitTree tree, java.util.Set<Long> open) {
        List<MatrixColumn> columns = new ArrayList<>();
        for (long root : tree.roots()) addOpened(tree, root, open, columns);
        return columns;
    }

    private static void addOpened(UnitTree tree, long unit, java.util.Set<Long> open, List<MatrixColumn> columns) {
        List<Long> children = tree.children(unit);
        if (children.isEmpty()) {
            columns.add(MatrixColumn.alone(unit));
        } else if (open.contains(unit)) {
            columns.add(MatrixColumn.alone(unit));
            for (long child : children) addOpened(tree, child, open, columns);
        } else {
            columns.add(new MatrixColumn(unit, List.copyOf(tree.subtree(unit)), true));
        }
    }
}
