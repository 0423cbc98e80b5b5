package app.prism.penetration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The penetration matrix as GET /accounts/{id}/penetration returns it (PRODUCT.md section 6), with the share of wallet
 * of section 4 per cell, per unit column, per product row and for the account; {@code competitors} are the account's
 * competitors, by the potential of the cells they hold.
 */
public record Matrix(LocalDate asOf, Integer depth, Summary summary, List<UnitFigure> units,
        List<ProductFigure> products, List<Cell> cells, List<Competitor> competitors) {

    public record Summary(BigDecimal penetration, long applicableCells, long buyingCells, long whitespaceCells,
            BigDecimal whitespaceValue, long unitsTotal, long unitsDoingBusiness, BigDecimal potential,
            BigDecimal shareOfWallet) {}

    public record UnitFigure(long id, String name, BigDecimal penetration, BigDecimal potential,
            BigDecimal shareOfWallet) {}

    public record ProductFigure(long id, String code, BigDecimal penetration, BigDecimal potential,
            BigDecimal shareOfWallet) {}

    /**
     * One cell. {@code potential} is null when none is set (or the cell is fit-marked); {@code competitor} names the
     * cell's competitor, or a subtree's distinct competitors joined by ", " ({@code competitors} lists them);
     * {@code flag} is {@link ShareOfWallet#POTENTIAL_BELOW_REVENUE} or null. {@code competitors} is absent from the JSON
     * when empty.
     */
    public record Cell(long unitId, long productId, CellStatus status, BigDecimal revenue, long contacts,
            BigDecimal potential, String competitor,
            // left out of the JSON when empty: a global account's 380,000 cells would carry it for nothing
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            List<String> competitors,
            BigDecimal shareOfWallet, String flag) {

        /** A cell without a potential or a competitor. */
        public Cell(long unitId, long productId, CellStatus status, BigDecimal revenue, long contacts) {
            this(unitId, productId, status, revenue, contacts, null, null, List.of(), null, null);
        }
    }

    /**
     * A competitor named in the account's cells: in how many, the potential of those cells, and the part of it we do
     * not hold (Σ potential − our TTM revenue, per cell, never below zero).
     */
    public record Competitor(String name, long cells, BigDecimal potential, BigDecimal held) {}
}
