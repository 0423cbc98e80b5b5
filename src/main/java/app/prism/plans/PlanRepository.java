package app.prism.plans;

import app.prism.performance.Metric;
import app.prism.web.Audit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code account_plan}, {@code plan_objective}, {@code plan_action}, {@code plan_review(_item)}. */
@Repository
class PlanRepository {

    /** A plan row; list fields as stored (one item per line). */
    record PlanRow(long id, long accountId, String period, LocalDate startsOn, LocalDate endsOn, PlanStatus status,
            String shortTermGoals, String longTermGoals, String strengths, String weaknesses, String opportunities,
            String threats, String risks, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    record ObjectiveRow(long id, long planId, String title, Metric metric, BigDecimal targetValue, LocalDate dueOn,
            long version) {}

    record ActionRow(long id, long planId, Long objectiveId, Long reviewItemId, String title, Long ownerId,
            LocalDate dueOn, PlanView.ActionStatus status, Long taskId, long version) {}

    record ReviewRow(long id, long planId, LocalDate heldOn, String risksSeen, String createdBy,
            OffsetDateTime createdAt) {}

    record ReviewItemRow(long id, long reviewId, Long objectiveId, String objectiveTitle, String issue, String decision) {}

    private static final String PLAN_COLUMNS = """
            id, account_id, period, starts_on, ends_on, status, short_term_goals, long_term_goals, strengths,
            weaknesses, opportunities, threats, risks, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans ----

    Optional<PlanRow> plan(long id) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from account_plan where id = :id").param("id", id)
                .query(PlanRow.class).optional();
    }

    /** The account's plans: the active ones first, then the drafts, then the archive; newest period first. */
    List<PlanRow> plansOfAccount(long accountId, int limit, long offset) {
        return jdbc.sql("select " + PLAN_COLUMNS + " " + """
                from account_plan where account_id = :a
                order by case status when 'ACTIVE' then 0 when 'DRAFT' then 1 else 2 end, period desc, id desc
                limit :limit offset :offset""")
                .param("a", accountId).param("limit", limit).param("offset", offset).query(PlanRow.class).list();
    }

    long countPlans(long accountId) {
        return jdbc.sql("select count(*) from account_plan where account_id = :a").param("a", accountId)
                .query(Long.class).single();
    }

    /** Plans of every account in {@code accountIds} (null: all accounts), optionally of one status; newest period first. */
    List<PlanRow> plansOf(java.util.Collection<Long> accountIds, PlanStatus status, int limit, long offset) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from account_plan" + where(accountIds, status)
                        + " order by period desc, account_id, id desc limit :limit offset :offset")
                .params(params(accountIds, status)).param("limit", limit).param("offset", offset)
                .query(PlanRow.class).list();
    }

    long countPlansOf(java.util.Collection<Long> accountIds, PlanStatus status) {
        return jdbc.sql("select count(*) from account_plan" + where(accountIds, status))
                .params(params(accountIds, status)).query(Long.class).single();
    }

    private static String where(java.util.Collection<Long> accountIds, PlanStatus status) {
        return " where 1 = 1" + (accountIds == null ? "" : " and account_id in (:ids)")
                + (status == null ? "" : " and status = :status");
    }

    private static java.util.Map<String, Object> params(java.util.Collection<Long> accountIds, PlanStatus status) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (accountIds != null) p.put("ids", accountIds.isEmpty() ? List.of(-1L) : accountIds);
        if (status != null) p.put("status", status.name());
        return p;
    }

    boolean activeExists(long accountId, String period, long exceptPlanId) {
        return jdbc.sql("""
                select count(*) from account_plan
                 where account_id = :a and period = :p and status = 'ACTIVE' and id <> :except""")
                .param("a", accountId).param("p", period).param("except", exceptPlanId).query(Long.class).single() > 0;
    }

    /** Serialises status changes of one account's plans (a row lock on the account, portable to H2 and PostgreSQL). */
    void lockAccount(long accountId) {
        jdbc.sql("select id from account where id = :a for update").param("a", accountId).query(Long.class).list();
    }

    long insertPlan(long accountId, PlanPeriod period, PlanInput.NewPlan p) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into account_plan (account_id, period, starts_on, ends_on, status, short_term_goals,
                    long_term_goals, strengths, weaknesses, opportunities, threats, risks, version, created_at,
                    created_by, updated_at, updated_by)
                values (:a, :period, :starts, :ends, 'DRAFT', :st, :lt, :s, :w, :o, :t, :r, 0, :now, :by, :now, :by)""")
                .param("a", accountId).param("period", period.text()).param("starts", period.startsOn())
                .param("ends", period.endsOn()).param("st", p.shortTermGoals()).param("lt", p.longTermGoals())
                .param("s", lines(p.strengths())).param("w", lines(p.weaknesses()))
                .param("o", lines(p.opportunities())).param("t", lines(p.threats())).param("r", lines(p.risks()))
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updatePlan(PlanRow p, long expectedVersion) {
        return jdbc.sql("""
                update account_plan set period = :period, starts_on = :starts, ends_on = :ends, status = :status,
                    active_marker = :marker, short_term_goals = :st, long_term_goals = :lt, strengths = :s,
                    weaknesses = :w, opportunities = :o, threats = :t, risks = :r, version = version + 1,
                    updated_at = :now, updated_by = :by
                 where id = :id and version = :v""")
                .param("period", p.period()).param("starts", p.startsOn()).param("ends", p.endsOn())
                .param("status", p.status().name()).param("marker", p.status() == PlanStatus.ACTIVE ? "A" : null)
                .param("st", p.shortTermGoals()).param("lt", p.longTermGoals()).param("s", p.strengths())
                .param("w", p.weaknesses()).param("o", p.opportunities()).param("t", p.threats())
                .param("r", p.risks()).param("now", Audit.now()).param("by", Audit.actor()).param("id", p.id())
                .param("v", expectedVersion).update() == 1;
    }

