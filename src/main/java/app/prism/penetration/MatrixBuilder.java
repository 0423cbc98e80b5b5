package app.prism.penetration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<Matrix.Cell> cells = new ArrayList<>(columns.size() * rows.size());
        long[] buyingPerRow = new long[rows.size()];
        long[] applicablePerRow = new long[rows.size()];
        List<Matrix.UnitFigure> unitFigures = new ArrayList<>(columns.size());
        long applicable = 0, buying = 0, whitespace = 0, unitsDoingBusiness = 0;
        BigDecimal whitespaceValue = BigDecimal.ZERO.setScale(2);

        for (ColumnHead head : columns) {
            MatrixColumn column = head.column();
            long contacts = column.members().stream().mapToLong(u -> activeContactsPerUnit.getOrDefault(u, 0L)).sum();
            long columnBuying = 0, columnApplicable = 0;
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                BigDecimal revenue = ZERO;
                // The statuses met in the column: enough for the roll-up, which only asks which statuses occur.
                java.util.EnumSet<CellStatus> memberStatuses = java.util.EnumSet.noneOf(CellStatus.class);
                CellStatus single = null;
                for (long unit : column.members()) {
                    CellStatusRule.Facts f = facts.get(new Key(unit, row.productId()));
                    if (f == null) {
                        single = CellStatus.WHITESPACE; // the status of a pair without facts; its revenue is zero
                    } else {
                        if (f.ttmRevenue() != null) revenue = revenue.add(f.ttmRevenue());
                        single = CellStatusRule.statusOf(f);
                    }
                    memberStatuses.add(single);
                }
                CellStatus status = column.rolledUp() ? CellStatusRule.rollUp(memberStatuses) : single;
                cells.add(new Matrix.Cell(column.unitId(), row.productId(), status, revenue, contacts));
                if (status == CellStatus.NOT_APPLICABLE) continue;
                columnApplicable++;
                applicablePerRow[r]++;
                if (status == CellStatus.BUYING) {
                    columnBuying++;
                    buyingPerRow[r]++;
                } else if (status == CellStatus.WHITESPACE) {
                    whitespace++;
                    whitespaceValue = whitespaceValue.add(row.whitespaceValue());
                }
            }
            applicable += columnApplicable;
            buying += columnBuying;
            if (columnBuying > 0) unitsDoingBusiness++;
            unitFigures.add(new Matrix.UnitFigure(column.unitId(), head.name(), Ratio.of(columnBuying, columnApplicable)));
        }
        List<Matrix.ProductFigure> productFigures = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            productFigures.add(new Matrix.ProductFigure(rows.get(r).productId(), rows.get(r).code(),
                    Ratio.of(buyingPerRow[r], applicablePerRow[r])));
        }
        var summary = new Matrix.Summary(Ratio.of(buying, applicable), applicable, buying, whitespace, whitespaceValue,
                columns.size(), unitsDoingBusiness);
        return new Matrix(asOf, depth, summary, unitFigures, productFigures, cells);
    }
}
