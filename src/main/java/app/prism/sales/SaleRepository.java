package app.prism.sales;

import app.prism.web.SqlConditions;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sale} table: batch inserts for imports and the paged, filtered list. */
@Repository
class SaleRepository {

    /** A line to insert, already resolved and checked. */
    record NewLine(long accountId, long unitId, long productId, LocalDate date, BigDecimal amount, BigDecimal cost) {}

    /** Filters of the sales list; nulls do not filter. {@code accountIds} null means every account. */
    record Filter(Long accountId, Long unitId, Long productId, LocalDate from, LocalDate to,
            Collection<Long> accountIds) {}

    private static final String INSERT = """
            insert into sale (account_id, unit_id, product_id, sale_date, amount, cost, version, created_at,
                              created_by, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    SaleRepository(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Inserts the lines as one JDBC batch (the caller's transaction decides whether they stay). */
    void insert(List<NewLine> lines, OffsetDateTime now, String by) {
        if (lines.isEmpty()) return;
        Timestamp at = Timestamp.from(now.toInstant());
        template.batchUpdate(INSERT, lines, lines.size(), (ps, line) -> {
            ps.setLong(1, line.accountId());
            ps.setLong(2, line.unitId());
            ps.setLong(3, line.productId());
            ps.setDate(4, Date.valueOf(line.date()));
            ps.setBigDecimal(5, line.amount());
            ps.setBigDecimal(6, line.cost());
            ps.setTimestamp(7, at);
            ps.setString(8, by);
            ps.setTimestamp(9, at);
            ps.setString(10, by);
        });
    }

    List<SaleView> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        var spec = jdbc.sql("""
                select id, account_id, unit_id, product_id, sale_date as date, amount, cost, created_at, created_by
                  from sale""" + where + " order by sale_date desc, id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset());
        return spec.query(SaleView.class).list();
    }

    long total(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from sale" + where).params(params).query(Long.class).single();
    }

    long countInUnit(long unitId) {
        return jdbc.sql("select count(*) from sale where unit_id = :u").param("u", unitId).query(Long.class).single();
    }

    private static String where(Filter f, Map<String, Object> params) {
        return new SqlConditions(params).accountsIn(f.accountIds())
                .add("account_id = :account", "account", f.accountId())
                .add("unit_id = :unit", "unit", f.unitId())
                .add("product_id = :product", "product", f.productId())
                .add("sale_date >= :from", "from", f.from())
                .add("sale_date <= :to", "to", f.to())
                .where();
    }

    /** Imported lines, tagged with their batch (the import) so that undo finds them in one statement. */
    void insertImported(long batchId, List<NewLine> lines, List<String> externalIds, OffsetDateTime now, String by) {
        if (lines.isEmpty()) return;
        Timestamp at = Timestamp.from(now.toInstant());
        List<Integer> index = java.util.stream.IntStream.range(0, lines.size()).boxed().toList();
        template.batchUpdate("""
                insert into sale (account_id, unit_id, product_id, sale_date, amount, cost, external_id, batch_id,
                                  version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", index, index.size(), (ps, i) -> {
            NewLine line = lines.get(i);
            ps.setLong(1, line.accountId());
            ps.setLong(2, line.unitId());
            ps.setLong(3, line.productId());
            ps.setDate(4, Date.valueOf(line.date()));
            ps.setBigDecimal(5, line.amount());
            ps.setBigDecimal(6, line.cost());
            ps.setString(7, externalIds.get(i));
            ps.setLong(8, batchId);
            ps.setTimestamp(9, at);
            ps.setString(10, by);
            ps.setTimestamp(11, at);
            ps.setString(12, by);
        });
    }

    List<SaleKey> keysOfAccount(long accountId) {
        return jdbc.sql("""
                select id, account_id, unit_id, product_id, sale_date as date, amount, cost, external_id, version
                  from sale where account_id = :a order by id""").param("a", accountId).query(SaleKey.class).list();
    }

    java.util.Optional<SaleKey> keyByExternalId(String externalId) {
        return jdbc.sql("""
                select id, account_id, unit_id, product_id, sale_date as date, amount, cost, external_id, version
                  from sale where external_id = :e""").param("e", externalId).query(SaleKey.class).optional();
    }

    List<SaleKey> keysByExternalIds(java.util.Collection<String> externalIds) {
        return jdbc.sql("""
                select id, account_id, unit_id, product_id, sale_date as date, amount, cost, external_id, version
                  from sale where external_id = any(:e)""").param("e", app.prism.web.SqlArrays.varchars(externalIds)).query(SaleKey.class).list();
    }

    java.util.Optional<SaleKey> keyById(long id) {
        return jdbc.sql("""
                select id, account_id, unit_id, product_id, sale_date as date, amount, cost, external_id, version
                  from sale where id = :id""").param("id", id).query(SaleKey.class).optional();
    }

    boolean update(long id, long expectedVersion, LocalDate date, BigDecimal amount, BigDecimal cost,
            String externalId) {
        return jdbc.sql("""
                update sale set sale_date = :d, amount = :amount, cost = :cost, external_id = :ext,
                       version = version + 1, updated_at = :now, updated_by = :by
                 where id = :id and version = :version""")
                .param("d", date).param("amount", amount).param("cost", cost).param("ext", externalId)
                .param("now", app.prism.web.Audit.now()).param("by", app.prism.web.Audit.actor())
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    long countOfBatch(long batchId) {
        return jdbc.sql("select count(*) from sale where batch_id = :b").param("b", batchId).query(Long.class).single();
    }

    long countChangedOfBatch(long batchId) {
        return jdbc.sql("select count(*) from sale where batch_id = :b and version <> 0").param("b", batchId)
                .query(Long.class).single();
    }

    long deleteBatch(long batchId) {
        return jdbc.sql("delete from sale where batch_id = :b").param("b", batchId).update();
    }
}