    void deletePlan(long id) {
        jdbc.sql("delete from account_plan where id = :id").param("id", id).update();
    }

    /** Bumps the plan's version and audit columns when one of its parts changes. */
    void touchPlan(long planId) {
        jdbc.sql("update account_plan set version = version + 1, updated_at = :now, updated_by = :by where id = :id")
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", planId).update();
    }

    // ---- objectives ----

    List<ObjectiveRow> objectives(long planId) {
        return jdbc.sql("""
                select id, plan_id, title, metric, target_value, due_on, version from plan_objective
                 where plan_id = :p order by due_on nulls last, id""").param("p", planId).query(ObjectiveRow.class)
                .list();
    }

    Optional<ObjectiveRow> objective(long id) {
        return jdbc.sql("select id, plan_id, title, metric, target_value, due_on, version from plan_objective"
                        + " where id = :id").param("id", id).query(ObjectiveRow.class).optional();
    }

    long insertObjective(long planId, String title, Metric metric, BigDecimal target, LocalDate dueOn) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into plan_objective (plan_id, title, metric, target_value, due_on, version, created_at,
                    created_by, updated_at, updated_by)
                values (:p, :title, :metric, :target, :due, 0, :now, :by, :now, :by)""")
                .param("p", planId).param("title", title).param("metric", metric == null ? null : metric.name())
                .param("target", target).param("due", dueOn).param("now", now).param("by", Audit.actor())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateObjective(ObjectiveRow o, long expectedVersion) {
        return jdbc.sql("""
                update plan_objective set title = :title, metric = :metric, target_value = :target, due_on = :due,
                    version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :v""")
                .param("title", o.title()).param("metric", o.metric() == null ? null : o.metric().name())
                .param("target", o.targetValue()).param("due", o.dueOn()).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", o.id()).param("v", expectedVersion).update() == 1;
    }

    void deleteObjective(long id) {
        jdbc.sql("delete from plan_objective where id = :id").param("id", id).update();
    }

    // ---- actions ----

    private static final String ACTION_COLUMNS =
            "id, plan_id, objective_id, review_item_id, title, owner_id, due_on, status, task_id, version";

    List<ActionRow> actions(long planId) {
        return jdbc.sql("select " + ACTION_COLUMNS + " from plan_action where plan_id = :p"
                        + " order by case status when 'OPEN' then 0 else 1 end, due_on nulls last, id")
                .param("p", planId).query(ActionRow.class).list();
    }

    Optional<ActionRow> action(long id) {
        return jdbc.sql("select " + ACTION_COLUMNS + " from plan_action where id = :id").param("id", id)
                .query(ActionRow.class).optional();
    }

    long insertAction(long planId, Long objectiveId, Long reviewItemId, String title, Long ownerId, LocalDate dueOn,
            Long taskId) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into plan_action (plan_id, objective_id, review_item_id, title, owner_id, due_on, status,
                    task_id, version, created_at, created_by, updated_at, updated_by)
                values (:p, :o, :ri, :title, :owner, :due, 'OPEN', :task, 0, :now, :by, :now, :by)""")
                .param("p", planId).param("o", objectiveId).param("ri", reviewItemId).param("title", title)
                .param("owner", ownerId).param("due", dueOn).param("task", taskId).param("now", now)
                .param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateAction(ActionRow a, long expectedVersion) {
        return jdbc.sql("""
                update plan_action set objective_id = :o, title = :title, owner_id = :owner, due_on = :due,
                    status = :status, task_id = :task, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :v""")
                .param("o", a.objectiveId()).param("title", a.title()).param("owner", a.ownerId())
                .param("due", a.dueOn()).param("status", a.status().name()).param("task", a.taskId())
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", a.id()).param("v", expectedVersion)
                .update() == 1;
    }

    void deleteAction(long id) {
        jdbc.sql("delete from plan_action where id = :id").param("id", id).update();
    }

    // ---- reviews ----

    long insertReview(long planId, LocalDate heldOn, String risksSeen) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_review (plan_id, held_on, risks_seen, created_at, created_by)
                values (:p, :held, :risks, :now, :by)""")
                .param("p", planId).param("held", heldOn).param("risks", risksSeen).param("now", Audit.now())
                .param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertReviewItem(long reviewId, Long objectiveId, String objectiveTitle, String issue, String decision) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_review_item (review_id, objective_id, objective_title, issue, decision)
                values (:r, :o, :title, :issue, :decision)""")
                .param("r", reviewId).param("o", objectiveId).param("title", objectiveTitle).param("issue", issue)
                .param("decision", decision).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<ReviewRow> reviews(long planId) {
        return jdbc.sql("select id, plan_id, held_on, risks_seen, created_by, created_at from plan_review"
                        + " where plan_id = :p order by held_on desc, id desc")
                .param("p", planId).query(ReviewRow.class).list();
    }

    Optional<ReviewRow> review(long id) {
        return jdbc.sql("select id, plan_id, held_on, risks_seen, created_by, created_at from plan_review where id = :id")
                .param("id", id).query(ReviewRow.class).optional();
    }

    List<ReviewItemRow> reviewItems(long planId) {
        return jdbc.sql("""
                select i.id, i.review_id, i.objective_id, i.objective_title, i.issue, i.decision
                  from plan_review_item i join plan_review r on r.id = i.review_id
                 where r.plan_id = :p order by i.id""").param("p", planId).query(ReviewItemRow.class).list();
    }

    // ---- list fields ----

    /** One item per line; blank items dropped; null when there is none. */
    static String lines(List<String> items) {
        if (items == null) return null;
        List<String> kept = items.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.replaceAll("[\\r\\n]+", " ").strip()).toList();
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    static List<String> items(String lines) {
        return lines == null || lines.isBlank() ? List.of() : Arrays.stream(lines.split("\n")).toList();
    }

}
