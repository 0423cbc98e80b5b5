package app.prism.account;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    record AccountRow(long id, String name, String industry, String country, Scope scope, Long ownerId,
            String ownerName, String externalId, long unitCount, long version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        AccountView view() {
            return new AccountView(id, name, industry, country, scope, ownerId, ownerName, externalId, unitCount,
                    version, createdAt, updatedAt);
        }
    }

    /** Sort keys a client may ask for, mapped to SQL; anything else is refused before it reaches SQL. */
    static final Map<String, String> SORTS = Map.of(
            "name", "lower(a.name)", "country", "a.country", "scope", "a.scope", "units", "unit_count",
            "createdAt", "a.created_at", "updatedAt", "a.updated_at");

    private static final String SELECT = """
            select a.id, a.name, a.industry, a.country, a.scope, a.owner_id, u.name as owner_name, a.external_id,
                   (select count(*) from business_unit b where b.account_id = a.id) as unit_count,
                   a.version, a.created_at, a.updated_at
              from account a left join app_user u on u.id = a.owner_id
            """;

    // A MEMBER's lists are filtered in SQL, so an account off their team never reaches the page (-1 = no filter).
    private static final String VISIBLE = """
             where (lower(a.name) like :q escape '\\' or lower(coalesce(a.industry, '')) like :q escape '\\')
               and (:member = -1 or exists (select 1 from account_team_member t
                                             where t.account_id = a.id and t.user_id = :member))
               and (:mine = -1 or a.owner_id = :mine or exists (select 1 from account_team_member m
                                             where m.account_id = a.id and m.user_id = :mine))
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AccountRow> page(PageQuery page, long member, long mine, String orderBy) {
        return jdbc.sql(SELECT + VISIBLE + " order by " + orderBy + ", a.id limit :limit offset :offset")
                .param("q", page.likePattern()).param("member", member).param("mine", mine)
                .param("limit", page.size()).param("offset", page.offset())
                .query(AccountRow.class).list();
    }

    long total(PageQuery page, long member, long mine) {
        return jdbc.sql("select count(*) from account a" + VISIBLE)
                .param("q", page.likePattern()).param("member", member).param("mine", mine)
                .query(Long.class).single();
    }

    /** The global search: accounts whose name has a word starting with the filter, or whose external id is it. */
    List<AccountRow> search(PageQuery page, long member) {
        return jdbc.sql(SELECT + """
                 where (lower(a.name) like :w escape '\\' or lower(a.name) like :lw escape '\\'
                        or lower(coalesce(a.external_id, '')) = :x)
                   and (:member = -1 or exists (select 1 from account_team_member t
                                                 where t.account_id = a.id and t.user_id = :member))
                 order by lower(a.name), a.id limit :limit""")
                .param("w", page.wordStartPattern()).param("lw", page.laterWordStartPattern())
                .param("x", page.exactKey()).param("member", member).param("limit", page.size())
                .query(AccountRow.class).list();
    }

    Optional<AccountRow> findById(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AccountRow.class).optional();
    }

    boolean nameTaken(String nameKey, long exceptId) {
        return jdbc.sql("select count(*) from account where name_key = :k and id <> :id")
                .param("k", nameKey).param("id", exceptId).query(Long.class).single() > 0;
    }

    boolean externalIdTaken(String externalId, long exceptId) {
        return externalId != null && jdbc.sql("select count(*) from account where external_id = :x and id <> :id")
                .param("x", externalId).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(String name, String industry, String country, Scope scope, Long ownerId, String externalId) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into account (name, name_key, industry, country, scope, owner_id, external_id, version,
                                     created_at, created_by, updated_at, updated_by)
                values (:name, :key, :industry, :country, :scope, :owner, :ext, 0, :now, :by, :now, :by)""")
                .param("name", name).param("key", app.prism.web.Texts.key(name)).param("industry", industry)
                .param("country", country).param("scope", scope.name()).param("owner", ownerId)
                .param("ext", externalId).param("now", now).param("by", Audit.actor())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, long expectedVersion, String name, String industry, String country, Scope scope,
            Long ownerId, String externalId) {
        return jdbc.sql("""
                update account set name = :name, name_key = :key, industry = :industry, country = :country,
                       scope = :scope, owner_id = :owner, external_id = :ext, version = version + 1,
                       updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("name", name).param("key", app.prism.web.Texts.key(name)).param("industry", industry)
                .param("country", country).param("scope", scope.name()).param("owner", ownerId)
                .param("ext", externalId).param("now", Audit.now()).param("by", Audit.actor())
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from account_team_member where account_id = :id").param("id", id).update();
        jdbc.sql("delete from account where id = :id").param("id", id).update();
    }

    // --- team ---

    record TeamRow(long userId, String name, String email, TeamRole teamRole) {}

    List<TeamRow> team(long accountId) {
        return jdbc.sql("""
                select t.user_id, u.name, u.email, t.team_role from account_team_member t
                  join app_user u on u.id = t.user_id
                 where t.account_id = :id order by t.team_role, lower(u.name)""")
                .param("id", accountId).query(TeamRow.class).list();
    }

    boolean isOnTeam(long accountId, long userId) {
        return jdbc.sql("select count(*) from account_team_member where account_id = :a and user_id = :u")
                .param("a", accountId).param("u", userId).query(Long.class).single() > 0;
    }

    void replaceTeam(long accountId, List<TeamAssignment> team) {
        jdbc.sql("delete from account_team_member where account_id = :id").param("id", accountId).update();
        for (TeamAssignment a : team) addToTeam(accountId, a.userId(), a.role());
    }

    void addToTeam(long accountId, long userId, TeamRole role) {
        var now = Audit.now();
        jdbc.sql("""
                insert into account_team_member (account_id, user_id, team_role, version, created_at, created_by,
                                                 updated_at, updated_by)
                values (:a, :u, :r, 0, :now, :by, :now, :by)""")
                .param("a", accountId).param("u", userId).param("r", role.name()).param("now", now)
                .param("by", Audit.actor()).update();
    }

    List<Long> accountIdsOfTeamMember(long userId) {
        return jdbc.sql("select account_id from account_team_member where user_id = :u").param("u", userId)
                .query(Long.class).list();
    }

    // --- a colleague's accounts (handover) ---

    record UserAccountRow(long accountId, String name, Long ownerId, TeamRole teamRole) {}

    /** Accounts the user owns or is on the team of, with their team role (null when only the owner). */
    List<UserAccountRow> accountsOfUser(long userId) {
        return jdbc.sql("""
                select a.id as account_id, a.name, a.owner_id, t.team_role
                  from account a
                  left join account_team_member t on t.account_id = a.id and t.user_id = :u
                 where a.owner_id = :u or t.user_id is not null
                 order by lower(a.name), a.id""")
                .param("u", userId).query(UserAccountRow.class).list();
    }

    Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("select id, name from account where id in (:ids)").param("ids", ids)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    Optional<Long> idByExternalId(String externalId) {
        return jdbc.sql("select id from account where external_id = :x").param("x", externalId).query(Long.class)
                .optional();
    }

    Optional<Long> idByNameKey(String nameKey) {
        return jdbc.sql("select id from account where name_key = :k").param("k", nameKey).query(Long.class).optional();
    }

    Optional<TeamRole> teamRoleOf(long accountId, long userId) {
        return jdbc.sql("select team_role from account_team_member where account_id = :a and user_id = :u")
                .param("a", accountId).param("u", userId).query(TeamRole.class).optional();
    }

    void changeOwner(long accountId, long toUserId) {
        jdbc.sql("""
                update account set owner_id = :to, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id""")
                .param("to", toUserId).param("now", Audit.now()).param("by", Audit.actor()).param("id", accountId)
                .update();
    }
}
