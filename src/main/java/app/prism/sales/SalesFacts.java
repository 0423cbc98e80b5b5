package app.prism.sales;

import app.prism.account.AccountService;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the matrix needs to know about each (unit, product) pair of an account, read in one set-based query: TTM
 * revenue, fit mark, open opportunity, opportunity lost in the TTM. Pairs with none of these are absent.
 */
@Service
public class SalesFacts {

    /** The facts of one pair; {@code ttmRevenue} is the sum of its sales in the window (credit notes included). */
    public record PairFacts(long unitId, long productId, BigDecimal ttmRevenue, boolean fitMark,
            boolean openOpportunity, boolean lostInWindow) {}

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final javax.sql.DataSource dataSource;
    /** Reads a large result a few thousand rows at a time (PostgreSQL does so only inside a transaction). */
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private volatile Boolean postgres;

    SalesFacts(JdbcClient jdbc, AccountService accounts, javax.sql.DataSource dataSource,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(5000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Every pair of the account that has sales in [from, to], a fit mark, an open opportunity or a loss in [from, to]. */
    public List<PairFacts> pairFacts(long accountId, LocalDate from, LocalDate to) {
        accounts.requireVisible(accountId);
        return jdbc.sql("""
                select f.unit_id, f.product_id, sum(f.revenue) as ttm_revenue, max(f.fit) as fit_mark,
                       max(f.open_opp) as open_opportunity, max(f.lost) as lost_in_window
                  from (select s.unit_id, s.product_id, sum(s.amount) as revenue, 0 as fit, 0 as open_opp, 0 as lost
                          from sale s
                         where s.account_id = :account and s.sale_date between :from and :to
                         group by s.unit_id, s.product_id
                        union all
                        select m.unit_id, m.product_id, 0, 1, 0, 0 from fit_mark m where m.account_id = :account
                        union all
                        select o.unit_id, o.product_id, 0, 0,
                               case when o.stage = 'OPEN' then 1 else 0 end,
                               case when o.stage = 'LOST' and o.close_date between :from and :to then 1 else 0 end
                          from opportunity o
                         where o.account_id = :account and o.stage in ('OPEN', 'LOST')) f
                 group by f.unit_id, f.product_id""")
                .param("account", accountId).param("from", from).param("to", to)
                .query((rs, n) -> new PairFacts(rs.getLong(1), rs.getLong(2), money(rs.getBigDecimal(3)),
                        rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getInt(6) == 1))
                .list();
    }

    /**
     * Receives the facts of an account's pairs one call at a time, so that a large account's ~100,000 pairs cost no
     * object each. A pair may be reported by several calls (its revenue, a fit mark, an opportunity), in any order.
     */
    public interface PairSink {

        /**
         * Sales of the pair in the window worth {@code cents} / 100, exactly (credit notes negative). A pair's revenue
         * may come in several calls, one per sales line: the sink adds them up.
         */
        void ttmRevenue(long unitId, long productId, long cents);

        void fitMark(long unitId, long productId);

        void openOpportunity(long unitId, long productId);

        /** An opportunity of the pair was LOST with its close date in the window. */
        void lostInWindow(long unitId, long productId);

        /**
         * The pair's potential in cents ({@code -1} when none is set) and its competitor (null when none), where the
         * cell carries either (PRODUCT.md section 4, share of wallet).
         */
        default void cellPotential(long unitId, long productId, long potentialCents, String competitor) {}
    }

    /**
     * The same facts as {@link #pairFacts(long, LocalDate, LocalDate)}, handed to {@code sink} as whole cents (exact:
     * money has two decimals), then the fit marks, the open or lost opportunities and the cells' potentials and competitors from three
     * small queries.
     *
     * <p>On PostgreSQL the window's sales lines themselves are streamed (the sink adds up a pair's lines): its hash
     * aggregate over numeric sums is slower than reading the lines (measured in docs/benchmarks.md), and the plan is
     * made for this call's dates, never the generic plan of a reused statement, which walks the index row by row.
     * H2, which would hold the whole result in memory first, sums per pair itself.
     */
    public void pairFacts(long accountId, LocalDate from, LocalDate to, PairSink sink) {
        accounts.requireVisible(accountId);
        readOnly.executeWithoutResult(status -> {
            if (isPostgres()) {
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
                streaming.query("""
                        select s.unit_id, s.product_id, cast(s.amount * 100 as bigint) from sale s
                         where s.account_id = ? and s.sale_date between ? and ?""",
                        (RowCallbackHandler) rs -> sink.ttmRevenue(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                        accountId, from, to);
            } else {
                jdbc.sql("""
                        select s.unit_id, s.product_id, cast(sum(s.amount) * 100 as bigint) from sale s
                         where s.account_id = :account and s.sale_date between :from and :to
                         group by s.unit_id, s.product_id""")
                        .param("account", accountId).param("from", from).param("to", to)
                        .query((RowCallbackHandler) rs -> sink.ttmRevenue(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
            jdbc.sql("select m.unit_id, m.product_id from fit_mark m where m.account_id = :account")
                    .param("account", accountId)
                    .query((RowCallbackHandler) rs -> sink.fitMark(rs.getLong(1), rs.getLong(2)));
            jdbc.sql("""
                    select o.unit_id, o.product_id, o.stage from opportunity o
                     where o.account_id = :account
                       and (o.stage = 'OPEN' or (o.stage = 'LOST' and o.close_date between :from and :to))""")
                    .param("account", accountId).param("from", from).param("to", to)
                    .query((RowCallbackHandler) rs -> {
                        if ("OPEN".equals(rs.getString(3))) sink.openOpportunity(rs.getLong(1), rs.getLong(2));
                        else sink.lostInWindow(rs.getLong(1), rs.getLong(2));
                    });
            jdbc.sql("""
                    select c.unit_id, c.product_id, cast(c.potential * 100 as bigint), c.competitor
                      from cell_potential c where c.account_id = :account""")
                    .param("account", accountId)
                    .query((RowCallbackHandler) rs -> {
                        long cents = rs.getLong(3);
                        if (rs.wasNull()) cents = -1;
                        sink.cellPotential(rs.getLong(1), rs.getLong(2), cents, rs.getString(4));
                    });
        });
    }

    /** Receives the TTM sales of several accounts, line by line or pair by pair (the sink adds up), then fit marks. */
    public interface AccountPairSink {

        void ttmRevenue(long accountId, long unitId, long productId, long cents);

        void fitMark(long accountId, long unitId, long productId);
    }

    /**
     * The window's sales of the accounts given (of every account when {@code accountIds} is empty), of the products given
     * (of every product when {@code productIds} is null), as whole cents, and those accounts' fit marks: the input of
     * figures made of every account's data (the whitespace medians, how many comparable units buy a product), read for
     * the accounts whose data changed. Not access-checked: what is made of it is an aggregate over all accounts, which
     * reveals no account's own figures.
     */
    public void ttmPairsOfAccounts(Collection<Long> accountIds, Collection<Long> productIds, LocalDate from,
            LocalDate to, AccountPairSink sink) {
        if (productIds != null && productIds.isEmpty()) return;
        String where = " where s.sale_date between :from and :to"
                + (accountIds.isEmpty() ? "" : " and s.account_id in (:accounts)")
                + (productIds == null ? "" : " and s.product_id in (:products)");
        readOnly.executeWithoutResult(status -> {
            boolean pg = isPostgres();
            if (pg) jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            var lines = pg
                    ? jdbc.sql("select s.account_id, s.unit_id, s.product_id, cast(s.amount * 100 as bigint) from sale s"
                            + where)
                    : jdbc.sql("select s.account_id, s.unit_id, s.product_id, cast(sum(s.amount) * 100 as bigint)"
                            + " from sale s" + where + " group by s.account_id, s.unit_id, s.product_id");
            lines = lines.param("from", from).param("to", to);
            if (!accountIds.isEmpty()) lines = lines.param("accounts", accountIds);
            if (productIds != null) lines = lines.param("products", productIds);
            lines.withFetchSize(5000).query((RowCallbackHandler) rs ->
                    sink.ttmRevenue(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            var marks = jdbc.sql("select m.account_id, m.unit_id, m.product_id from fit_mark m"
                    + (accountIds.isEmpty() ? "" : " where m.account_id in (:accounts)"));
            if (!accountIds.isEmpty()) marks = marks.param("accounts", accountIds);
            marks.query((RowCallbackHandler) rs -> sink.fitMark(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        });
    }

    /**
     * The revenue over [from, to] of the accounts given (of every account when empty), credit notes included, as whole
     * cents; accounts without a line in the window are absent. Not access-checked, as {@link #ttmPairsOfAccounts}.
     */
    public Map<Long, Long> revenueCentsOfAccounts(Collection<Long> accountIds, LocalDate from, LocalDate to) {
        Map<Long, Long> out = new HashMap<>();
        var query = jdbc.sql("select s.account_id, cast(sum(s.amount) * 100 as bigint) from sale s"
                + " where s.sale_date between :from and :to"
                + (accountIds.isEmpty() ? "" : " and s.account_id in (:accounts)") + " group by s.account_id")
                .param("from", from).param("to", to);
        if (!accountIds.isEmpty()) query = query.param("accounts", accountIds);
        query.query((RowCallbackHandler) rs -> out.put(rs.getLong(1), rs.getLong(2)));
        return out;
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                known = false; // then the portable aggregate, which is right on every database
            }
            postgres = known;
        }
        return known;
    }

    /**
     * For each product: the window revenue of every buying unit (of any account) — its sum of that product is above
     * zero and the pair has no fit mark, which would make it NOT_APPLICABLE rather than BUYING — the input of the
     * whitespace median. An aggregate over all accounts: it reveals no account's own figures.
     */
    public Map<Long, List<BigDecimal>> buyingUnitRevenues(Collection<Long> productIds, LocalDate from, LocalDate to) {
        Map<Long, List<BigDecimal>> out = new HashMap<>();
        if (productIds.isEmpty()) return out;
        jdbc.sql("""
                select g.product_id, g.revenue from (
                    select s.product_id, s.unit_id, sum(s.amount) as revenue from sale s
                     where s.product_id in (:products) and s.sale_date between :from and :to
                     group by s.product_id, s.unit_id
                    having sum(s.amount) > 0) g
                 where not exists (select 1 from fit_mark f where f.unit_id = g.unit_id and f.product_id = g.product_id)""")
                .param("products", productIds).param("from", from).param("to", to)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(money(rs.getBigDecimal(2))))
                .list();
        return out;
    }

    /**
     * The revenue of every account the user may see over [from, to], both included (credit notes count): one query over
     * all accounts, for the portfolio. Accounts without sales in the period are absent.
     */
    public Map<Long, BigDecimal> revenueByAccount(LocalDate from, LocalDate to) {
        java.util.Optional<java.util.Set<Long>> visible = accounts.visibleAccountIds();
        Map<Long, BigDecimal> out = new HashMap<>();
        if (visible.isPresent() && visible.get().isEmpty()) return out;
        var query = jdbc.sql("""
                select account_id, sum(amount) from sale
                 where sale_date between :from and :to""" + (visible.isPresent() ? " and account_id in (:accounts)" : "")
                + " group by account_id")
                .param("from", from).param("to", to);
        if (visible.isPresent()) query = query.param("accounts", visible.get());
        query.query((rs, n) -> out.put(rs.getLong(1), money(rs.getBigDecimal(2)))).list();
        return out;
    }

    /** The account's revenue over [from, to], both included (credit notes count); zero without sales. */
    public BigDecimal accountRevenue(long accountId, LocalDate from, LocalDate to) {
        accounts.requireVisible(accountId);
        return money(jdbc.sql("""
                select sum(amount) from sale where account_id = :account and sale_date between :from and :to""")
                .param("account", accountId).param("from", from).param("to", to)
                .query((rs, n) -> rs.getBigDecimal(1)).list().get(0));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** One sales line of a pair's history. */
    public record SaleLine(long unitId, LocalDate date, BigDecimal amount, BigDecimal cost) {}

    /** One opportunity of a pair. */
    public record OpportunityLine(long id, long unitId, String title, BigDecimal value, String stage, LocalDate closeDate,
            String competitor, String lossReason) {}

    /** The latest sales lines of a product in the given units of an account, newest first. */
    public List<SaleLine> salesHistory(long accountId, Collection<Long> unitIds, long productId, int limit) {
        accounts.requireVisible(accountId);
        if (unitIds.isEmpty()) return List.of();
        return jdbc.sql("""
                select unit_id, sale_date, amount, cost from sale
                 where account_id = :account and unit_id in (:units) and product_id = :product
                 order by sale_date desc, id desc limit :limit""")
                .param("account", accountId).param("units", unitIds).param("product", productId).param("limit", limit)
                .query((rs, n) -> new SaleLine(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getBigDecimal(4))).list();
    }

    public List<OpportunityLine> opportunities(long accountId, Collection<Long> unitIds, long productId) {
        accounts.requireVisible(accountId);
        if (unitIds.isEmpty()) return List.of();
        return jdbc.sql("""
                select id, unit_id, title, opp_value, stage, close_date, competitor, loss_reason from opportunity
                 where account_id = :account and unit_id in (:units) and product_id = :product
                 order by case stage when 'OPEN' then 0 else 1 end, close_date desc, id desc""")
                .param("account", accountId).param("units", unitIds).param("product", productId)
                .query((rs, n) -> new OpportunityLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8))).list();
    }

    /** An order lost only because the customer did not know we offer the product. */
    public record UnawareLoss(long opportunityId, long unitId, long productId, String title, BigDecimal value,
            LocalDate closeDate, String competitor) {}

    /** The account's opportunities LOST with reason UNAWARE_WE_OFFER_IT, newest first. */
    public List<UnawareLoss> lostBecauseUnaware(long accountId) {
        accounts.requireVisible(accountId);
        return jdbc.sql("""
                select id, unit_id, product_id, title, opp_value, close_date, competitor from opportunity
                 where account_id = :account and stage = 'LOST' and loss_reason = 'UNAWARE_WE_OFFER_IT'
                 order by close_date desc, id desc""")
                .param("account", accountId)
                .query((rs, n) -> new UnawareLoss(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }

    /** An order lost because the customer was unaware we offer the product, with its account. */
    public record UnawareLossOfAccount(long opportunityId, long accountId, long unitId, long productId, String title,
            BigDecimal value, LocalDate closeDate, String competitor) {}

    /**
     * Opportunities LOST with reason UNAWARE_WE_OFFER_IT closed in [from, to], over the accounts the signed-in user may
     * see, newest first.
     */
    public List<UnawareLossOfAccount> lostBecauseUnaware(LocalDate from, LocalDate to) {
        var visible = accounts.visibleAccountIds();
        if (visible.isPresent() && visible.get().isEmpty()) return List.of();
        var spec = jdbc.sql("""
                select id, account_id, unit_id, product_id, title, opp_value, close_date, competitor from opportunity
                 where stage = 'LOST' and loss_reason = 'UNAWARE_WE_OFFER_IT' and close_date between :from and :to"""
                + (visible.isPresent() ? " and account_id in (:ids)" : "") + " order by close_date desc, id desc")
                .param("from", from).param("to", to);
        if (visible.isPresent()) spec = spec.param("ids", visible.get());
        return spec.query((rs, n) -> new UnawareLossOfAccount(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class),
                rs.getString(8))).list();
    }

    /**
     * The sums of an account's sales dated in [from, to]: all of them, and over the lines that carry a cost, their amount
     * and their cost (the input of gross margin).
     */
    public record PeriodSums(BigDecimal revenue, BigDecimal amountWithCost, BigDecimal cost, long linesWithCost) {}

    public PeriodSums periodSums(long accountId, LocalDate from, LocalDate to) {
        accounts.requireVisible(accountId);
        return jdbc.sql("""
                select coalesce(sum(amount), 0), coalesce(sum(case when cost is not null then amount end), 0),
                       coalesce(sum(cost), 0), count(cost)
                  from sale where account_id = :a and sale_date between :from and :to""")
                .param("a", accountId).param("from", from).param("to", to)
                .query((rs, n) -> new PeriodSums(money(rs.getBigDecimal(1)), money(rs.getBigDecimal(2)),
                        money(rs.getBigDecimal(3)), rs.getLong(4))).single();
    }

    /** {@link PeriodSums} of every calendar year with sales on or before {@code upTo}, oldest first. */
    public Map<Integer, PeriodSums> yearlySums(long accountId, LocalDate upTo) {
        accounts.requireVisible(accountId);
        Map<Integer, PeriodSums> out = new java.util.TreeMap<>();
        jdbc.sql("""
                select extract(year from sale_date) as sale_year, coalesce(sum(amount), 0),
                       coalesce(sum(case when cost is not null then amount end), 0), coalesce(sum(cost), 0), count(cost)
                  from sale where account_id = :a and sale_date <= :upTo
                 group by extract(year from sale_date)""")
                .param("a", accountId).param("upTo", upTo)
                .query((rs, n) -> out.put(rs.getInt(1), new PeriodSums(money(rs.getBigDecimal(2)),
                        money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4)), rs.getLong(5)))).list();
        return out;
    }

    /** The (unit, product) pairs of the account whose sales dated in [from, to] sum above zero, as "unit:product". */
    public java.util.Set<String> pairsBuying(long accountId, LocalDate from, LocalDate to) {
        accounts.requireVisible(accountId);
        return new java.util.HashSet<>(jdbc.sql("""
                select unit_id, product_id from sale where account_id = :a and sale_date between :from and :to
                 group by unit_id, product_id having sum(amount) > 0""")
                .param("a", accountId).param("from", from).param("to", to)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2)).list());
    }

    /**
     * Every (unit, product) pair of every account whose sales dated in [from, to] sum above zero, as unit id → product
     * ids. For aggregates across accounts ("7 of 9 comparable sites buy it"): callers must not show whose they are.
     */
    public Map<Long, java.util.Set<Long>> buyingPairsOfAllAccounts(LocalDate from, LocalDate to) {
        Map<Long, java.util.Set<Long>> out = new HashMap<>();
        jdbc.sql("""
                select unit_id, product_id from sale where sale_date between :from and :to
                 group by unit_id, product_id having sum(amount) > 0""")
                .param("from", from).param("to", to)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2)))
                .list();
        return out;
    }

