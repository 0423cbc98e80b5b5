package app.prism.contact;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts follow a merge of their account or unit: the people, where those who left went, the move suggestions, and
 * the audit entries' account (so the survivor's team may read them).
 */
@Component
class ContactsOnMerge implements AccountMergeParticipant {

    private final JdbcClient jdbc;

    ContactsOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        long contacts = move("contact", "account_id", survivorId, otherId);
        move("contact", "moved_to_account_id", survivorId, otherId);
        long suggestions = move("contact_move", "account_id", survivorId, otherId);
        move("contact_move", "target_account_id", survivorId, otherId);
        move("contact_move", "created_account_id", survivorId, otherId);
        jdbc.sql("update contact_audit_event set account_id = :s where account_id = :o")
                .param("s", survivorId).param("o", otherId).update();
        return List.of(Moved.of(contacts, "contact", "contacts"),
                Moved.of(suggestions, "move suggestion", "move suggestions"));
    }

    @Override
    public List<Moved> mergeUnits(long survivorId, long otherId) {
        long contacts = move("contact", "unit_id", survivorId, otherId);
        move("contact", "moved_to_unit_id", survivorId, otherId);
        move("contact_move", "target_unit_id", survivorId, otherId);
        return List.of(Moved.of(contacts, "contact", "contacts"));
    }

    /** Points {@code column} of {@code table} (both fixed names of this class) from the other to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
