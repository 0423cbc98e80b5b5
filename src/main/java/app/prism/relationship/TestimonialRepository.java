package app.prism.relationship;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import app.prism.web.SqlConditions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code testimonial} table and its products. */
@Repository
class TestimonialRepository {

    record Filter(Long accountId, Long contactId, Long productId, AskStatus status, PermittedUse permittedUse,
            String likePattern, Collection<Long> accountIds) {}

    record Row(long id, long accountId, long contactId, AskStatus status, String statement, PermittedUse permittedUse,
            LocalDate askedOn, LocalDate givenOn, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        TestimonialView view(List<Long> productIds) {
            return new TestimonialView(id, accountId, contactId, productIds, status, statement, permittedUse, askedOn,
                    givenOn, version, createdAt, updatedAt);
        }
    }

    private static final String COLUMNS = """
            id, account_id, contact_id, status, statement, permitted_use, asked_on, given_on, version, created_at,
            updated_at""";

    private final JdbcClient jdbc;

    TestimonialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from testimonial where id = :id").param("id", id).query(Row.class)
                .optional();
    }

    List<Row> page(Filter f, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from testimonial" + where(f, params)
                        + " order by case when status = 'GIVEN' then 0 else 1 end, coalesce(given_on, asked_on) desc,"
                        + " id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(Row.class).list();
    }

    long total(Filter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from testimonial" + where(f, params)).params(params).query(Long.class)
                .single();
    }

    Map<Long, List<Long>> productsOf(Collection<Long> ids) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("select testimonial_id, product_id from testimonial_product where testimonial_id in (:ids)"
                        + " order by testimonial_id, product_id").param("ids", ids)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        return out;
    }

    long insert(long accountId, long contactId, AskStatus status, String statement, PermittedUse use, LocalDate asked,
            LocalDate given) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into testimonial (account_id, contact_id, status, statement, permitted_use, asked_on, given_on,
                                         version, created_at, created_by, updated_at, updated_by)
                values (:a, :c, :status, :statement, :use, :asked, :given, 0, :now, :by, :now, :by)""")
                .param("a", accountId).param("c", contactId).param("status", status.name())
                .param("statement", statement).param("use", use == null ? null : use.name()).param("asked", asked)
                .param("given", given).param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, AskStatus status, String statement, PermittedUse use, LocalDate asked, LocalDate given,
            long expectedVersion) {
        return jdbc.sql("""
                update testimonial set status = :status, statement = :statement, permitted_use = :use,
                       asked_on = :asked, given_on = :given, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("status", status.name()).param("statement", statement)
                .param("use", use == null ? null : use.name()).param("asked", asked).param("given", given)
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    void replaceProducts(long id, Collection<Long> productIds) {
        jdbc.sql("delete from testimonial_product where testimonial_id = :id").param("id", id).update();
        for (Long p : productIds) {
            jdbc.sql("insert into testimonial_product (testimonial_id, product_id) values (:id, :p)")
                    .param("id", id).param("p", p).update();
        }
    }

    long countForContact(long contactId) {
        return jdbc.sql("select count(*) from testimonial where contact_id = :c").param("c", contactId)
                .query(Long.class).single();
    }

    private static String where(Filter f, Map<String, Object> params) {
        return new SqlConditions(params).accountsIn(f.accountIds())
                .add("account_id = :account", "account", f.accountId())
                .add("contact_id = :contact", "contact", f.contactId())
                .add("status = :status", "status", f.status() == null ? null : f.status().name())
                .add("permitted_use = :use", "use", f.permittedUse() == null ? null : f.permittedUse().name())
                .add("exists (select 1 from testimonial_product tp where tp.testimonial_id = testimonial.id"
                        + " and tp.product_id = :product)", "product", f.productId())
                .add("lower(coalesce(statement, '')) like :q escape '\\'", "q", f.likePattern())
                .where();
    }
}
