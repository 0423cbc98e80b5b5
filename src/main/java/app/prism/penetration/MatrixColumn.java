package app.prism.penetration;

import java.util.List;

/**
 * One column of the matrix: a unit that stands for itself alone, or (at the chosen depth) for its whole subtree;
 * {@code members} are the units whose sales and contacts the column counts.
 */
public record MatrixColumn(long unitId, List<Long> members, boolean rolledUp) {

    public static MatrixColumn alone(long unitId) {
        return new MatrixColumn(unitId, List.of(unitId), false);
    }
}
