package app.prism.survey;

import app.prism.web.Audit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code survey_answer}. */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
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

    List<SurveyService.Score> scoresOfAccount(long accountId, LocalDate upTo) {
        return jdbc.sql("select contact_id, answered_on, score, id from survey_answer where account_id = :a"
                        + " and answered_on <= :upTo")
                .param("a", accountId).param("upTo", upTo)
                .query((rs, n) -> new SurveyService.Score(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getInt(3), rs.getLong(4))).list();
    }

    /** On erasure: the free-text comments go, the scores stay. */
    void eraseComments(long contactId) {
        jdbc.sql("update survey_answer set answer_comment = null, version = version + 1 where contact_id = :c")
                .param("c", contactId).update();
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
