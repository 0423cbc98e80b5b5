package app.prism.account;

import app.prism.web.Audit;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    record UnitRow(long id, long accountId, Long parentId, String name, UnitKind kind, String country, String city,
            String externalId, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    private static final String COLUMNS =
            "id, account_id, parent_id, name, kind, country, city, external_id, version, created_at, updated_at";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All units of an account in a stable order (by name), the input of its {@link UnitTree}. */
    List<UnitRow> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from business_unit where account_id = :a order by lower(name), id")
                .param("a", accountId).query(UnitRow.class).list();
    }

    Optional<UnitRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from business_unit where id = :id").param("id", id)
                .query(UnitRow.class).optional();
    }

    List<UnitRow> findAllById(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from business_unit where id in (:ids)").param("ids", ids)
                .query(UnitRow.class).list();
    }

    List<UnitRow> findAllByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from business_unit where external_id = :x order by id")
                .param("x", externalId).query(UnitRow.class).list();
    }

    List<UnitRow> findAllByExternalIds(java.util.Collection<String> externalIds) {
        return jdbc.sql("select " + COLUMNS + " from business_unit where external_id in (:x) order by id")
                .param("x", externalIds).query(UnitRow.class).list();
    }

    Optional<UnitRow> findByExternalId(long accountId, String externalId) {
        return jdbc.sql("select " + COLUMNS + " from business_unit where account_id = :a and external_id = :x")
                .param("a", accountId).param("x", externalId).query(UnitRow.class).optional();
    }

    /** How deep the unit sits (roots at 1), walking up its parents in one query instead of loading the account's tree. */
    /**
     * How many units the path from the root down to this one holds (1 for a root): one primary-key look-up per level,
     * which on H2 costs a fraction of the recursive query it replaces (a unit page reads it on every request).
     */
    int depthOf(long unitId) {
        int depth = 0;
        Long at = unitId;
        while (at != null && depth < 10_000) {
            depth++;
            List<Long> parent = jdbc.sql("select parent_id from business_unit where id = :id").param("id", at)
                    .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1)).list();
            at = parent.isEmpty() ? null : parent.get(0);
        }
        return depth;
    }

    long countOf(long accountId) {
        return jdbc.sql("select count(*) from business_unit where account_id = :a").param("a", accountId)
                .query(Long.class).single();
    }

    long countChildren(long unitId) {
        return jdbc.sql("select count(*) from business_unit where parent_id = :id").param("id", unitId)
                .query(Long.class).single();
    }

    long insert(long accountId, Long parentId, String name, UnitKind kind, String country, String city,
            String externalId) {
        return insert(accountId, parentId, name, kind, country, city, externalId, Audit.now());
    }

    long insert(long accountId, Long parentId, String name, UnitKind kind, String country, String city,
            String externalId, java.time.OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into business_unit (account_id, parent_id, name, kind, country, city, external_id, version,
                                           created_at, created_by, updated_at, updated_by)
                values (:a, :p, :name, :kind, :country, :city, :ext, 0, :now, :by, :now, :by)""")
                .param("a", accountId).param("p", parentId).param("name", name).param("kind", kind.name())
                .param("country", country).param("city", city).param("ext", externalId)
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(UnitRow row, long expectedVersion) {
        return jdbc.sql("""
                update business_unit set parent_id = :p, name = :name, kind = :kind, country = :country,
                       city = :city, external_id = :ext, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("p", row.parentId()).param("name", row.name()).param("kind", row.kind().name())
                .param("country", row.country()).param("city", row.city()).param("ext", row.externalId())
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", row.id())
                .param("version", expectedVersion).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from business_unit where id = :id").param("id", id).update();
    }

    record UnitHit(long id, long accountId, String name, String accountName, String country, String city) {}

    /**
     * Units with a word of the name or city starting with the filter, or whose external id is it, only in accounts the
     * user may see (-1 = every account).
     */
    List<UnitHit> search(app.prism.web.PageQuery page, long member) {
        return jdbc.sql("""
                select u.id, u.account_id, u.name, a.name as account_name, u.country, u.city
                  from business_unit u join account a on a.id = u.account_id
                 where (lower(u.name) like :w escape '\\' or lower(u.name) like :lw escape '\\'
                        or lower(coalesce(u.city, '')) like :w escape '\\' or lower(coalesce(u.external_id, '')) = :x)
                   and (:member = -1 or exists (select 1 from account_team_member t
                                                 where t.account_id = u.account_id and t.user_id = :member))
                 order by lower(u.name), u.id limit :limit""")
                .param("w", page.wordStartPattern()).param("lw", page.laterWordStartPattern())
                .param("x", page.exactKey()).param("member", member).param("limit", page.size())
                .query(UnitHit.class).list();
    }

    List<UnitService.UnitProfile> profiles() {
        return jdbc.sql("select id, account_id, kind, country from business_unit")
                .query(UnitService.UnitProfile.class).list();
    }
}
