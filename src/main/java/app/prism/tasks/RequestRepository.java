package app.prism.tasks;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code customer_request} table. */
@Repository
class RequestRepository {

    /**
     * Filters of the list; nulls do not filter. {@code openOnly}: not DONE; {@code overdueBefore}: not DONE and due
     * before that day. {@code accountIds} null means every account.
     */
    record Filter(Long accountId, RequestStatus status, boolean openOnly, LocalDate overdueBefore,
            Collection<Long> accountIds) {}

    private static final String COLUMNS = """
            id, account_id, unit_id, contact_id, product_id, request_type as "type", title, description, priority,
            status, opened_on, due_on, closed_on, version, created_at, updated_at""";

    /** Open ones first, the most urgent first, then by due date (undated last); closed ones the latest first. */
    private static final String ORDER = """
            order by case when status = 'DONE' then 1 else 0 end, closed_on desc,
                     case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end,
                     case when due_on is null then 1 else 0 end, due_on, opened_on, id""";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RequestView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from customer_request where id = :id").param("id", id)
                .query(RequestView.class).optional();
    }

    List<RequestView> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from customer_request" + where(filter, params) + " " + ORDER
                + " limit :limit offset :offset").params(params).param("limit", page.size())
                .param("offset", page.offset()).query(RequestView.class).list();
    }

    long total(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from customer_request" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    long insert(RequestView r) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into customer_request (account_id, unit_id, contact_id, product_id, request_type, title,
                                              description, priority, status, opened_on, due_on, closed_on, version,
                                              created_at, created_by, updated_at, updated_by)
                values (:a, :u, :c, :p, :type, :title, :description, :priority, :status, :opened, :due, :closed, 0,
                        :now, :by, :now, :by)""")
                .param("a", r.accountId()).param("u", r.unitId()).param("c", r.contactId()).param("p", r.productId())
                .param("type", r.type().name()).param("title", r.title()).param("description", r.description())
                .param("priority", r.priority().name()).param("status", r.status().name())
                .param("opened", r.openedOn()).param("due", r.dueOn()).param("closed", r.closedOn())
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(RequestView r, long expectedVersion) {
        return jdbc.sql("""
                update customer_request set unit_id = :u, contact_id = :c, product_id = :p, request_type = :type,
                       title = :title, description = :description, priority = :priority, status = :status,
                       opened_on = :opened, due_on = :due, closed_on = :closed, version = version + 1,
                       updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("u", r.unitId()).param("c", r.contactId()).param("p", r.productId())
                .param("type", r.type().name()).param("title", r.title()).param("description", r.description())
                .param("priority", r.priority().name()).param("status", r.status().name())
                .param("opened", r.openedOn()).param("due", r.dueOn()).param("closed", r.closedOn())
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", r.id())
                .param("version", expectedVersion).update() == 1;
    }

    long countInUnit(long unitId) {
        return jdbc.sql("select count(*) from customer_request where unit_id = :u").param("u", unitId)
                .query(Long.class).single();
    }

    private static String where(Filter f, Map<String, Object> params) {
        return new Conditions(params).accountsIn(f.accountIds())
                .add("account_id = :account", "account", f.accountId())
                .add("status = :status", "status", f.status() == null ? null : f.status().name())
                .addIf(f.openOnly(), "status <> 'DONE'")
                .add("status <> 'DONE' and due_on < :asOf", "asOf", f.overdueBefore())
                .where();
    }
}
