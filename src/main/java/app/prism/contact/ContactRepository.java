package app.prism.contact;

import app.prism.web.Audit;
import app.prism.web.PageQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ContactRepository {

    record ContactRow(long id, long accountId, long unitId, String name, String title, String email, String phone,
            BuyingRole buyingRole, Attitude attitude, int relationshipStrength, Long reportsToId, boolean active,
            OffsetDateTime deactivatedAt, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            String movedToOrganisation, Long movedToAccountId, Long movedToUnitId, String movedToTitle, String note,
            String externalId) {

        ContactView view(List<Long> owners) {
            return new ContactView(id, accountId, unitId, name, title, email, phone, buyingRole, attitude,
                    relationshipStrength, reportsToId, owners, active, deactivatedAt, version, createdAt, updatedAt,
                    movedToOrganisation, movedToAccountId, movedToUnitId, movedToTitle, note, externalId);
        }

        ContactRow withMove(String organisation, Long accountId, Long unitId, String title) {
            return new ContactRow(id, this.accountId, this.unitId, name, this.title, email, phone, buyingRole, attitude,
                    relationshipStrength, reportsToId, active, deactivatedAt, version, createdAt, updatedAt,
                    organisation, accountId, unitId, title, note, externalId);
        }
    }

    record ReportingLine(long id, Long reportsToId) {}

    private static final String COLUMNS = """
            id, account_id, unit_id, name, title, email, phone, buying_role, attitude, relationship_strength,
            reports_to_id, active, deactivated_at, version, created_at, updated_at, moved_to_organisation,
            moved_to_account_id, moved_to_unit_id, moved_to_title, note, external_id""";
    /**
     * {@link #COLUMNS} read by position into a {@link ContactRow}: written out rather than by reflection, since an
     * account's people (thousands, for a large group) are read several times by the figures of one page.
     */
    private static final org.springframework.jdbc.core.RowMapper<ContactRow> ROW = (rs, n) -> new ContactRow(
            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), BuyingRole.valueOf(rs.getString(8)), Attitude.valueOf(rs.getString(9)), rs.getInt(10),
            nullableLong(rs, 11), rs.getBoolean(12), rs.getObject(13, OffsetDateTime.class), rs.getLong(14),
            rs.getObject(15, OffsetDateTime.class), rs.getObject(16, OffsetDateTime.class), rs.getString(17),
            nullableLong(rs, 18), nullableLong(rs, 19), rs.getString(20), rs.getString(21), rs.getString(22));

    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static final String FILTER = """
             where unit_id = :unit
               and (lower(name) like :q escape '\\' or lower(coalesce(title, '')) like :q escape '\\'
                    or lower(coalesce(email, '')) like :q escape '\\')
            """;

    private final JdbcClient jdbc;

    private final org.springframework.jdbc.core.JdbcTemplate template;

    ContactRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts new contacts that already carry their ids ({@link app.prism.web.IdBlocks}) as one JDBC batch; each row's
     * {@code createdAt} is its creation time. No reporting line: an import sets those once everyone exists.
     */
    void insertAll(List<ContactRow> rows, String by) {
        if (rows.isEmpty()) return;
        template.batchUpdate("""
                insert into contact (id, account_id, unit_id, name, title, email, phone, buying_role, attitude,
                                     relationship_strength, reports_to_id, active, deactivated_at, note, external_id,
                                     version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, null, ?, 0, ?, ?, ?, ?)""", rows, rows.size(),
                (ps, c) -> {
                    OffsetDateTime at = c.createdAt();
                    ps.setLong(1, c.id());
                    ps.setLong(2, c.accountId());
                    ps.setLong(3, c.unitId());
                    ps.setString(4, c.name());
                    ps.setString(5, c.title());
                    ps.setString(6, c.email());
                    ps.setString(7, c.phone());
                    ps.setString(8, c.buyingRole().name());
                    ps.setString(9, c.attitude().name());
                    ps.setInt(10, c.relationshipStrength());
                    ps.setBoolean(11, c.active());
                    ps.setObject(12, c.active() ? null : at, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(13, c.externalId());
                    ps.setObject(14, at, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(15, by);
                    ps.setObject(16, at, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(17, by);
                });
    }

    List<ContactRow> pageOfUnit(long unitId, PageQuery page) {
        return jdbc.sql("select " + COLUMNS + " from contact" + FILTER
                        + " order by active desc, lower(name), id limit :limit offset :offset")
                .param("unit", unitId).param("q", page.likePattern()).param("limit", page.size())
                .param("offset", page.offset()).query(ROW).list();
    }

    long totalOfUnit(long unitId, PageQuery page) {
        return jdbc.sql("select count(*) from contact" + FILTER).param("unit", unitId).param("q", page.likePattern())
                .query(Long.class).single();
    }

    List<ContactRow> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from contact where account_id = :a order by lower(name), id")
                .param("a", accountId).query(ROW).list();
    }

    List<ReportingLine> reportingLines(long accountId) {
        return jdbc.sql("select id, reports_to_id from contact where account_id = :a").param("a", accountId)
                .query(ReportingLine.class).list();
    }

    Optional<ContactRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from contact where id = :id").param("id", id)
                .query(ROW).optional();
    }

    List<ContactRow> findByIds(Collection<Long> ids) {
        return jdbc.sql("select " + COLUMNS + " from contact where id in (:ids)").param("ids", ids)
                .query(ROW).list();
    }

    long countInUnit(long unitId) {
        return jdbc.sql("select count(*) from contact where unit_id = :u").param("u", unitId).query(Long.class).single();
    }

    long countReportingTo(long contactId) {
        return jdbc.sql("select count(*) from contact where reports_to_id = :id").param("id", contactId)
                .query(Long.class).single();
    }

    /** Owners of many contacts in one query (no query per contact). */
    Map<Long, List<Long>> ownersOf(Collection<Long> contactIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (contactIds.isEmpty()) return out;
        jdbc.sql("select contact_id, user_id from contact_owner where contact_id in (:ids) order by user_id")
                .param("ids", contactIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return out;
    }

    long insert(long accountId, long unitId, ContactRow c) {
        return insert(accountId, unitId, c, Audit.now());
    }

    long insert(long accountId, long unitId, ContactRow c, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into contact (account_id, unit_id, name, title, email, phone, buying_role, attitude,
                                     relationship_strength, reports_to_id, active, deactivated_at, note, external_id,
                                     version, created_at, created_by, updated_at, updated_by)
                values (:a, :u, :name, :title, :email, :phone, :role, :attitude, :strength, :reportsTo, :active,
                        :deactivatedAt, :note, :ext, 0, :now, :by, :now, :by)""")
                .param("note", c.note()).param("ext", c.externalId())
                .param("a", accountId).param("u", unitId).param("name", c.name()).param("title", c.title())
                .param("email", c.email()).param("phone", c.phone()).param("role", c.buyingRole().name())
                .param("attitude", c.attitude().name()).param("strength", c.relationshipStrength())
                .param("reportsTo", c.reportsToId()).param("active", c.active())
                .param("deactivatedAt", c.active() ? null : now).param("now", now).param("by", Audit.actor())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(ContactRow c, long expectedVersion) {
        return jdbc.sql("""
                update contact set unit_id = :u, name = :name, title = :title, email = :email, phone = :phone,
                       buying_role = :role, attitude = :attitude, relationship_strength = :strength,
                       reports_to_id = :reportsTo, active = :active, deactivated_at = :deactivatedAt,
                       moved_to_organisation = :movedOrg, moved_to_account_id = :movedAccount,
                       moved_to_unit_id = :movedUnit, moved_to_title = :movedTitle, note = :note,
                       external_id = :ext, version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("movedOrg", c.movedToOrganisation()).param("movedAccount", c.movedToAccountId())
                .param("movedUnit", c.movedToUnitId()).param("movedTitle", c.movedToTitle()).param("note", c.note())
                .param("ext", c.externalId())
                .param("u", c.unitId()).param("name", c.name()).param("title", c.title()).param("email", c.email())
                .param("phone", c.phone()).param("role", c.buyingRole().name()).param("attitude", c.attitude().name())
                .param("strength", c.relationshipStrength()).param("reportsTo", c.reportsToId())
                .param("active", c.active()).param("deactivatedAt", c.deactivatedAt()).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", c.id()).param("version", expectedVersion).update() == 1;
    }

    /** Sets when the contact was entered and, for one who left, when they left (history brought from elsewhere). */
    void backdate(long id, java.time.OffsetDateTime enteredAt, java.time.OffsetDateTime leftAt) {
        jdbc.sql("""
                update contact set created_at = :entered,
                       deactivated_at = case when active then null else cast(:left as timestamp with time zone) end
                 where id = :id""")
                .param("entered", enteredAt).param("left", leftAt).param("id", id).update();
    }

    void replaceOwners(long contactId, Collection<Long> userIds) {
        jdbc.sql("delete from contact_owner where contact_id = :id").param("id", contactId).update();
        var now = Audit.now();
        for (Long userId : userIds) {
            jdbc.sql("""
                    insert into contact_owner (contact_id, user_id, version, created_at, created_by, updated_at,
                                               updated_by)
                    values (:c, :u, 0, :now, :by, :now, :by)""")
                    .param("c", contactId).param("u", userId).param("now", now).param("by", Audit.actor()).update();
        }
    }

    void delete(long contactId) {
        jdbc.sql("delete from contact_owner where contact_id = :id").param("id", contactId).update();
        jdbc.sql("delete from contact where id = :id").param("id", contactId).update();
    }

    /** Contacts matching by name, title or email; {@code accountIds} null means every account. */
    /** The global search: a word of the name or title starts with the filter, or the email or external id does. */
    List<ContactRow> search(app.prism.web.PageQuery page, Collection<Long> accountIds) {
        if (accountIds != null && accountIds.isEmpty()) return List.of();
        String where = """
                 where (lower(name) like :w escape '\\' or lower(name) like :lw escape '\\'
                        or lower(coalesce(title, '')) like :w escape '\\' or lower(coalesce(title, '')) like :lw escape '\\'
                        or lower(coalesce(email, '')) like :w escape '\\' or lower(coalesce(external_id, '')) = :x)"""
                + (accountIds == null ? "" : " and account_id in (:ids)");
        var spec = jdbc.sql("select " + COLUMNS + " from contact " + where + " order by active desc, lower(name), id limit :limit")
                .param("w", page.wordStartPattern()).param("lw", page.laterWordStartPattern()).param("x", page.exactKey())
                .param("limit", page.size());
        if (accountIds != null) spec = spec.param("ids", accountIds);
        return spec.query(ROW).list();
    }

    Map<Long, Long> activeCountPerUnit(long accountId) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("select unit_id, count(*) from contact where account_id = :a and active = true group by unit_id")
                .param("a", accountId).query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    // --- handover: the relationships one colleague owns ---

    /** Contacts the user owns, every account. */
    List<ContactRow> ownedBy(long userId) {
        return jdbc.sql("select " + COLUMNS + " from contact where id in (select contact_id from contact_owner"
                        + " where user_id = :u) order by account_id, lower(name), id")
                .param("u", userId).query(ROW).list();
    }

    /** How many distinct colleagues own relationships with the active contacts of each account. */
    Map<Long, Long> activeOwnerCountPerAccount(Collection<Long> accountIds) {
        Map<Long, Long> out = new HashMap<>();
        if (accountIds.isEmpty()) return out;
        jdbc.sql("""
                select c.account_id, count(distinct o.user_id) from contact c
                  join contact_owner o on o.contact_id = c.id
                 where c.active = true and c.account_id in (:ids)
                 group by c.account_id""")
                .param("ids", accountIds).query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    /** Every colleague who owns a relationship, active or not (a leaver's relationships still need a new owner). */
    List<Long> ownerUserIds() {
        return jdbc.sql("select distinct user_id from contact_owner").query(Long.class).list();
    }

    /** {@code to} replaces {@code from} as owner of these contacts; where both owned one, {@code from} just goes. */
    int replaceOwner(Collection<Long> contactIds, long from, long to) {
        if (contactIds.isEmpty()) return 0;
        jdbc.sql("""
                delete from contact_owner where user_id = :from and contact_id in (:ids)
                   and contact_id in (select o.contact_id from contact_owner o where o.user_id = :to)""")
                .param("from", from).param("to", to).param("ids", contactIds).update();
        jdbc.sql("""
                update contact_owner set user_id = :to, version = version + 1, updated_at = :now, updated_by = :by
                 where user_id = :from and contact_id in (:ids)""")
                .param("from", from).param("to", to).param("ids", contactIds).param("now", Audit.now())
                .param("by", Audit.actor()).update();
        return contactIds.size();
    }

    // --- privacy ---

    List<ContactRow> reportingTo(long contactId) {
        return jdbc.sql("select " + COLUMNS + " from contact where reports_to_id = :id order by lower(name), id")
                .param("id", contactId).query(ROW).list();
    }

    /**
     * Anonymises the person: the name becomes "Erased contact #id", everything that identifies them is cleared, the
     * record goes inactive, nobody reports to them any more and they report to nobody, and no colleague owns them.
     */
    void erase(long contactId) {
        var now = Audit.now();
        jdbc.sql("""
                update contact set reports_to_id = null, version = version + 1, updated_at = :now, updated_by = :by
                 where reports_to_id = :id""")
                .param("id", contactId).param("now", now).param("by", Audit.actor()).update();
        jdbc.sql("""
                update contact set name = :name, title = null, email = null, phone = null, reports_to_id = null,
                       active = false, deactivated_at = coalesce(deactivated_at, :now), moved_to_organisation = null,
                       moved_to_account_id = null, moved_to_unit_id = null, moved_to_title = null, note = null,
                       version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id""")
                .param("name", "Erased contact #" + contactId).param("id", contactId).param("now", now)
                .param("by", Audit.actor()).update();
        jdbc.sql("delete from contact_owner where contact_id = :id").param("id", contactId).update();
    }

    List<ContactRow> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from contact where lower(email) = :e order by id")
                .param("e", email.toLowerCase(java.util.Locale.ROOT)).query(ROW).list();
    }

    Optional<ContactRow> findByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from contact where external_id = :e").param("e", externalId)
                .query(ROW).optional();
    }

    List<ContactRow> findByExternalIds(Collection<String> externalIds) {
        return jdbc.sql("select " + COLUMNS + " from contact where external_id = any(:e)")
                .param("e", app.prism.web.SqlArrays.varchars(externalIds))
                .query(ROW).list();
    }

    /** Contacts whose email, in lower case, is one of {@code lowerEmails}; oldest first. */
    List<ContactRow> findByEmails(Collection<String> lowerEmails) {
        return jdbc.sql("select " + COLUMNS + " from contact where lower(email) in (:e) order by id")
                .param("e", lowerEmails).query(ROW).list();
    }

    /** For each account, the units with an active contact in one of these buying roles. */
    Map<Long, List<Long>> unitsWithRoles(Collection<Long> accountIds, Collection<String> roles) {
        Map<Long, List<Long>> out = new HashMap<>();
        jdbc.sql("""
                select distinct account_id, unit_id from contact
                 where active = true and buying_role in (:roles) and account_id = any(:accounts)""")
                .param("roles", roles).param("accounts", app.prism.web.SqlArrays.bigints(accountIds))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> out
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return out;
    }

    /** A contact's new reporting line, at the version it was read. */
    record BossChange(long id, Long reportsToId, long expectedVersion, OffsetDateTime at) {}

    /** The reporting lines as one JDBC batch; false when any contact was not at its expected version. */
    boolean updateReportsTo(List<BossChange> changes, String by) {
        int[][] counts = template.batchUpdate("""
                update contact set reports_to_id = ?, version = version + 1, updated_at = ?, updated_by = ?
                 where id = ? and version = ?""", changes, changes.size(), (ps, c) -> {
            ps.setObject(1, c.reportsToId(), java.sql.Types.BIGINT);
            ps.setObject(2, c.at(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(3, by);
            ps.setLong(4, c.id());
            ps.setLong(5, c.expectedVersion());
        });
        for (int[] batch : counts) for (int n : batch) if (n != 1) return false;
        return true;
    }

    boolean externalIdTaken(String externalId, long exceptId) {
        return externalId != null && jdbc.sql("select count(*) from contact where external_id = :e and id <> :id")
                .param("e", externalId).param("id", exceptId).query(Long.class).single() > 0;
    }
}
