package app.prism.contact;

import app.prism.web.Audit;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code contact_move} table: suggestions that follow a sponsor who moved to another organisation. */
@Repository
class ContactMoveRepository {

    record MoveRow(long id, long contactId, long accountId, ContactMove.Kind kind, String organisation,
            Long targetAccountId, Long targetUnitId, String title, ContactMove.Status status, Long createdContactId,
            Long createdAccountId, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    private static final String COLUMNS = """
            id, contact_id, account_id, kind, organisation, target_account_id, target_unit_id, title, status,
            created_contact_id, created_account_id, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    ContactMoveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long contactId, long accountId, ContactMove.Kind kind, String organisation, Long targetAccountId,
            Long targetUnitId, String title) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into contact_move (contact_id, account_id, kind, organisation, target_account_id, target_unit_id,
                                          title, status, version, created_at, created_by, updated_at, updated_by)
                values (:c, :a, :kind, :org, :ta, :tu, :title, 'OPEN', 0, :now, :by, :now, :by)""")
                .param("c", contactId).param("a", accountId).param("kind", kind.name()).param("org", organisation)
                .param("ta", targetAccountId).param("tu", targetUnitId).param("title", title).param("now", now)
                .param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<MoveRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from contact_move where id = :id").param("id", id)
                .query(MoveRow.class).optional();
    }

    /** Newest first; {@code accountIds} null means every account, {@code status} null every status. */
    List<MoveRow> list(ContactMove.Status status, Long accountId, Collection<Long> accountIds, int limit, long offset) {
        if (accountIds != null && accountIds.isEmpty()) return List.of();
        var spec = jdbc.sql("select " + COLUMNS + " from contact_move" + where(status, accountId, accountIds)
                + " order by created_at desc, id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        return params(spec, status, accountId, accountIds).query(MoveRow.class).list();
    }

    long total(ContactMove.Status status, Long accountId, Collection<Long> accountIds) {
        if (accountIds != null && accountIds.isEmpty()) return 0;
        var spec = jdbc.sql("select count(*) from contact_move" + where(status, accountId, accountIds));
        return params(spec, status, accountId, accountIds).query(Long.class).single();
    }

    private static String where(ContactMove.Status status, Long accountId, Collection<Long> accountIds) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (status != null) w.append(" and status = :status");
        if (accountId != null) w.append(" and account_id = :account");
        if (accountIds != null) w.append(" and account_id in (:ids)");
        return w.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, ContactMove.Status status,
            Long accountId, Collection<Long> accountIds) {
        if (status != null) spec = spec.param("status", status.name());
        if (accountId != null) spec = spec.param("account", accountId);
        if (accountIds != null) spec = spec.param("ids", accountIds);
        return spec;
    }

    List<MoveRow> ofContact(long contactId) {
        return jdbc.sql("select " + COLUMNS + " from contact_move where contact_id = :c order by id")
                .param("c", contactId).query(MoveRow.class).list();
    }

    /** A newer answer to "where did they go" replaces a suggestion nobody acted on yet. */
    void deleteOpenOf(long contactId) {
        jdbc.sql("delete from contact_move where contact_id = :c and status = 'OPEN'").param("c", contactId).update();
    }

    void deleteAllOf(long contactId) {
        jdbc.sql("delete from contact_move where contact_id = :c").param("c", contactId).update();
    }

    boolean close(long id, long expectedVersion, ContactMove.Status status, Long createdContactId,
            Long createdAccountId) {
        return jdbc.sql("""
                update contact_move set status = :status, created_contact_id = :cc, created_account_id = :ca,
                       version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version and status = 'OPEN'""")
                .param("status", status.name()).param("cc", createdContactId).param("ca", createdAccountId)
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }
}
