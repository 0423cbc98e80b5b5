package app.prism.exposure;

import app.prism.web.Audit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code exposure_setting} (the installation's cadence) and {@code account_cadence} (overrides). */
@Repository
class CadenceRepository {

    record Setting(int cadenceDays, long version) {}

    private final JdbcClient jdbc;

    CadenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Setting global() {
        return jdbc.sql("select cadence_days, version from exposure_setting where id = 1").query(Setting.class).single();
    }

    boolean updateGlobal(int cadenceDays, long expectedVersion) {
        return jdbc.sql("""
                update exposure_setting set cadence_days = :days, version = version + 1, updated_at = :now,
                       updated_by = :by
                 where id = 1 and version = :version""")
                .param("days", cadenceDays).param("now", Audit.now()).param("by", Audit.actor())
                .param("version", expectedVersion).update() == 1;
    }

    Optional<Setting> ofAccount(long accountId) {
        return jdbc.sql("select cadence_days, version from account_cadence where account_id = :a").param("a", accountId)
                .query(Setting.class).optional();
    }

    void setForAccount(long accountId, int cadenceDays) {
        var now = Audit.now();
        int updated = jdbc.sql("""
                update account_cadence set cadence_days = :days, version = version + 1, updated_at = :now,
                       updated_by = :by where account_id = :a""")
                .param("days", cadenceDays).param("now", now).param("by", Audit.actor()).param("a", accountId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into account_cadence (account_id, cadence_days, version, created_at, created_by, updated_at,
                                                 updated_by)
                    values (:a, :days, 0, :now, :by, :now, :by)""")
                    .param("a", accountId).param("days", cadenceDays).param("now", now).param("by", Audit.actor())
                    .update();
        }
    }

    void clearForAccount(long accountId) {
        jdbc.sql("delete from account_cadence where account_id = :a").param("a", accountId).update();
    }
}
