package app.prism.scoring;

import app.prism.account.AccountMergeParticipant;
import app.prism.account.Moved;
import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ratings and snapshots follow an account merge. The survivor's hand rating on a criterion stays and the other's on
 * the same criterion is dropped; the other's snapshots move only when the survivor has none (its latest snapshot is
 * its segment, which must stay its own), else they are dropped.
 */
@Component
class ScoringOnMerge implements AccountMergeParticipant {

    private final JdbcClient jdbc;

    ScoringOnMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Moved> mergeAccounts(long survivorId, long otherId) {
        long droppedRatings = jdbc.sql("""
                delete from scoring_rating
                 where account_id = :o and criterion_key in (select s.criterion_key from scoring_rating s where s.account_id = :s)""")
                .param("s", survivorId).param("o", otherId).update();
        long ratings = move("scoring_rating", "account_id", survivorId, otherId);
        long droppedSnapshots = jdbc.sql("""
                delete from scoring_snapshot
                 where account_id = :o and exists (select 1 from scoring_snapshot s where s.account_id = :s)""")
                .param("s", survivorId).param("o", otherId).update();
        long snapshots = move("scoring_snapshot", "account_id", survivorId, otherId);
        return List.of(Moved.of(ratings, "rating", "ratings"),
                Moved.of(droppedRatings, "rating dropped (the survivor had one)", "ratings dropped (the survivor had them)"),
                Moved.of(snapshots, "snapshot", "snapshots"),
                Moved.of(droppedSnapshots, "snapshot dropped", "snapshots dropped"));
    }

    /** Points {@code column} of {@code table} (fixed names of this class) from the other record to the survivor. */
    private long move(String table, String column, long survivorId, long otherId) {
        return jdbc.sql("update " + table + " set " + column + " = :s, version = version + 1, updated_at = :now,"
                        + " updated_by = :by where " + column + " = :o")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }
}
