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

/** The {@code task} table. */
@Repository
class TaskRepository {

    /**
     * Filters of the list; nulls do not filter. {@code done}: done or open tasks only; {@code overdueBefore}: open
     * tasks due before that day. {@code accountIds} null means every account.
     */
    record Filter(Long accountId, Long assigneeId, Boolean done, LocalDate overdueBefore,
            Collection<Long> accountIds) {}

    private static final String COLUMNS = """
            id, account_id, unit_id, contact_id, product_id, title, note, source, assignee_id, creator_id, due_on, done,
            done_at, done_by_id, version, created_at, updated_at""";

    /** Open ones by due date (undated last), then done ones, the latest done first. */
    private static final String ORDER =
            " order by done, done_at desc, case when due_on is null then 1 else 0 end, due_on, id";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from task where id = :id").param("id", id).query(TaskView.class)
                .optional();
    }

    List<TaskView> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from task" + where(filter, params) + ORDER
                + " limit :limit offset :offset").params(params).param("limit", page.size())
                .param("offset", page.offset()).query(TaskView.class).list();
    }

    long total(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from task" + where(filter, params)).params(params).query(Long.class)
                .single();
    }

    long insert(TaskView t) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into task (account_id, unit_id, contact_id, product_id, title, note, source, assignee_id,
                                  creator_id, due_on, done, version, created_at, created_by, updated_at, updated_by)
                values (:a, :u, :c, :p, :title, :note, :source, :assignee, :creator, :due, false, 0, :now, :by, :now,
                        :by)""")
                .param("a", t.accountId()).param("u", t.unitId()).param("c", t.contactId()).param("p", t.productId())
                .param("title", t.title()).param("note", t.note()).param("source", t.source())
                .param("assignee", t.assigneeId()).param("creator", t.creatorId()).param("due", t.dueOn())
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(TaskView t, long expectedVersion) {
        return jdbc.sql("""
                update task set unit_id = :u, contact_id = :c, product_id = :p, title = :title, note = :note,
                       assignee_id = :assignee, due_on = :due, done = :done, done_at = :doneAt, done_by_id = :doneBy,
                       version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("u", t.unitId()).param("c", t.contactId()).param("p", t.productId()).param("title", t.title())
                .param("note", t.note()).param("assignee", t.assigneeId()).param("due", t.dueOn())
                .param("done", t.done()).param("doneAt", t.doneAt()).param("doneBy", t.doneById())
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", t.id())
                .param("version", expectedVersion).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from task where id = :id").param("id", id).update();
    }

    private static String where(Filter f, Map<String, Object> params) {
        return new Conditions(params).accountsIn(f.accountIds())
                .add("account_id = :account", "account", f.accountId())
                .add("assignee_id = :assignee", "assignee", f.assigneeId())
                .add("done = :done", "done", f.done())
                .add("done = false and due_on < :asOf", "asOf", f.overdueBefore())
                .where();
    }
}
