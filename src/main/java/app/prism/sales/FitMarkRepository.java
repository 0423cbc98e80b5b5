package app.prism.sales;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code fit_mark} table: one row per (unit, product) marked not applicable. */
@Repository
class FitMarkRepository {

    private static final String COLUMNS = "id, account_id, unit_id, product_id, reason, version, created_at, created_by";

    private final JdbcClient jdbc;

    FitMarkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FitMarkView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from fit_mark where id = :id").param("id", id)
                .query(FitMarkView.class).optional();
    }

    Optional<FitMarkView> find(long unitId, long productId) {
        return jdbc.sql("select " + COLUMNS + " from fit_mark where unit_id = :u and product_id = :p")
                .param("u", unitId).param("p", productId).query(FitMarkView.class).optional();
    }

    List<FitMarkView> page(Long accountId, Long unitId, Collection<Long> accountIds, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from fit_mark" + where(accountId, unitId, accountIds, params)
                        + " order by unit_id, product_id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(FitMarkView.class).list();
    }

    long total(Long accountId, Long unitId, Collection<Long> accountIds) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from fit_mark" + where(accountId, unitId, accountIds, params)).params(params)
                .query(Long.class).single();
    }

    long insert(long accountId, long unitId, long productId, String reason) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into fit_mark (account_id, unit_id, product_id, reason, version, created_at, created_by,
                                      updated_at, updated_by)
                values (:a, :u, :p, :reason, 0, :now, :by, :now, :by)""")
                .param("a", accountId).param("u", unitId).param("p", productId).param("reason", reason)
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void delete(long id) {
        jdbc.sql("delete from fit_mark where id = :id").param("id", id).update();
    }

    long countForCell(long unitId, long productId) {
        return jdbc.sql("select count(*) from fit_mark where unit_id = :u and product_id = :p").param("u", unitId)
                .param("p", productId).query(Long.class).single();
    }

    long countInUnit(long unitId) {
        return jdbc.sql("select count(*) from fit_mark where unit_id = :u").param("u", unitId)
                .query(Long.class).single();
    }

    private static String where(Long accountId, Long unitId, Collection<Long> accountIds, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (accountIds != null) {
            conditions.add("account_id in (:ids)");
            params.put("ids", accountIds.isEmpty() ? List.of(-1L) : accountIds);
        }
        if (accountId != null) {
            conditions.add("account_id = :account");
            params.put("account", accountId);
        }
        if (unitId != null) {
            conditions.add("unit_id = :unit");
            params.put("unit", unitId);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
