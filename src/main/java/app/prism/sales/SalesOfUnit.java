package app.prism.sales;

import app.prism.account.UnitUsage;
import org.springframework.stereotype.Component;

/** A unit with booked sales is not deleted: the revenue history would lose its place. */
@Component
class SalesOfUnit implements UnitUsage {

    private final SaleRepository sales;

    SalesOfUnit(SaleRepository sales) {
        this.sales = sales;
    }

    @Override
    public long countFor(long unitId) {
        return sales.countInUnit(unitId);
    }

    @Override
    public String label() {
        return "sale(s)";
    }
}
