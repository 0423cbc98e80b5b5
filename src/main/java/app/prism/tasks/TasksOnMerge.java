package app.prism.tasks;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.contact.ContactMergeParticipant;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tasks and customer requests follow a merge of their account, unit or contact. */
@Component
class TasksOnMerge implements AccountMergeParticipant, ContactMergeParticipant {

    private final JdbcClient jdbc;

    TasksOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        return moved("account_id", survivorId, otherId);
    }

    @Override
    public List<Moved> mergeUnits(long survivorId, long otherId) {
        return moved("unit_id", survivorId, otherId);
    }

    @Override
    public List<Moved> mergeContacts(long survivorId, long otherId) {
        return moved("contact_id", survivorId, otherId);
    }

    private List<Moved> moved(String column, long survivorId, long otherId) {
        return List.of(Moved.of(move("task", column, survivorId, otherId), "task", "tasks"),
                Moved.of(move("customer_request", column, survivorId, otherId), "customer request", "customer requests"));
    }

    /** Points {@code column} of {@code table} (fixed names of this class) from the other record to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
