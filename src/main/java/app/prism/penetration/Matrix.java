package app.prism.penetration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The penetration matrix as GET /accounts/{id}/penetration returns it (PRODUCT.md section 6). */
public record Matrix(LocalDate asOf, Integer depth, Summary summary, List<UnitFigure> units,
        List<ProductFigure> products, List<Cell> cells) {

    public record Summary(BigDecimal penetration, long applicableCells, long buyingCells, long whitespaceCells,
            BigDecimal whitespaceValue, long unitsTotal, long unitsDoingBusiness) {}

    public record UnitFigure(long id, String name, BigDecimal penetration) {}

    public record ProductFigure(long id, String code, BigDecimal penetration) {}

    public record Cell(long unitId, long productId, CellStatus status, BigDecimal revenue, long contacts) {}
}
