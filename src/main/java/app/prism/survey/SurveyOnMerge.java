package app.prism.survey;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.contact.ContactMergeParticipant;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Survey answers follow a merge of their account or their contact. */
@Component
class SurveyOnMerge implements AccountMergeParticipant, ContactMergeParticipant {

    private final JdbcClient jdbc;

    SurveyOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        return List.of(Moved.of(move("account_id", survivorId, otherId), "survey answer", "survey answers"));
    }

    @Override
    public List<Moved> mergeContacts(long survivorId, long otherId) {
        return List.of(Moved.of(move("contact_id", survivorId, otherId), "survey answer", "survey answers"));
    }

    /** Points {@code column} (a fixed name of this class) from the other record to the survivor. */
    private long move(String column, long survivorId, long otherId) {
        return jdbc.sql("update survey_answer set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
