package app.prism.account;

import app.prism.web.Audit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account capability's part of a merge: units and team seats that move, and the {@code merge_event} history. */
@Repository
class MergeRepository {

    enum Subject { ACCOUNT, UNIT }

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every unit of the other account moves to the survivor with its tree; an external id the survivor's units already
     * use is dropped from the moving unit (external ids are unique per account).
     */
    long moveUnits(long survivorId, long otherId) {
        jdbc.sql("""
                update business_unit set external_id = null
                 where account_id = :o and external_id in
                       (select s.external_id from business_unit s where s.account_id = :s and s.external_id is not null)""")
                .param("s", survivorId).param("o", otherId).update();
        return jdbc.sql("""
                update business_unit set account_id = :s, version = version + 1, updated_at = :now, updated_by = :by
                 where account_id = :o""")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }

    /** The other team's seats join the survivor's; where a colleague sits on both, the survivor's role wins. */
    long mergeTeams(long survivorId, long otherId) {
        long joined = jdbc.sql("""
                insert into account_team_member (account_id, user_id, team_role, version, created_at, created_by,
                                                 updated_at, updated_by)
                select :s, o.user_id, o.team_role, 0, :now, :by, :now, :by from account_team_member o
                 where o.account_id = :o
                   and not exists (select 1 from account_team_member t where t.account_id = :s and t.user_id = o.user_id)""")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
        jdbc.sql("delete from account_team_member where account_id = :o").param("o", otherId).update();
        return joined;
    }

    /** The other unit's sub-units move under the survivor. */
    long reparentChildren(long survivorId, long otherId) {
        return jdbc.sql("""
                update business_unit set parent_id = :s, version = version + 1, updated_at = :now, updated_by = :by
                 where parent_id = :o""")
                .param("s", survivorId).param("o", otherId).param("now", Audit.now()).param("by", Audit.actor())
                .update();
    }

    /** Moves a unit to another parent without touching its version (the merge bumps it once, at the end). */
    void setParent(long unitId, Long parentId) {
        jdbc.sql("update business_unit set parent_id = :p where id = :id").param("p", parentId).param("id", unitId)
                .update();
    }

    void record(Subject subject, long subjectId, long accountId, String action, long otherId, String detail) {
        jdbc.sql("""
                insert into merge_event (occurred_at, actor, subject, subject_id, account_id, action, other_id, detail)
                values (:at, :actor, :subject, :id, :account, :action, :other, :detail)""")
                .param("at", Audit.now()).param("actor", Audit.actor()).param("subject", subject.name())
                .param("id", subjectId).param("account", accountId).param("action", action).param("other", otherId)
                .param("detail", detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "…").update();
    }

    /** Newest first. */
    List<MergeEvent> history(Subject subject, long subjectId) {
        return jdbc.sql("""
                select id, occurred_at, actor, subject, subject_id, action, other_id, detail from merge_event
                 where subject = :subject and subject_id = :id order by occurred_at desc, id desc""")
                .param("subject", subject.name()).param("id", subjectId).query(MergeEvent.class).list();
    }

    /** The accounts whose teams may read the entries of a record that is gone. */
    List<Long> accountsOfHistory(Subject subject, long subjectId) {
        return jdbc.sql("select distinct account_id from merge_event where subject = :subject and subject_id = :id")
                .param("subject", subject.name()).param("id", subjectId).query(Long.class).list();
    }

    /** The merges of the account and of its units, newest first (the Overview's panel). */
    List<MergeEvent> historyOfAccountAndUnits(long accountId) {
        return jdbc.sql("""
                select id, occurred_at, actor, subject, subject_id, action, other_id, detail from merge_event
                 where action = 'MERGED' and ((subject = 'ACCOUNT' and subject_id = :a) or (subject = 'UNIT' and account_id = :a))
                 order by occurred_at desc, id desc""")
                .param("a", accountId).query(MergeEvent.class).list();
    }
}
