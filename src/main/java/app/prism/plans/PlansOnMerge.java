package app.prism.plans;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans follow a merge of their account (their objectives, actions and reviews with them). Where both accounts have an
 * ACTIVE plan for the same period the survivor's stays active and the other's moves as a DRAFT (one active plan per
 * account and period).
 */
@Component
class PlansOnMerge implements AccountMergeParticipant {

    private final JdbcClient jdbc;

    PlansOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        long demoted = jdbc.sql("""
                update account_plan set status = 'DRAFT', active_marker = null
                 where account_id = :o and status = 'ACTIVE'
                   and exists (select 1 from account_plan s where s.account_id = :s and s.status = 'ACTIVE'
                                  and s.period = account_plan.period)""")
                .param("s", survivorId).param("o", otherId).update();
        long plans = jdbc.sql("update account_plan set account_id = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where account_id = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
        return List.of(Moved.of(plans, "plan", "plans"),
                Moved.of(demoted, "active plan made a draft", "active plans made drafts"));
    }
}
