package app.prism.relationship;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.contact.ContactMergeParticipant;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals (asked of a contact, aimed at a unit, or won as their outcome) and testimonials follow a merge. */
@Component
class RelationshipOnMerge implements AccountMergeParticipant, ContactMergeParticipant {

    private final JdbcClient jdbc;

    RelationshipOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        return List.of(Moved.of(move("referral", "account_id", survivorId, otherId), "referral", "referrals"),
                Moved.of(move("testimonial", "account_id", survivorId, otherId), "testimonial", "testimonials"));
    }

    @Override
    public List<Moved> mergeUnits(long survivorId, long otherId) {
        return List.of(Moved.of(move("referral", "target_unit_id", survivorId, otherId), "referral to the unit",
                "referrals to the unit"));
    }

    @Override
    public List<Moved> mergeContacts(long survivorId, long otherId) {
        return List.of(Moved.of(move("referral", "referrer_contact_id", survivorId, otherId), "referral", "referrals"),
                Moved.of(move("referral", "outcome_contact_id", survivorId, otherId), "referral outcome",
                        "referral outcomes"),
                Moved.of(move("testimonial", "contact_id", survivorId, otherId), "testimonial", "testimonials"));
    }

    /** Points {@code column} of {@code table} (fixed names of this class) from the other record to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
