package app.prism.exposure;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.contact.ContactMergeParticipant;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Touchpoints follow a merge of their account or contact; a touchpoint that had both contacts keeps one. The
 * survivor account keeps its own cadence, else takes the other's.
 */
@Component
class ExposureOnMerge implements AccountMergeParticipant, ContactMergeParticipant {

    private final JdbcClient jdbc;

    ExposureOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        long touchpoints = move("touchpoint", "account_id", survivorId, otherId);
        jdbc.sql("delete from account_cadence where account_id = :o and exists (select 1 from account_cadence s where s.account_id = :s)")
                .param("s", survivorId).param("o", otherId).update();
        move("account_cadence", "account_id", survivorId, otherId);
        return List.of(Moved.of(touchpoints, "touchpoint", "touchpoints"));
    }

    @Override
    public List<Moved> mergeContacts(long survivorId, long otherId) {
        long touchpoints = jdbc.sql("""
                update touchpoint set version = version + 1, updated_at = :now, updated_by = :by
                 where id in (select touchpoint_id from touchpoint_contact where contact_id = :o)""")
                .param("o", otherId).param("now", Audit.now()).param("by", Audit.actor()).update();
        jdbc.sql("""
                delete from touchpoint_contact
                 where contact_id = :o and touchpoint_id in (select s.touchpoint_id from touchpoint_contact s where s.contact_id = :s)""")
                .param("s", survivorId).param("o", otherId).update();
        jdbc.sql("update touchpoint_contact set contact_id = :s where contact_id = :o")
                .param("s", survivorId).param("o", otherId).update();
        return List.of(Moved.of(touchpoints, "touchpoint", "touchpoints"));
    }

    /** Points {@code column} of {@code table} (fixed names of this class) from the other record to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
