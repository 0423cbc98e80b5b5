package app.prism.exposure;

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

/** The {@code touchpoint} table and its two link tables. */
@Repository
class TouchpointRepository {

    /** Filters of the list; nulls do not filter. {@code accountIds} null means every account. */
    record Filter(Long accountId, Collection<Long> contactIds, Long productId, LocalDate from, LocalDate to,
            Collection<Long> accountIds) {}

    record Row(long id, long accountId, LocalDate date, Channel channel, String note, long userId, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, String externalId) {}

    private static final String COLUMNS = """
            t.id, t.account_id, t.touched_on as "date", t.channel, t.note, t.user_id, t.version, t.created_at,
            t.updated_at, t.external_id""";

    private final JdbcClient jdbc;

    TouchpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from touchpoint t where t.id = :id").param("id", id)
                .query(Row.class).optional();
    }

    /** Latest first. */
    List<Row> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from touchpoint t" + where(filter, params)
                        + " order by t.touched_on desc, t.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(Row.class).list();
    }

    long total(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from touchpoint t" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    Map<Long, List<Long>> contactsOf(Collection<Long> touchpointIds) {
        return links("select touchpoint_id, contact_id from touchpoint_contact where touchpoint_id in (:ids)"
                + " order by touchpoint_id, contact_id", touchpointIds);
    }

    Map<Long, List<Long>> productsOf(Collection<Long> touchpointIds) {
        return links("select touchpoint_id, product_id from touchpoint_product where touchpoint_id in (:ids)"
                + " order by touchpoint_id, product_id", touchpointIds);
    }

    private Map<Long, List<Long>> links(String sql, Collection<Long> ids) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(rs.getLong(2))).list();
        return out;
    }

    long insert(long accountId, LocalDate date, Channel channel, String note, long userId) {
        return insert(accountId, date, channel, note, userId, null);
    }

    Optional<Row> findByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from touchpoint t where t.external_id = :e").param("e", externalId)
                .query(Row.class).optional();
    }

    long insert(long accountId, LocalDate date, Channel channel, String note, long userId, String externalId) {
        var keys = new GeneratedKeyHolder();
        var now = Audit.now();
        jdbc.sql("""
                insert into touchpoint (account_id, touched_on, channel, note, user_id, external_id, version, created_at,
                                        created_by, updated_at, updated_by)
                values (:a, :date, :channel, :note, :user, :ext, 0, :now, :by, :now, :by)""")
                .param("ext", externalId)
                .param("a", accountId).param("date", date).param("channel", channel.name()).param("note", note)
                .param("user", userId).param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, LocalDate date, Channel channel, String note, long expectedVersion) {
        return jdbc.sql("""
                update touchpoint set touched_on = :date, channel = :channel, note = :note, version = version + 1,
                       updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("date", date).param("channel", channel.name()).param("note", note).param("now", Audit.now())
                .param("by", Audit.actor()).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void replaceLinks(long id, Collection<Long> contactIds, Collection<Long> productIds) {
        jdbc.sql("delete from touchpoint_contact where touchpoint_id = :id").param("id", id).update();
        jdbc.sql("delete from touchpoint_product where touchpoint_id = :id").param("id", id).update();
        for (Long c : contactIds) {
            jdbc.sql("insert into touchpoint_contact (touchpoint_id, contact_id) values (:id, :c)")
                    .param("id", id).param("c", c).update();
        }
        for (Long p : productIds) {
            jdbc.sql("insert into touchpoint_product (touchpoint_id, product_id) values (:id, :p)")
                    .param("id", id).param("p", p).update();
        }
    }

    void delete(long id) {
        jdbc.sql("delete from touchpoint_contact where touchpoint_id = :id").param("id", id).update();
        jdbc.sql("delete from touchpoint_product where touchpoint_id = :id").param("id", id).update();
        jdbc.sql("delete from touchpoint where id = :id").param("id", id).update();
    }

    /** The touchpoints the contact took part in, newest first. */
    List<Row> ofContact(long contactId) {
        return jdbc.sql("select " + COLUMNS + " from touchpoint t join touchpoint_contact tc on tc.touchpoint_id = t.id"
                        + " where tc.contact_id = :c order by t.touched_on desc, t.id desc")
                .param("c", contactId).query(Row.class).list();
    }

    /** Replaces the text in the notes of these touchpoints (case as written); returns how many notes changed. */
    int replaceInNotes(Collection<Long> touchpointIds, String text, String replacement) {
        if (touchpointIds.isEmpty() || text == null || text.isBlank()) return 0;
        return jdbc.sql("""
                update touchpoint set note = replace(note, :text, :replacement), version = version + 1,
                       updated_at = :now, updated_by = :by
                 where id in (:ids) and note like :pattern""")
                .param("text", text).param("replacement", replacement).param("ids", touchpointIds)
                .param("pattern", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("now", Audit.now()).param("by", Audit.actor()).update();
    }

    long countForContact(long contactId) {
        return jdbc.sql("select count(*) from touchpoint_contact where contact_id = :c").param("c", contactId)
                .query(Long.class).single();
    }

    /**
     * Every distinct (contact, product, day) exposure of the account's touchpoints dated on or before {@code asOf},
     * in one query: the input of the gap rule and of awareness at any earlier date.
     */
    List<GapRule.Exposure> exposures(long accountId, LocalDate asOf) {
        return jdbc.sql("""
                select distinct tc.contact_id, tp.product_id, t.touched_on
                  from touchpoint t
                  join touchpoint_contact tc on tc.touchpoint_id = t.id
                  join touchpoint_product tp on tp.touchpoint_id = t.id
                 where t.account_id = :a and t.touched_on <= :asOf""")
                .param("a", accountId).param("asOf", asOf)
                .query((rs, n) -> new GapRule.Exposure(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The last day each of the contacts heard about the product, on or before {@code asOf}. */
    Map<Long, LocalDate> lastExposedOn(Collection<Long> contactIds, long productId, LocalDate asOf) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (contactIds.isEmpty()) return out;
        jdbc.sql("""
                select tc.contact_id, max(t.touched_on)
                  from touchpoint t
                  join touchpoint_contact tc on tc.touchpoint_id = t.id
                  join touchpoint_product tp on tp.touchpoint_id = t.id
                 where tc.contact_id in (:contacts) and tp.product_id = :p and t.touched_on <= :asOf
                 group by tc.contact_id""")
                .param("contacts", contactIds).param("p", productId).param("asOf", asOf)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return out;
    }

    /** The last touchpoint with any of the contacts, on or before {@code asOf}, by contact. */
    Map<Long, LocalDate> lastTouchedOn(Collection<Long> contactIds, LocalDate asOf) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (contactIds.isEmpty()) return out;
        jdbc.sql("""
                select tc.contact_id, max(t.touched_on)
                  from touchpoint t
                  join touchpoint_contact tc on tc.touchpoint_id = t.id
                 where tc.contact_id in (:contacts) and t.touched_on <= :asOf
                 group by tc.contact_id""")
                .param("contacts", contactIds).param("asOf", asOf)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return out;
    }

    private static String where(Filter f, Map<String, Object> params) {
        var c = new SqlConditions(params).accountsIn(f.accountIds())
                .add("t.account_id = :account", "account", f.accountId())
                .add("t.touched_on >= :from", "from", f.from())
                .add("t.touched_on <= :to", "to", f.to())
                .add("exists (select 1 from touchpoint_product p where p.touchpoint_id = t.id and p.product_id = :product)",
                        "product", f.productId());
        if (f.contactIds() != null) {
            c.add("exists (select 1 from touchpoint_contact x where x.touchpoint_id = t.id and x.contact_id in (:contacts))",
                    "contacts", f.contactIds().isEmpty() ? List.of(-1L) : f.contactIds());
        }
        return c.where();
    }
}
