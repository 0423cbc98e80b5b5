package app.prism.planning;

import app.prism.web.Audit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code survey_answer} and {@code performance_target}. */
@Repository
class PlanningRepository {

    record TargetRow(long id, long accountId, Metric metric, String period, BigDecimal targetValue, long version) {}

    private final JdbcClient jdbc;

    PlanningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertAnswer(long accountId, long contactId, LocalDate date, int score, String comment) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into survey_answer (account_id, contact_id, answered_on, score, answer_comment, version,
                                           created_at, created_by, updated_at, updated_by)
                values (:a, :c, :d, :s, :comment, 0, :now, :by, :now, :by)""")
                .param("a", accountId).param("c", contactId).param("d", date).param("s", score)
                .param("comment", comment).param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    SurveyAnswerView answer(long id) {
        return jdbc.sql("""
                select id, account_id, contact_id, answered_on as "date", score, answer_comment as "comment", created_at
                  from survey_answer where id = :id""").param("id", id).query(SurveyAnswerView.class).single();
    }

    List<SurveyAnswerView> answers(Long accountId, Long contactId, Collection<Long> accountIds, int limit, long offset) {
        return jdbc.sql("select id, account_id, contact_id, answered_on as \"date\", score, answer_comment as \"comment\","
                        + " created_at from survey_answer" + where(accountId, contactId, accountIds)
                        + " order by answered_on desc, id desc limit :limit offset :offset")
                .params(params(accountId, contactId, accountIds)).param("limit", limit).param("offset", offset)
                .query(SurveyAnswerView.class).list();
    }

    long countAnswers(Long accountId, Long contactId, Collection<Long> accountIds) {
        return jdbc.sql("select count(*) from survey_answer" + where(accountId, contactId, accountIds))
                .params(params(accountId, contactId, accountIds)).query(Long.class).single();
    }

    List<PerformanceRule.Answer> answersOfAccount(long accountId, LocalDate upTo) {
        return jdbc.sql("select contact_id, answered_on, score, id from survey_answer where account_id = :a"
                        + " and answered_on <= :upTo")
                .param("a", accountId).param("upTo", upTo)
                .query((rs, n) -> new PerformanceRule.Answer(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getInt(3), rs.getLong(4))).list();
    }

    long countAnswersOfContact(long contactId) {
        return jdbc.sql("select count(*) from survey_answer where contact_id = :c").param("c", contactId)
                .query(Long.class).single();
    }

    List<TargetRow> targets(long accountId) {
        return jdbc.sql("select id, account_id, metric, period, target_value, version from performance_target"
                        + " where account_id = :a order by metric, period")
                .param("a", accountId).query(TargetRow.class).list();
    }

    /** Σ REVENUE targets per yearly period ("2027") of these accounts; null = every account. */
    java.util.Map<String, BigDecimal> revenueTargetsByPeriod(java.util.Collection<Long> accountIds) {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        String where = new app.prism.web.SqlConditions(params).accountsIn(accountIds).where();
        java.util.Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select period, sum(target_value) as v from performance_target" + where
                        + (where.isEmpty() ? " where " : " and ") + "metric = 'REVENUE' group by period")
                .params(params).query(rs -> {
                    out.put(rs.getString("period"), rs.getBigDecimal("v"));
                });
        return out;
    }

    void replaceTargets(long accountId, List<TargetInput> targets) {
        jdbc.sql("delete from performance_target where account_id = :a").param("a", accountId).update();
        var now = Audit.now();
        for (TargetInput t : targets) {
            jdbc.sql("""
                    insert into performance_target (account_id, metric, period, target_value, version, created_at,
                                                    created_by, updated_at, updated_by)
                    values (:a, :m, :p, :v, 0, :now, :by, :now, :by)""")
                    .param("a", accountId).param("m", t.metric().name()).param("p", t.period())
                    .param("v", t.value()).param("now", now).param("by", Audit.actor()).update();
        }
    }

    private static String where(Long accountId, Long contactId, Collection<Long> accountIds) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (accountId != null) w.append(" and account_id = :account");
        if (contactId != null) w.append(" and contact_id = :contact");
        if (accountIds != null) w.append(" and account_id in (:ids)");
        return w.toString();
    }

    private static java.util.Map<String, Object> params(Long accountId, Long contactId, Collection<Long> accountIds) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (accountId != null) p.put("account", accountId);
        if (contactId != null) p.put("contact", contactId);
        if (accountIds != null) p.put("ids", accountIds.isEmpty() ? List.of(-1L) : accountIds);
        return p;
    }

}
