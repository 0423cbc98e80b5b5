package app.prism.planning;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.contact.ContactMergeParticipant;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Survey answers, targets and plans follow a merge. Where both accounts have a target for the same metric and period
 * the survivor's stays and the other's is dropped; where both have an ACTIVE plan for the same period the survivor's
 * stays active and the other's moves as a DRAFT (one active plan per account and period).
 */
@Component
class PlanningOnMerge implements AccountMergeParticipant, ContactMergeParticipant {

    private final JdbcClient jdbc;

    PlanningOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        long answers = move("survey_answer", "account_id", survivorId, otherId);
        long droppedTargets = jdbc.sql("""
                delete from performance_target
                 where account_id = :o and exists (select 1 from performance_target s where s.account_id = :s
                                                      and s.metric = performance_target.metric
                                                      and s.period = performance_target.period)""")
                .param("s", survivorId).param("o", otherId).update();
        long targets = move("performance_target", "account_id", survivorId, otherId);
        long demoted = jdbc.sql("""
                update account_plan set status = 'DRAFT', active_marker = null
                 where account_id = :o and status = 'ACTIVE'
                   and exists (select 1 from account_plan s where s.account_id = :s and s.status = 'ACTIVE'
                                  and s.period = account_plan.period)""")
                .param("s", survivorId).param("o", otherId).update();
        long plans = move("account_plan", "account_id", survivorId, otherId);
        return List.of(Moved.of(answers, "survey answer", "survey answers"), Moved.of(targets, "target", "targets"),
                Moved.of(droppedTargets, "target dropped (the survivor had one)", "targets dropped (the survivor had them)"),
                Moved.of(plans, "plan", "plans"),
                Moved.of(demoted, "active plan made a draft", "active plans made drafts"));
    }

    @Override
    public List<Moved> mergeContacts(long survivorId, long otherId) {
        return List.of(Moved.of(move("survey_answer", "contact_id", survivorId, otherId), "survey answer",
                "survey answers"));
    }

    /** Points {@code column} of {@code table} (fixed names of this class) from the other record to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
