package app.prism.relationship;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import app.prism.web.SqlConditions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code referral} table. */
@Repository
class ReferralRepository {

    record Filter(Long accountId, Long referrerContactId, Long targetUnitId, AskStatus status,
            Collection<Long> accountIds) {}

    private static final String COLUMNS = """
            id, account_id, referrer_contact_id, target_unit_id, target_name, status, asked_on, answered_on,
            outcome_contact_id, outcome_opportunity_id, note, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReferralView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = :id").param("id", id)
                .query(ReferralView.class).optional();
    }

    /** Open ones (ASKED) first, then the latest. */
    List<ReferralView> page(Filter f, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from referral" + where(f, params)
                        + " order by case when status = 'ASKED' then 0 else 1 end, asked_on desc, id desc"
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ReferralView.class).list();
    }

    long total(Filter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from referral" + where(f, params)).params(params).query(Long.class).single();
    }

    long insert(ReferralView r) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into referral (account_id, referrer_contact_id, target_unit_id, target_name, status, asked_on,
                                      answered_on, outcome_contact_id, outcome_opportunity_id, note, version,
                                      created_at, created_by, updated_at, updated_by)
                values (:a, :referrer, :unit, :name, :status, :asked, :answered, :contact, :opp, :note, 0, :now, :by,
                        :now, :by)""")
                .param("a", r.accountId()).param("referrer", r.referrerContactId()).param("unit", r.targetUnitId())
                .param("name", r.targetName()).param("status", r.status().name()).param("asked", r.askedOn())
                .param("answered", r.answeredOn()).param("contact", r.outcomeContactId())
                .param("opp", r.outcomeOpportunityId()).param("note", r.note()).param("now", now)
                .param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(ReferralView r, long expectedVersion) {
        return jdbc.sql("""
                update referral set target_unit_id = :unit, target_name = :name, status = :status, asked_on = :asked,
                       answered_on = :answered, outcome_contact_id = :contact, outcome_opportunity_id = :opp,
                       note = :note, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("unit", r.targetUnitId()).param("name", r.targetName()).param("status", r.status().name())
                .param("asked", r.askedOn()).param("answered", r.answeredOn()).param("contact", r.outcomeContactId())
                .param("opp", r.outcomeOpportunityId()).param("note", r.note()).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", r.id()).param("version", expectedVersion).update() == 1;
    }

    long countForContact(long contactId) {
        return jdbc.sql("select count(*) from referral where referrer_contact_id = :c or outcome_contact_id = :c")
                .param("c", contactId).query(Long.class).single();
    }

    long countForUnit(long unitId) {
        return jdbc.sql("select count(*) from referral where target_unit_id = :u").param("u", unitId)
                .query(Long.class).single();
    }

    private static String where(Filter f, Map<String, Object> params) {
        return new SqlConditions(params).accountsIn(f.accountIds())
                .add("account_id = :account", "account", f.accountId())
                .add("referrer_contact_id = :referrer", "referrer", f.referrerContactId())
                .add("target_unit_id = :unit", "unit", f.targetUnitId())
                .add("status = :status", "status", f.status() == null ? null : f.status().name())
                .where();
    }
}
