package app.prism.sales;

import app.prism.web.Audit;
import app.prism.web.SqlConditions;
import app.prism.web.PageQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code opportunity} table. */
@Repository
class OpportunityRepository {

    /** Filters of the list; nulls do not filter. {@code accountIds} null means every account. */
    record Filter(Long accountId, Long unitId, Long productId, Stage stage, Collection<Long> accountIds) {}

    static final String COLUMNS = """
            id, account_id, unit_id, product_id, title, opp_value, stage, close_date, competitor, loss_reason,
            version, created_at, updated_at, external_id, owner_id, sales_stage, probability,
            (select s.probability from sales_stage s where s.name = opportunity.sales_stage) as stage_probability""";

    /** Reads {@link #COLUMNS} (a WON or LOST opportunity shows no sales stage nor probability). */
    static final org.springframework.jdbc.core.RowMapper<OpportunityView> ROW = (rs, n) -> {
        Stage stage = Stage.valueOf(rs.getString("stage"));
        boolean open = stage == Stage.OPEN;
        Integer own = (Integer) rs.getObject("probability", Integer.class);
        Integer ofStage = (Integer) rs.getObject("stage_probability", Integer.class);
        Integer probability = open ? WeightedValueRule.probability(own, ofStage) : null;
        java.math.BigDecimal value = rs.getBigDecimal("opp_value");
        String loss = rs.getString("loss_reason");
        return new OpportunityView(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("unit_id"),
                rs.getLong("product_id"), rs.getString("title"), value, stage,
                rs.getObject("close_date", java.time.LocalDate.class), rs.getString("competitor"),
                loss == null ? null : LossReason.valueOf(loss), rs.getLong("version"),
                rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getObject("updated_at", java.time.OffsetDateTime.class), rs.getString("external_id"),
                (Long) rs.getObject("owner_id", Long.class), open ? rs.getString("sales_stage") : null, probability,
                open && own != null, open ? WeightedValueRule.weighted(value, probability) : null);
    };

    private final JdbcClient jdbc;

    private final org.springframework.jdbc.core.JdbcTemplate template;

    OpportunityRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts new opportunities that already carry their ids ({@link app.prism.web.IdBlocks}) as one JDBC batch. */
    void insertAll(List<OpportunityView> rows, String by) {
        if (rows.isEmpty()) return;
        template.batchUpdate("""
                insert into opportunity (id, account_id, unit_id, product_id, title, opp_value, stage, close_date,
                                         competitor, loss_reason, external_id, owner_id, sales_stage, probability,
                                         version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", rows, rows.size(), (ps, o) -> {
            ps.setLong(1, o.id());
            ps.setLong(2, o.accountId());
            ps.setLong(3, o.unitId());
            ps.setLong(4, o.productId());
            ps.setString(5, o.title());
            ps.setBigDecimal(6, o.value());
            ps.setString(7, o.stage().name());
            ps.setObject(8, o.closeDate(), java.sql.Types.DATE);
            ps.setString(9, o.competitor());
            ps.setString(10, o.lossReason() == null ? null : o.lossReason().name());
            ps.setString(11, o.externalId());
            ps.setObject(12, o.ownerId(), java.sql.Types.BIGINT);
            ps.setString(13, o.salesStage());
            ps.setObject(14, o.ownProbability() ? o.probability() : null, java.sql.Types.INTEGER);
            ps.setObject(15, o.createdAt(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(16, by);
            ps.setObject(17, o.createdAt(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(18, by);
        });
    }

    Optional<OpportunityView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from opportunity where id = :id").param("id", id)
                .query(ROW).optional();
    }

    /** Open ones first (by expected close date), then closed ones, latest first. */
    List<OpportunityView> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select " + COLUMNS + " from opportunity" + where(filter, params) + " " + """
                order by case when stage = 'OPEN' then 0 else 1 end,
                         case when stage = 'OPEN' then close_date end asc,
                         close_date desc, id desc limit :limit offset :offset""")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
    }

    long total(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from opportunity" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    long insert(long accountId, long unitId, long productId, OpportunityView o) {
        return insert(accountId, unitId, productId, o, Audit.now());
    }

    long insert(long accountId, long unitId, long productId, OpportunityView o, java.time.OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into opportunity (account_id, unit_id, product_id, title, opp_value, stage, close_date,
                                         competitor, loss_reason, external_id, owner_id, sales_stage, probability,
                                         version, created_at, created_by, updated_at, updated_by)
                values (:a, :u, :p, :title, :value, :stage, :closeDate, :competitor, :lossReason, :ext, :owner,
                        :salesStage, :probability, 0, :now, :by, :now, :by)""")
                .param("owner", o.ownerId()).param("salesStage", o.salesStage())
                .param("probability", o.ownProbability() ? o.probability() : null)
                .param("ext", o.externalId())
                .param("a", accountId).param("u", unitId).param("p", productId).param("title", o.title())
                .param("value", o.value()).param("stage", o.stage().name()).param("closeDate", o.closeDate())
                .param("competitor", o.competitor())
                .param("lossReason", o.lossReason() == null ? null : o.lossReason().name())
                .param("now", now).param("by", Audit.actor()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(OpportunityView o, long expectedVersion) {
        return jdbc.sql("""
                update opportunity set title = :title, opp_value = :value, stage = :stage, close_date = :closeDate,
                       competitor = :competitor, loss_reason = :lossReason, external_id = :ext, owner_id = :owner,
                       sales_stage = :salesStage, probability = :probability, version = version + 1,
                       updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("title", o.title()).param("value", o.value()).param("stage", o.stage().name())
                .param("closeDate", o.closeDate()).param("competitor", o.competitor())
                .param("lossReason", o.lossReason() == null ? null : o.lossReason().name())
                .param("ext", o.externalId()).param("owner", o.ownerId()).param("salesStage", o.salesStage())
                .param("probability", o.ownProbability() ? o.probability() : null)
                .param("now", Audit.now()).param("by", Audit.actor()).param("id", o.id())
                .param("version", expectedVersion).update() == 1;
    }

    Optional<OpportunityView> findByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from opportunity where external_id = :e").param("e", externalId)
                .query(ROW).optional();
    }

    List<OpportunityView> findByExternalIds(java.util.Collection<String> externalIds) {
        return jdbc.sql("select " + COLUMNS + " from opportunity where external_id = any(:e)")
                .param("e", app.prism.web.SqlArrays.varchars(externalIds))
                .query(ROW).list();
    }

    boolean externalIdTaken(String externalId, long exceptId) {
        return externalId != null && jdbc.sql("select count(*) from opportunity where external_id = :e and id <> :id")
                .param("e", externalId).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** Every opportunity of the account, oldest first (an import matches natural keys in that order). */
    List<OpportunityView> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from opportunity where account_id = :a order by id")
                .param("a", accountId).query(ROW).list();
    }

    void delete(long id) {
        jdbc.sql("delete from opportunity where id = :id").param("id", id).update();
    }

    long countInUnit(long unitId) {
        return jdbc.sql("select count(*) from opportunity where unit_id = :u").param("u", unitId)
                .query(Long.class).single();
    }

    private static String where(Filter f, Map<String, Object> params) {
        return new SqlConditions(params).accountsIn(f.accountIds())
                .add("account_id = :account", "account", f.accountId())
                .add("unit_id = :unit", "unit", f.unitId())
                .add("product_id = :product", "product", f.productId())
                .add("stage = :stage", "stage", f.stage() == null ? null : f.stage().name())
                .where();
    }
}
