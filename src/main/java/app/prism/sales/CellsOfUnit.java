package app.prism.sales;

import app.prism.account.UnitUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A unit whose cells carry potentials is not deleted unnoticed: clear them first. */
@Component
class CellsOfUnit implements UnitUsage {

    private final JdbcClient jdbc;

    CellsOfUnit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countFor(long unitId) {
        return jdbc.sql("select count(*) from cell_potential where unit_id = :u").param("u", unitId)
                .query(Long.class).single();
    }

    @Override
    public String label() {
        return "cell potential(s)";
    }
}
