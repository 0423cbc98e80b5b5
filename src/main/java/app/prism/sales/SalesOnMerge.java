package app.prism.sales;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sales lines, opportunities and fit marks follow a merge of their account or unit. Two units marked not applicable
 * for the same product keep the survivor's mark (a unit has one mark per product).
 */
@Component
class SalesOnMerge implements AccountMergeParticipant {

    private final JdbcClient jdbc;

    SalesOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        return List.of(Moved.of(move("sale", "account_id", survivorId, otherId), "sale", "sales"),
                Moved.of(move("opportunity", "account_id", survivorId, otherId), "opportunity", "opportunities"),
                Moved.of(move("fit_mark", "account_id", survivorId, otherId), "fit mark", "fit marks"),
                Moved.of(move("cell_potential", "account_id", survivorId, otherId), "cell potential",
                        "cell potentials"));
    }

    @Override
    public List<Moved> mergeUnits(long survivorId, long otherId) {
        long dropped = jdbc.sql("""
                delete from fit_mark
                 where unit_id = :o and product_id in (select s.product_id from fit_mark s where s.unit_id = :s)""")
                .param("s", survivorId).param("o", otherId).update();
        // the survivor's potential and competitor for a product win over the other unit's
        long droppedCells = jdbc.sql("""
                delete from cell_potential
                 where unit_id = :o and product_id in (select s.product_id from cell_potential s where s.unit_id = :s)""")
                .param("s", survivorId).param("o", otherId).update();
        long movedCells = move("cell_potential", "unit_id", survivorId, otherId);
        return List.of(Moved.of(move("sale", "unit_id", survivorId, otherId), "sale", "sales"),
                Moved.of(movedCells, "cell potential", "cell potentials"),
                Moved.of(droppedCells, "cell potential dropped (the survivor had one)",
                        "cell potentials dropped (the survivor had them)"),
                Moved.of(move("opportunity", "unit_id", survivorId, otherId), "opportunity", "opportunities"),
                Moved.of(move("fit_mark", "unit_id", survivorId, otherId), "fit mark", "fit marks"),
                Moved.of(dropped, "fit mark dropped (the survivor had the same)",
                        "fit marks dropped (the survivor had the same)"));
    }

    /** Points {@code column} of {@code table} (fixed names of this class) from the other record to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
