package app.prism.penetration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the matrix from per-unit facts, in plain Java: statuses per cell (rolled up for subtree columns), revenue,
 * contacts, and the summary and penetration figures of PRODUCT.md section 4.
 */
public final class MatrixBuilder {

    /** A row: an active product with the value one whitespace cell of it is worth. */
    public record Row(long productId, String code, BigDecimal whitespaceValue) {}

    /** A column's identity for the per-unit figures. */
    public record ColumnHead(MatrixColumn column, String name) {}

    /** The facts of one (unit, product) pair; a pair without facts is whitespace. */
    public record Key(long unitId, long productId) {}

    /** Zero revenue, shared by every cell without sales (BigDecimal is immutable). */
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private MatrixBuilder() {}

    public static Matrix build(LocalDate asOf, Integer depth, List<ColumnHead> columns, List<Row> rows,
            Map<Key, CellStatusRule.Facts> facts, Map<Long, Long> activeContactsPerUnit) {
        Set<Long> units = new HashSet<>();
        columns.forEach(head -> units.addAll(head.column().members()));
        PairGrid grid = new PairGrid(units, rows.stream().map(Row::productId).toList());
        facts.forEach((key, f) -> {
            if (f.ttmRevenue() != null) {
                grid.ttmRevenue(key.unitId(), key.productId(), f.ttmRevenue().movePointRight(2).longValueExact());
            }
            if (f.fitMark()) grid.fitMark(key.unitId(), key.productId());
            if (f.openOpportunity()) grid.openOpportunity(key.unitId(), key.productId());
            if (f.lostInTtm()) grid.lostInWindow(key.unitId(), key.productId());
        });
        return build(asOf, depth, columns, rows, grid, activeContactsPerUnit, true);
    }

    /**
     * The matrix from the pairs' facts in a grid; without {@code withCells} only its figures (summary, per unit, per
     * product), and {@code cells} is empty: what a summary needs, without an object per cell.
     */
    static Matrix build(LocalDate asOf, Integer depth, List<ColumnHead> columns, List<Row> rows, PairGrid grid,
            Map<Long, Long> activeContactsPerUnit, boolean withCells) {
        List<Matrix.Cell> cells = withCells ? new ArrayList<>(columns.size() * rows.size()) : List.of();
        int[] productAt = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) productAt[r] = grid.productIndex(rows.get(r).productId());
        long[] buyingPerRow = new long[rows.size()];
        long[] applicablePerRow = new long[rows.size()];
        long[] whitespacePerRow = new long[rows.size()];
        List<Matrix.UnitFigure> unitFigures = new ArrayList<>(columns.size());
        long applicable = 0, buying = 0, unitsDoingBusiness = 0;
        // The statuses met in a column: enough for the roll-up, which only asks which statuses occur.
        EnumSet<CellStatus> memberStatuses = EnumSet.noneOf(CellStatus.class);

        for (ColumnHead head : columns) {
            MatrixColumn column = head.column();
            long contacts = column.members().stream().mapToLong(u -> activeContactsPerUnit.getOrDefault(u, 0L)).sum();
            int[] members = column.members().stream().mapToInt(grid::unitIndex).toArray();
            long columnBuying = 0, columnApplicable = 0;
            for (int r = 0; r < rows.size(); r++) {
                int product = productAt[r];
                long revenueCents = 0;
                memberStatuses.clear();
                CellStatus single = null;
                for (int unit : members) {
                    if (unit < 0 || product < 0) {
                        single = CellStatus.WHITESPACE; // the status of a pair without facts; its revenue is zero
                    } else {
                        int cell = grid.cell(unit, product);
                        revenueCents = Math.addExact(revenueCents, grid.revenueCents(cell));
                        single = grid.status(cell);
                    }
                    memberStatuses.add(single);
                }
                CellStatus status = column.rolledUp() ? CellStatusRule.rollUp(memberStatuses) : single;
                if (withCells) {
                    BigDecimal revenue = revenueCents == 0 ? ZERO : BigDecimal.valueOf(revenueCents, 2);
                    cells.add(new Matrix.Cell(column.unitId(), rows.get(r).productId(), status, revenue, contacts));
                }
                if (status == CellStatus.NOT_APPLICABLE) continue;
                columnApplicable++;
                applicablePerRow[r]++;
                if (status == CellStatus.BUYING) {
                    columnBuying++;
                    buyingPerRow[r]++;
                } else if (status == CellStatus.WHITESPACE) {
                    whitespacePerRow[r]++;
                }
            }
            applicable += columnApplicable;
            buying += columnBuying;
            if (columnBuying > 0) unitsDoingBusiness++;
            unitFigures.add(new Matrix.UnitFigure(column.unitId(), head.name(), Ratio.of(columnBuying, columnApplicable)));
        }
        List<Matrix.ProductFigure> productFigures = new ArrayList<>(rows.size());
        long whitespace = 0;
        BigDecimal whitespaceValue = ZERO;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            productFigures.add(new Matrix.ProductFigure(row.productId(), row.code(),
                    Ratio.of(buyingPerRow[r], applicablePerRow[r])));
            whitespace += whitespacePerRow[r];
            whitespaceValue = whitespaceValue.add(row.whitespaceValue().multiply(BigDecimal.valueOf(whitespacePerRow[r])));
        }
        var summary = new Matrix.Summary(Ratio.of(buying, applicable), applicable, buying, whitespace, whitespaceValue,
                columns.size(), unitsDoingBusiness);
        return new Matrix(asOf, depth, summary, unitFigures, productFigures, cells);
    }
}
