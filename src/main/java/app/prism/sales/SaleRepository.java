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
}