    /** A sales line for an export. */
    public record ExportLine(long unitId, long productId, LocalDate date, BigDecimal amount, BigDecimal cost) {}

    /** Streams every sales line of the account, oldest first, without holding them in memory. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void forEachSale(long accountId, java.util.function.Consumer<ExportLine> consumer) {
        accounts.requireVisible(accountId);
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(2000);
        template.query("select unit_id, product_id, sale_date, amount, cost from sale where account_id = ? order by sale_date, id",
                rs -> {
                    consumer.accept(new ExportLine(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getBigDecimal(4), rs.getBigDecimal(5)));
                }, accountId);
    }

    /** Receives every account's history in one pass: sales lines, fit marks, opportunities. */
    public interface HistorySink {

        /**
         * One sales line of the pair dated {@code day} (epoch day), in whole cents (a credit note negative); a day may
         * bring several lines of one pair, which the sink adds up.
         */
        void sale(long accountId, long unitId, long productId, long epochDay, long cents);

        void fitMark(long accountId, long unitId, long productId);

        /**
         * An opportunity as it stands now: {@code stage} OPEN, WON or LOST; {@code closeDay} its close date (epoch day,
         * {@link Long#MIN_VALUE} when unset); {@code createdDay} the day it was recorded.
         */
        void opportunity(long accountId, long unitId, long productId, String stage, long closeDay, long createdDay);
    }

