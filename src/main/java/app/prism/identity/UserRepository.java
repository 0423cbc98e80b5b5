package app.prism.identity;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record UserRow(long id, String email, String name, String passwordHash, Role role, boolean active, long version,
            java.time.OffsetDateTime createdAt, java.time.OffsetDateTime updatedAt) {

        UserView view() {
            return new UserView(id, email, name, role, active, version, createdAt, updatedAt);
        }
    }

    private static final String COLUMNS =
            "id, email, name, password_hash, role, active, version, created_at, updated_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    boolean emailTaken(String emailKey, long exceptId) {
        return jdbc.sql("select count(*) from app_user where email_key = :k and id <> :id")
                .param("k", emailKey).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(String email, String name, String passwordHash, Role role) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into app_user (email, email_key, name, password_hash, role, active, version,
                                      created_at, created_by, updated_at, updated_by)
                values (:email, :key, :name, :hash, :role, true, 0, :now, :by, :now, :by)""")
                .param("email", email).param("key", email.toLowerCase(java.util.Locale.ROOT)).param("name", name)
                .param("hash", passwordHash).param("role", role.name()).param("now", now).param("by", Audit.actor())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<UserRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(UserRow.class).optional();
    }

    Optional<UserRow> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where email_key = :k")
                .param("k", email.strip().toLowerCase(java.util.Locale.ROOT)).query(UserRow.class).optional();
    }

    List<UserRow> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from app_user where id in (:ids)").param("ids", ids)
                .query(UserRow.class).list();
    }

    List<UserRow> page(PageQuery page) {
        return jdbc.sql("select " + COLUMNS + """
                 from app_user
                where lower(name) like :q escape '\\' or email_key like :q escape '\\'
                order by lower(name), id
                limit :limit offset :offset""")
                .param("q", page.likePattern()).param("limit", page.size()).param("offset", page.offset())
                .query(UserRow.class).list();
    }

    long total(PageQuery page) {
        return jdbc.sql("select count(*) from app_user where lower(name) like :q escape '\\' or email_key like :q escape '\\'")
                .param("q", page.likePattern()).query(Long.class).single();
    }

    List<UserRow> active() {
        return jdbc.sql("select " + COLUMNS + " from app_user where active = true order by lower(name), id")
                .query(UserRow.class).list();
    }

    /** Writes the row if its version is still the expected one; false when someone else changed it first. */
    boolean update(UserRow row, long expectedVersion) {
        return jdbc.sql("""
                update app_user set email = :email, email_key = :key, name = :name, password_hash = :hash,
                       role = :role, active = :active, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("email", row.email()).param("key", row.email().toLowerCase(java.util.Locale.ROOT))
                .param("name", row.name()).param("hash", row.passwordHash()).param("role", row.role().name())
                .param("active", row.active()).param("now", Audit.now()).param("by", Audit.actor())
                .param("id", row.id()).param("version", expectedVersion).update() == 1;
    }

    /** Ends the user's remember-me cookies on every device (they name the user by email, in any case). */
    void removeRememberMeTokens(String email) {
        jdbc.sql("delete from persistent_logins where lower(username) = :k")
                .param("k", email.strip().toLowerCase(java.util.Locale.ROOT)).update();
    }
}
