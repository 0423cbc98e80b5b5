package app.prism.penetration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the matrix from per-unit facts, in plain Java: statuses per cell (rolled up for subtree columns), revenue,
 * contacts, share of wallet, and the summary and penetration figures of PRODUCT.md section 4.
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

    /** A cell's potential and competitor as set by hand or imported (either may be null). */
    public record Wallet(BigDecimal potential, String competitor) {}

    public static Matrix build(LocalDate asOf, Integer depth, List<ColumnHead> columns, List<Row> rows,
            Map<Key, CellStatusRule.Facts> facts, Map<Long, Long> activeContactsPerUnit) {
        return build(asOf, depth, columns, rows, facts, Map.of(), activeContactsPerUnit);
    }

    public static Matrix build(LocalDate asOf, Integer depth, List<ColumnHead> columns, List<Row> rows,
            Map<Key, CellStatusRule.Facts> facts, Map<Key, Wallet> wallets, Map<Long, Long> activeContactsPerUnit) {
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
        wallets.forEach((key, w) -> grid.cellPotential(key.unitId(), key.productId(),
                w.potential() == null ? -1 : w.potential().movePointRight(2).longValueExact(), w.competitor()));
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

        // Share of wallet: only walked when some cell of the account carries a potential or a competitor.
        boolean wallet = grid.hasWallet();
        ShareOfWallet.Sum cellSum = new ShareOfWallet.Sum();
        ShareOfWallet.Sum columnSum = new ShareOfWallet.Sum();
        ShareOfWallet.Sum total = new ShareOfWallet.Sum();
        ShareOfWallet.Sum[] rowSums = new ShareOfWallet.Sum[rows.size()];
        for (int r = 0; r < rows.size(); r++) rowSums[r] = new ShareOfWallet.Sum();
        // whitespace cells with a potential, counted apart: their value is their potential, not the product's
        long whitespacePotentialCents = 0, whitespaceWithPotential = 0;
        List<String> cellCompetitors = new ArrayList<>();
        // per competitor: cells, potential and the part of it we do not hold, in cents
        Map<String, long[]> byCompetitor = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        for (ColumnHead head : columns) {
            MatrixColumn column = head.column();
            long contacts = column.members().stream().mapToLong(u -> activeContactsPerUnit.getOrDefault(u, 0L)).sum();
            int[] members = column.members().stream().mapToInt(grid::unitIndex).toArray();
            long columnBuying = 0, columnApplicable = 0;
            columnSum.clear();
            for (int r = 0; r < rows.size(); r++) {
                int product = productAt[r];
                long revenueCents = 0;
                memberStatuses.clear();
                CellStatus single = null;
                cellSum.clear();
                cellCompetitors.clear();
                for (int unit : members) {
                    if (unit < 0 || product < 0) {
                        single = CellStatus.WHITESPACE; // the status of a pair without facts; its revenue is zero
                    } else {
                        int cell = grid.cell(unit, product);
                        long cents = grid.revenueCents(cell);
                        revenueCents = Math.addExact(revenueCents, cents);
                        single = grid.status(cell);
                        if (wallet) {
                            // a fit-marked cell carries no potential (one stored before the mark is left out)
                            long potential = single == CellStatus.NOT_APPLICABLE ? -1 : grid.potentialCents(cell);
                            cellSum.add(potential, cents);
                            String competitor = grid.competitor(cell);
                            if (competitor != null) {
                                cellCompetitors.add(competitor);
                                long[] c = byCompetitor.computeIfAbsent(competitor.strip(), k -> new long[3]);
                                c[0]++;
                                if (potential >= 0) {
                                    c[1] = Math.addExact(c[1], potential);
                                    c[2] = Math.addExact(c[2], Math.max(0, potential - cents));
                                }
                            }
                        }
                    }
                    memberStatuses.add(single);
                }
                CellStatus status = column.rolledUp() ? CellStatusRule.rollUp(memberStatuses) : single;
                if (withCells) {
                    BigDecimal revenue = revenueCents == 0 ? ZERO : BigDecimal.valueOf(revenueCents, 2);
                    if (!wallet || (!cellSum.any() && cellCompetitors.isEmpty())) {
                        cells.add(new Matrix.Cell(column.unitId(), rows.get(r).productId(), status, revenue, contacts));
                    } else {
                        List<String> competitors = ShareOfWallet.competitors(cellCompetitors);
                        cells.add(new Matrix.Cell(column.unitId(), rows.get(r).productId(), status, revenue, contacts,
                                cellSum.potential(), competitors.isEmpty() ? null : String.join(", ", competitors),
                                competitors, cellSum.share(), cellSum.flag()));
                    }
                }
                if (status == CellStatus.NOT_APPLICABLE) continue;
                columnSum.add(cellSum);
                rowSums[r].add(cellSum);
                columnApplicable++;
                applicablePerRow[r]++;
                if (status == CellStatus.BUYING) {
                    columnBuying++;
                    buyingPerRow[r]++;
                } else if (status == CellStatus.WHITESPACE) {
                    // the whitespace value of a cell with a potential is its potential
                    if (cellSum.any()) {
                        whitespacePotentialCents = Math.addExact(whitespacePotentialCents,
                                cellSum.potential().movePointRight(2).longValueExact());
                        whitespaceWithPotential++;
                    } else {
                        whitespacePerRow[r]++;
                    }
                }
            }
            applicable += columnApplicable;
            buying += columnBuying;
            total.add(columnSum);
            if (columnBuying > 0) unitsDoingBusiness++;
            unitFigures.add(new Matrix.UnitFigure(column.unitId(), head.name(), Ratio.of(columnBuying, columnApplicable),
                    columnSum.potential(), columnSum.share()));
        }
        List<Matrix.ProductFigure> productFigures = new ArrayList<>(rows.size());
        long whitespace = 0;
        BigDecimal whitespaceValue = BigDecimal.valueOf(whitespacePotentialCents, 2);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            productFigures.add(new Matrix.ProductFigure(row.productId(), row.code(),
                    Ratio.of(buyingPerRow[r], applicablePerRow[r]), rowSums[r].potential(), rowSums[r].share()));
            whitespace += whitespacePerRow[r];
            whitespaceValue = whitespaceValue.add(row.whitespaceValue().multiply(BigDecimal.valueOf(whitespacePerRow[r])));
        }
        whitespace += whitespaceWithPotential;
        var summary = new Matrix.Summary(Ratio.of(buying, applicable), applicable, buying, whitespace, whitespaceValue,
                columns.size(), unitsDoingBusiness, total.potential(), total.share());
        List<Matrix.Competitor> competitors = byCompetitor.entrySet().stream()
                .map(e -> new Matrix.Competitor(e.getKey(), e.getValue()[0], BigDecimal.valueOf(e.getValue()[1], 2),
                        BigDecimal.valueOf(e.getValue()[2], 2)))
                .sorted(Comparator.comparing(Matrix.Competitor::held).reversed()
                        .thenComparing(Comparator.comparing(Matrix.Competitor::potential).reversed())
                        .thenComparing(Matrix.Competitor::name))
                .toList();
        return new Matrix(asOf, depth, summary, unitFigures, productFigures, cells, competitors);
    }
}
