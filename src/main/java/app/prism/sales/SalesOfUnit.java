package app.prism.sales;

import app.prism.account.UnitUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A unit with booked sales is not deleted: the revenue history would lose its place. */
@Component
class SalesOfUnit implements UnitUsage {

    private final JdbcClient jdbc;

    SalesOfUnit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countFor(long unitId) {
        return jdbc.sql("select count(*) from sale where unit_id = :u").param("u", unitId).query(Long.class).single();
    }

    @Override
    public String label() {
        return "sale(s)";
    }
}
