package app.prism.performance;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Targets follow a merge of their account. Where both accounts have a target for the same metric and period the
 * survivor's stays and the other's is dropped.
 */
@Component
class PerformanceOnMerge implements AccountMergeParticipant {

    private final JdbcClient jdbc;

    PerformanceOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        long droppedTargets = jdbc.sql("""
                delete from performance_target
                 where account_id = :o and exists (select 1 from performance_target s where s.account_id = :s
                                                      and s.metric = performance_target.metric
                                                      and s.period = performance_target.period)""")
                .param("s", survivorId).param("o", otherId).update();
        long targets = jdbc.sql("update performance_target set account_id = :s, version = version + 1,"
                        + " updated_at = :now, updated_by = :by where account_id = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
        return List.of(Moved.of(targets, "target", "targets"),
                Moved.of(droppedTargets, "target dropped (the survivor had one)", "targets dropped (the survivor had them)"));
    }
}
