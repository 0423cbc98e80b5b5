package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.account.UnitTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /*
     * 1 Group ── 2 Company A ── 4 Site A1
     *         │              └─ 5 Site A2
     *         └─ 3 Company B
     */
    private final UnitTree tree = new UnitTree(List.of(new UnitTree.Link(1, null), new UnitTree.Link(2, 1L),
            new UnitTree.Link(3, 1L), new UnitTree.Link(4, 2L), new UnitTree.Link(5, 2L)));

    private final List<MatrixBuilder.Row> rows = List.of(
            new MatrixBuilder.Row(10, "P10", new BigDecimal("1000.00")),
            new MatrixBuilder.Row(20, "P20", new BigDecimal("250.00")));

    private final Map<MatrixBuilder.Key, CellStatusRule.Facts> facts = new HashMap<>();
    private final Map<Long, Long> contacts = Map.of(1L, 2L, 4L, 3L, 5L, 1L);

    private static CellStatusRule.Facts revenue(String amount) {
        return new CellStatusRule.Facts(false, new BigDecimal(amount), false, false);
    }

    private static final CellStatusRule.Facts FIT_MARK = new CellStatusRule.Facts(true, BigDecimal.ZERO, false, false);
    private static final CellStatusRule.Facts OPEN = new CellStatusRule.Facts(false, BigDecimal.ZERO, true, false);
    private static final CellStatusRule.Facts LOST = new CellStatusRule.Facts(false, BigDecimal.ZERO, false, true);

    private Matrix build(Integer depth) {
        List<MatrixBuilder.ColumnHead> heads = MatrixColumns.of(tree, depth).stream()
                .map(c -> new MatrixBuilder.ColumnHead(c, "U" + c.unitId())).toList();
        return MatrixBuilder.build(AS_OF, depth, heads, rows, facts, contacts);
    }

    private static Matrix.Cell cell(Matrix m, long unit, long product) {
        return m.cells().stream().filter(c -> c.unitId() == unit && c.productId() == product).findFirst().orElseThrow();
    }

    @Test
    void withoutADepthEveryUnitIsAColumnAndEveryActiveProductARow() {
        Matrix m = build(null);
        assertThat(m.cells()).hasSize(5 * 2);
        assertThat(m.units()).extracting(Matrix.UnitFigure::id).containsExactly(1L, 2L, 4L, 5L, 3L);
        assertThat(m.summary().unitsTotal()).isEqualTo(5);
        assertThat(m.summary().applicableCells()).isEqualTo(10);
        assertThat(m.summary().whitespaceCells()).isEqualTo(10);
        assertThat(m.summary().whitespaceValue()).isEqualByComparingTo("6250.00");
        assertThat(m.summary().penetration()).isEqualByComparingTo("0");
        assertThat(m.summary().unitsDoingBusiness()).isZero();
    }

    @Test
    void summaryFiguresFollowTheCells() {
        facts.put(new MatrixBuilder.Key(4, 10), revenue("500.00"));
        facts.put(new MatrixBuilder.Key(4, 20), revenue("-20.00"));   // a credit note alone: whitespace
        facts.put(new MatrixBuilder.Key(5, 10), FIT_MARK);
        facts.put(new MatrixBuilder.Key(3, 20), OPEN);
        facts.put(new MatrixBuilder.Key(2, 20), LOST);

        Matrix m = build(null);

        assertThat(cell(m, 4, 10).status()).isEqualTo(CellStatus.BUYING);
        assertThat(cell(m, 4, 20).status()).isEqualTo(CellStatus.WHITESPACE);
        assertThat(cell(m, 4, 20).revenue()).isEqualByComparingTo("-20.00");
        assertThat(cell(m, 5, 10).status()).isEqualTo(CellStatus.NOT_APPLICABLE);
        assertThat(m.summary().applicableCells()).isEqualTo(9);
        assertThat(m.summary().buyingCells()).isEqualTo(1);
        assertThat(m.summary().whitespaceCells()).isEqualTo(6);   // 9 applicable - 1 buying - 1 open - 1 lost
        assertThat(m.summary().whitespaceValue()).isEqualByComparingTo("3750.00"); // P10 x3 (1,2,3) + P20 x3 (1,4,5)
        assertThat(m.summary().penetration()).isEqualByComparingTo("0.1111");
        assertThat(m.summary().unitsDoingBusiness()).isEqualTo(1);
        assertThat(m.units()).filteredOn(u -> u.id() == 4).first().extracting(Matrix.UnitFigure::penetration)
                .isEqualTo(new BigDecimal("0.5000"));
        assertThat(m.units()).filteredOn(u -> u.id() == 5).first().extracting(Matrix.UnitFigure::penetration)
                .isEqualTo(new BigDecimal("0.0000"));   // 0 of 1 applicable
        assertThat(m.products()).filteredOn(p -> p.id() == 10).first().extracting(Matrix.ProductFigure::penetration)
                .isEqualTo(new BigDecimal("0.2500"));   // 1 buying of 4 applicable
    }

    @Test
    void atDepthTwoADeeperSubtreeRollsUpIntoItsTopUnitAndShallowerUnitsStandAlone() {
        facts.put(new MatrixBuilder.Key(4, 10), revenue("500.00"));
        facts.put(new MatrixBuilder.Key(5, 10), revenue("250.50"));
        facts.put(new MatrixBuilder.Key(2, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(4, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(5, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(1, 10), revenue("100.00"));

        Matrix m = build(2);

        assertThat(m.units()).extracting(Matrix.UnitFigure::id).containsExactly(1L, 2L, 3L);
        assertThat(cell(m, 2, 10).status()).isEqualTo(CellStatus.BUYING);
        assertThat(cell(m, 2, 10).revenue()).isEqualByComparingTo("750.50");
        assertThat(cell(m, 2, 20).status()).isEqualTo(CellStatus.NOT_APPLICABLE);   // every unit of the subtree is
        assertThat(cell(m, 2, 10).contacts()).isEqualTo(4);                         // 0 + 3 + 1
        assertThat(cell(m, 1, 10).contacts()).isEqualTo(2);                         // the group alone
        assertThat(cell(m, 1, 10).revenue()).isEqualByComparingTo("100.00");       // not its subtree's
        assertThat(m.summary().unitsTotal()).isEqualTo(3);
        assertThat(m.summary().applicableCells()).isEqualTo(5);
        assertThat(m.summary().buyingCells()).isEqualTo(2);
    }

    @Test
    void aSubtreeWithOneApplicableUnitIsApplicable() {
        facts.put(new MatrixBuilder.Key(2, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(4, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(5, 20), LOST);

        assertThat(cell(build(2), 2, 20).status()).isEqualTo(CellStatus.LOST);
    }

    @Test
    void depthOneRollsEverythingIntoTheRoots() {
        facts.put(new MatrixBuilder.Key(3, 20), OPEN);
        Matrix m = build(1);
        assertThat(m.units()).extracting(Matrix.UnitFigure::id).containsExactly(1L);
        assertThat(cell(m, 1, 20).status()).isEqualTo(CellStatus.OPPORTUNITY);
        assertThat(cell(m, 1, 10).contacts()).isEqualTo(6);
    }

    @Test
    void everySaleAndContactIsCountedInExactlyOneColumnAtAnyDepth() {
        facts.put(new MatrixBuilder.Key(1, 10), revenue("1.00"));
        facts.put(new MatrixBuilder.Key(2, 10), revenue("10.00"));
        facts.put(new MatrixBuilder.Key(4, 10), revenue("100.00"));
        facts.put(new MatrixBuilder.Key(5, 10), revenue("1000.00"));
        facts.put(new MatrixBuilder.Key(3, 10), revenue("10000.00"));
        for (Integer depth : new Integer[] {null, 1, 2, 3, 4}) {
            Matrix m = build(depth);
            BigDecimal total = m.cells().stream().filter(c -> c.productId() == 10).map(Matrix.Cell::revenue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long people = m.cells().stream().filter(c -> c.productId() == 10).mapToLong(Matrix.Cell::contacts).sum();
            assertThat(total).as("revenue at depth %s", depth).isEqualByComparingTo("11111.00");
            assertThat(people).as("contacts at depth %s", depth).isEqualTo(6);
        }
    }

    @Test
    void anEmptyAccountHasNoCellsAndZeroPenetration() {
        Matrix m = MatrixBuilder.build(AS_OF, null, List.of(), rows, Map.of(), Map.of());
        assertThat(m.cells()).isEmpty();
        assertThat(m.summary().penetration()).isEqualByComparingTo("0");
        assertThat(m.summary().applicableCells()).isZero();
        assertThat(m.summary().whitespaceValue()).isEqualByComparingTo("0");
    }

    @Test
    void withNoActiveProductsThereAreNoApplicableCells() {
        List<MatrixBuilder.ColumnHead> heads = MatrixColumns.of(tree, null).stream()
                .map(c -> new MatrixBuilder.ColumnHead(c, "U" + c.unitId())).toList();
        Matrix m = MatrixBuilder.build(AS_OF, null, heads, List.of(), facts, contacts);
        assertThat(m.cells()).isEmpty();
        assertThat(m.summary().penetration()).isEqualByComparingTo("0");
        assertThat(m.units()).allSatisfy(u -> assertThat(u.penetration()).isEqualByComparingTo("0"));
    }

    @Test
    void aColumnWhoseCellsAreAllNotApplicableHasZeroPenetration() {
        facts.put(new MatrixBuilder.Key(3, 10), FIT_MARK);
        facts.put(new MatrixBuilder.Key(3, 20), FIT_MARK);
        Matrix m = build(null);
        assertThat(m.units()).filteredOn(u -> u.id() == 3).first().extracting(Matrix.UnitFigure::penetration)
                .isEqualTo(new BigDecimal("0.0000"));
        assertThat(m.summary().applicableCells()).isEqualTo(8);
    }

    @Test
    void figuresWithoutCellsAreTheFiguresOfTheMatrixWithCells() {
        PairGrid grid = new PairGrid(List.of(1L, 2L, 3L, 4L, 5L), List.of(10L, 20L));
        grid.ttmRevenue(4, 10, 50_000);
        grid.ttmRevenue(5, 10, -2_000);
        grid.ttmRevenue(1, 20, 100);
        grid.fitMark(2, 20);
        grid.fitMark(3, 10);
        grid.openOpportunity(3, 20);
        grid.lostInWindow(5, 20);
        for (Integer depth : new Integer[] {null, 1, 2, 3}) {
            List<MatrixBuilder.ColumnHead> heads = MatrixColumns.of(tree, depth).stream()
                    .map(c -> new MatrixBuilder.ColumnHead(c, "U" + c.unitId())).toList();
            Matrix withCells = MatrixBuilder.build(AS_OF, depth, heads, rows, grid, contacts, true);
            Matrix figures = MatrixBuilder.build(AS_OF, depth, heads, rows, grid, contacts, false);
            assertThat(figures.cells()).isEmpty();
            assertThat(figures.summary()).as("summary at depth %s", depth).isEqualTo(withCells.summary());
            assertThat(figures.units()).as("units at depth %s", depth).isEqualTo(withCells.units());
            assertThat(figures.products()).as("products at depth %s", depth).isEqualTo(withCells.products());
        }
    }

    @Test
    void theLinesOfAPairAreSummedToTheCentAndPairsOutsideTheGridAreIgnored() {
        PairGrid grid = new PairGrid(List.of(4L, 5L), List.of(10L));
        grid.ttmRevenue(4, 10, 10_001);      // 100.01
        grid.ttmRevenue(4, 10, -1);          // a credit note of 0.01
        grid.ttmRevenue(4, 10, 250_000_00);  // 250,000.00
        grid.ttmRevenue(9, 10, 500);         // a unit of another account
        grid.fitMark(4, 99);                 // an inactive product
        List<MatrixBuilder.ColumnHead> heads = MatrixColumns.of(tree, null).stream()
                .map(c -> new MatrixBuilder.ColumnHead(c, "U" + c.unitId())).toList();
        Matrix m = MatrixBuilder.build(AS_OF, null, heads, rows, grid, contacts, true);
        assertThat(cell(m, 4, 10).revenue()).isEqualTo(new BigDecimal("250100.00"));
        assertThat(cell(m, 4, 10).status()).isEqualTo(CellStatus.BUYING);
        assertThat(cell(m, 5, 10).revenue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(cell(m, 1, 10).status()).isEqualTo(CellStatus.WHITESPACE); // not in the grid: no facts
        assertThat(m.summary().buyingCells()).isEqualTo(1);
    }

    // ---- share of wallet (PRODUCT.md section 4) ----

    private final Map<MatrixBuilder.Key, MatrixBuilder.Wallet> wallets = new HashMap<>();

    private void potential(long unit, long product, String potential, String competitor) {
        wallets.put(new MatrixBuilder.Key(unit, product),
                new MatrixBuilder.Wallet(potential == null ? null : new BigDecimal(potential), competitor));
    }

    private Matrix buildWithWallets(Integer depth) {
        List<MatrixBuilder.ColumnHead> heads = MatrixColumns.of(tree, depth).stream()
                .map(c -> new MatrixBuilder.ColumnHead(c, "U" + c.unitId())).toList();
        return MatrixBuilder.build(AS_OF, depth, heads, rows, facts, wallets, contacts);
    }

    @Test
    void withoutAnyPotentialEveryShareAndPotentialIsNull() {
        facts.put(new MatrixBuilder.Key(4, 10), revenue("500.00"));
        Matrix m = buildWithWallets(null);
        assertThat(m.summary().potential()).isNull();
        assertThat(m.summary().shareOfWallet()).isNull();
        assertThat(m.units()).allSatisfy(u -> assertThat(u.shareOfWallet()).isNull());
        assertThat(m.products()).allSatisfy(p -> assertThat(p.potential()).isNull());
        assertThat(cell(m, 4, 10).potential()).isNull();
        assertThat(cell(m, 4, 10).shareOfWallet()).isNull();
        assertThat(cell(m, 4, 10).flag()).isNull();
        assertThat(m.competitors()).isEmpty();
    }

    @Test
    void aCellsShareIsItsRevenueOverItsPotentialAndABelowRevenuePotentialIsFlagged() {
        facts.put(new MatrixBuilder.Key(4, 10), revenue("500.00"));
        facts.put(new MatrixBuilder.Key(5, 10), revenue("300.00"));
        potential(4, 10, "2000.00", "Rival AG");
        potential(5, 10, "200.00", null);
        potential(3, 20, "0.00", "Acme");

        Matrix m = buildWithWallets(null);

        assertThat(cell(m, 4, 10).potential()).isEqualByComparingTo("2000.00");
        assertThat(cell(m, 4, 10).competitor()).isEqualTo("Rival AG");
        assertThat(cell(m, 4, 10).shareOfWallet()).isEqualByComparingTo("0.25");
        assertThat(cell(m, 4, 10).flag()).isNull();
        assertThat(cell(m, 5, 10).shareOfWallet()).isEqualByComparingTo("1.5");        // may exceed 1
        assertThat(cell(m, 5, 10).flag()).isEqualTo(ShareOfWallet.POTENTIAL_BELOW_REVENUE);
        assertThat(cell(m, 3, 20).potential()).isEqualByComparingTo("0.00");
        assertThat(cell(m, 3, 20).shareOfWallet()).isNull();                           // zero potential: no share
        assertThat(cell(m, 1, 10).potential()).isNull();
        // the account: Σ revenue of cells with a potential / Σ their potential
        assertThat(m.summary().potential()).isEqualByComparingTo("2200.00");
        assertThat(m.summary().shareOfWallet()).isEqualByComparingTo("0.3636");        // 800 / 2200
        assertThat(m.products()).filteredOn(p -> p.id() == 20).first()
                .satisfies(p -> {
                    assertThat(p.potential()).isEqualByComparingTo("0.00");
                    assertThat(p.shareOfWallet()).isNull();
                });
        assertThat(m.units()).filteredOn(u -> u.id() == 1).first()
                .satisfies(u -> assertThat(u.potential()).isNull());
        assertThat(m.units()).filteredOn(u -> u.id() == 5).first()
                .satisfies(u -> assertThat(u.shareOfWallet()).isEqualByComparingTo("1.5"));
    }

    @Test
    void aSubtreeSumsItsPotentialsListsDistinctCompetitorsAndCountsOnlyTheRevenueOfCellsWithAPotential() {
        facts.put(new MatrixBuilder.Key(4, 10), revenue("500.00"));
        facts.put(new MatrixBuilder.Key(5, 10), revenue("9000.00"));     // no potential: not in the share
        facts.put(new MatrixBuilder.Key(2, 10), revenue("100.00"));
        potential(4, 10, "2000.00", "RIVAL AG");
        potential(2, 10, "1000.00", "Rival AG");                          // the same one (the first spelling shows)
        potential(5, 10, null, "Acme");                                  // a competitor alone

        Matrix m = buildWithWallets(2);                                   // 2 stands for 2, 4 and 5

        Matrix.Cell sub = cell(m, 2, 10);
        assertThat(sub.revenue()).isEqualByComparingTo("9600.00");
        assertThat(sub.potential()).isEqualByComparingTo("3000.00");
        assertThat(sub.shareOfWallet()).isEqualByComparingTo("0.2");       // (500 + 100) / 3000
        assertThat(sub.competitors()).containsExactly("Acme", "Rival AG");
        assertThat(sub.competitor()).isEqualTo("Acme, Rival AG");
        assertThat(sub.flag()).isNull();                                  // 600 of potential-bearing revenue < 3000
        assertThat(cell(m, 2, 20).potential()).isNull();                  // none set in the subtree: null
        // every depth counts every potential once
        for (Integer depth : new Integer[] {null, 1, 2, 3}) {
            Matrix at = buildWithWallets(depth);
            assertThat(at.summary().potential()).as("depth %s", depth).isEqualByComparingTo("3000.00");
            assertThat(at.summary().shareOfWallet()).as("depth %s", depth).isEqualByComparingTo("0.2");
        }
        assertThat(m.competitors()).extracting(Matrix.Competitor::name).containsExactly("Rival AG", "Acme");
        assertThat(m.competitors().get(0).cells()).isEqualTo(2);
        assertThat(m.competitors().get(0).potential()).isEqualByComparingTo("3000.00");
        assertThat(m.competitors().get(0).held()).isEqualByComparingTo("2400.00");   // (2000-500) + (1000-100)
    }

    @Test
    void aFitMarkedCellCarriesNoPotential() {
        facts.put(new MatrixBuilder.Key(4, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(5, 20), FIT_MARK);
        facts.put(new MatrixBuilder.Key(2, 20), FIT_MARK);
        potential(4, 20, "5000.00", null);   // stored before the mark
        potential(3, 20, "100.00", null);

        Matrix alone = buildWithWallets(null);
        assertThat(cell(alone, 4, 20).potential()).isNull();
        assertThat(alone.summary().potential()).isEqualByComparingTo("100.00");
        Matrix rolled = buildWithWallets(2);
        assertThat(cell(rolled, 2, 20).status()).isEqualTo(CellStatus.NOT_APPLICABLE);
        assertThat(cell(rolled, 2, 20).potential()).isNull();
    }

    @Test
    void aWhitespaceCellWithAPotentialIsWorthItsPotential() {
        // product 10 is worth 1000 a whitespace cell, product 20 250; five units, all whitespace
        potential(4, 10, "40000.00", null);
        potential(5, 20, "0.00", null);
        facts.put(new MatrixBuilder.Key(3, 10), revenue("10.00"));
        potential(3, 10, "70000.00", null);                             // buying: not whitespace

        Matrix m = buildWithWallets(null);

        assertThat(m.summary().whitespaceCells()).isEqualTo(9);
        // P10: units 1, 2, 5 at 1000 + unit 4 at 40000; P20: units 1, 2, 3, 4 at 250 + unit 5 at 0
        assertThat(m.summary().whitespaceValue()).isEqualByComparingTo("44000.00");
        Matrix rolled = buildWithWallets(1);                            // one column: the group's subtree
        assertThat(rolled.summary().whitespaceCells()).isEqualTo(1);    // P20 (P10 buys in unit 3)
        assertThat(rolled.summary().whitespaceValue()).isEqualByComparingTo("0.00"); // its subtree's potential: 0
    }

    @Test
    void figuresWithoutCellsCarryTheSameShares() {
        PairGrid grid = new PairGrid(List.of(1L, 2L, 3L, 4L, 5L), List.of(10L, 20L));
        grid.ttmRevenue(4, 10, 50_000);
        grid.cellPotential(4, 10, 200_000, "Rival");
        grid.cellPotential(3, 20, 10_000, null);
        grid.fitMark(5, 10);
        grid.cellPotential(5, 10, 999_999, "Acme");
        for (Integer depth : new Integer[] {null, 1, 2, 3}) {
            List<MatrixBuilder.ColumnHead> heads = MatrixColumns.of(tree, depth).stream()
                    .map(c -> new MatrixBuilder.ColumnHead(c, "U" + c.unitId())).toList();
            Matrix withCells = MatrixBuilder.build(AS_OF, depth, heads, rows, grid, contacts, true);
            Matrix figures = MatrixBuilder.build(AS_OF, depth, heads, rows, grid, contacts, false);
            assertThat(figures.summary()).as("summary at depth %s", depth).isEqualTo(withCells.summary());
            assertThat(figures.units()).as("units at depth %s", depth).isEqualTo(withCells.units());
            assertThat(figures.products()).as("products at depth %s", depth).isEqualTo(withCells.products());
            assertThat(figures.competitors()).isEqualTo(withCells.competitors());
            assertThat(withCells.summary().potential()).isEqualByComparingTo("2100.00");
        }
    }
}
