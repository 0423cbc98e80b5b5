package app.prism.performance;

import app.prism.web.Audit;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code performance_target}. */
@Repository
class TargetRepository {

    record TargetRow(long id, long accountId, Metric metric, String period, BigDecimal targetValue, long version) {}

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
