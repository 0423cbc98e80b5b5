package app.prism.sales;

import app.prism.account.UnitService;
import app.prism.account.UnitView;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.web.Invalid;
import app.prism.web.NotFound;

/**
 * The (unit, product) pair a record in a request body names. A unit the caller may not see is refused exactly like one
 * that does not exist (400 naming the field), so the answer never reveals it.
 */
record Cell(UnitView unit, ProductView product) {

    static Cell resolve(UnitService units, ProductService products, Long unitId, Long productId) {
        UnitView unit = null;
        ProductView product = null;
        java.util.List<Invalid.FieldProblem> problems = new java.util.ArrayList<>();
        try {
            unit = units.getUnit(unitId);
        } catch (NotFound e) {
            problems.add(new Invalid.FieldProblem("unitId", "unknown unit " + unitId));
        }
        try {
            product = products.getProduct(productId);
        } catch (NotFound e) {
            problems.add(new Invalid.FieldProblem("productId", "unknown product " + productId));
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return new Cell(unit, product);
    }
}