    /**
     * The whole sales history of every account, read in one pass (three set-based queries), for the back-test of
     * cross-sell suggestions: what the matrix of any account would have shown at any past date. Not access-checked: the
     * caller shows each account's own figures only to those who may see it; what is made of the others is an aggregate.
     */
    public void allHistory(HistorySink sink) {
        readOnly.executeWithoutResult(status -> {
            // every line as it is (amounts have two decimals, so each is whole cents): the sink adds up a day's lines,
            // which spares the database a hash aggregate over every sale
            jdbc.sql("""
                    select s.account_id, s.unit_id, s.product_id, s.sale_date, cast(s.amount * 100 as bigint)
                      from sale s""")
                    .withFetchSize(5000)
                    .query((RowCallbackHandler) rs -> sink.sale(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            rs.getObject(4, LocalDate.class).toEpochDay(), rs.getLong(5)));
            jdbc.sql("select m.account_id, m.unit_id, m.product_id from fit_mark m")
                    .query((RowCallbackHandler) rs -> sink.fitMark(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            jdbc.sql("select o.account_id, o.unit_id, o.product_id, o.stage, o.close_date, o.created_at from opportunity o")
                    .query((RowCallbackHandler) rs -> {
                        LocalDate close = rs.getObject(5, LocalDate.class);
                        java.time.OffsetDateTime created = rs.getObject(6, java.time.OffsetDateTime.class);
                        sink.opportunity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                close == null ? Long.MIN_VALUE : close.toEpochDay(),
                                created.atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate().toEpochDay());
                    });
        });
    }
}
