package app.prism.digest;

import app.prism.web.Audit;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code digest}, {@code digest_setting} and {@code digest_opt_out}. */
@Repository
class DigestRepository {

    record Row(long id, long userId, String period, String subject, String content, int itemCount,
            DigestStatus status, int attempts, String lastError, OffsetDateTime sentAt, OffsetDateTime readAt,
            long version, OffsetDateTime createdAt) {}

    record Setting(boolean enabled, int dayOfWeek, int hourUtc, long version) {

        DigestSchedule schedule() {
            return new DigestSchedule(enabled, DayOfWeek.of(dayOfWeek), hourUtc);
        }
    }

    private static final String COLUMNS = """
            id, user_id, period, subject, content, item_count, status, attempts, last_error, sent_at, read_at, version,
            created_at""";

    private final JdbcClient jdbc;

    DigestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Setting setting() {
        return jdbc.sql("select enabled, day_of_week, hour_utc, version from digest_setting where id = 1")
                .query(Setting.class).single();
    }

    boolean updateSetting(boolean enabled, int dayOfWeek, int hourUtc, long expectedVersion) {
        return jdbc.sql("""
                update digest_setting set enabled = :enabled, day_of_week = :day, hour_utc = :hour,
                       version = version + 1, updated_at = :now, updated_by = :by
                 where id = 1 and version = :version""")
                .param("enabled", enabled).param("day", dayOfWeek).param("hour", hourUtc).param("now", Audit.now())
                .param("by", Audit.actor()).param("version", expectedVersion).update() == 1;
    }

    Set<Long> optedOut() {
        return Set.copyOf(jdbc.sql("select user_id from digest_opt_out").query(Long.class).list());
    }

    boolean isOptedOut(long userId) {
        return jdbc.sql("select count(*) from digest_opt_out where user_id = :u").param("u", userId)
                .query(Long.class).single() > 0;
    }

    void optOut(long userId) {
        if (isOptedOut(userId)) return;
        var now = Audit.now();
        jdbc.sql("""
                insert into digest_opt_out (user_id, version, created_at, created_by, updated_at, updated_by)
                values (:u, 0, :now, :by, :now, :by)""")
                .param("u", userId).param("now", now).param("by", Audit.actor()).update();
    }

    void optIn(long userId) {
        jdbc.sql("delete from digest_opt_out where user_id = :u").param("u", userId).update();
    }

    Set<Long> usersWithDigest(String period) {
        return Set.copyOf(jdbc.sql("select user_id from digest where period = :p").param("p", period)
                .query(Long.class).list());
    }

    /** Inserts the digest; the unique (user, period) key refuses a second one (DuplicateKeyException). */
    void insert(long userId, String period, String subject, String content, int itemCount, DigestStatus status) {
        var now = Audit.now();
        jdbc.sql("""
                insert into digest (user_id, period, subject, content, item_count, status, attempts, version,
                                    created_at, created_by, updated_at, updated_by)
                values (:u, :p, :subject, :content, :items, :status, 0, 0, :now, :by, :now, :by)""")
                .param("u", userId).param("p", period).param("subject", subject).param("content", content)
                .param("items", itemCount).param("status", status.name()).param("now", now).param("by", Audit.actor())
                .update();
    }

    List<Row> pending(int maxAttempts) {
        return jdbc.sql("select " + COLUMNS + " from digest where status = 'PENDING' and attempts < :max order by id")
                .param("max", maxAttempts).query(Row.class).list();
    }

    /** Claims a pending digest for sending; false when another instance claimed it first. */
    boolean claim(long id, long expectedVersion) {
        return jdbc.sql("""
                update digest set status = 'SENDING', attempts = attempts + 1, version = version + 1, updated_at = :now,
                       updated_by = 'system'
                 where id = :id and status = 'PENDING' and version = :version""")
                .param("now", Audit.now()).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void markSent(long id) {
        jdbc.sql("""
                update digest set status = 'SENT', sent_at = :now, last_error = null, version = version + 1,
                       updated_at = :now, updated_by = 'system' where id = :id""")
                .param("now", Audit.now()).param("id", id).update();
    }

    void markFailed(long id, String error, boolean giveUp) {
        jdbc.sql("""
                update digest set status = :status, last_error = :error, version = version + 1, updated_at = :now,
                       updated_by = 'system' where id = :id""")
                .param("status", giveUp ? "FAILED" : "PENDING").param("error", error).param("now", Audit.now())
                .param("id", id).update();
    }

    List<Row> ofUser(long userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from digest where user_id = :u order by period desc, id desc limit :limit")
                .param("u", userId).param("limit", limit).query(Row.class).list();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from digest where id = :id").param("id", id).query(Row.class).optional();
    }

    long unread(long userId) {
        return jdbc.sql("select count(*) from digest where user_id = :u and read_at is null").param("u", userId)
                .query(Long.class).single();
    }

    void markRead(long id) {
        jdbc.sql("update digest set read_at = :now where id = :id and read_at is null").param("now", Audit.now())
                .param("id", id).update();
    }
}
