package app.prism.sales;

import app.prism.account.AccountService;
import app.prism.web.SqlConditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures behind the pipeline and its forecast, each one set-based query over the opportunities (and the sales
 * lines for the revenue booked) the signed-in user may see: a MEMBER only their teams' accounts, in the SQL.
 */
@Service
public class PipelineFacts {

    /**
     * What to look at; nulls do not filter. {@code accountIds} narrows further (a portfolio segment's accounts), null
     * meaning no narrowing.
     */
    public record Filter(Long ownerId, Long accountId, Long productId, Collection<Long> accountIds) {}

    /**
     * The OPEN or WON opportunities of one sales stage and month of their (expected) close date; {@code overdue} OPEN
     * ones are those expected before today. {@code weighted} sums each one's weighted value ({@link WeightedValueRule}).
     */
    public record Cell(Stage stage, String salesStage, YearMonth month, boolean overdue, long count, BigDecimal value,
            BigDecimal weighted) {}

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final app.prism.web.DataRevision revision;
    private final SalesStageService stages;

    /**
     * The aggregates of the last few questions, under the data revisions they were read at: every write to an
     * opportunity, a sale or the stages moves a revision (database-wide or the account's), so an entry whose key no
     * longer matches is never read again, on this instance or any other. The key holds the accounts the user may see.
     */
    private final Map<List<Object>, Figures> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Figures> eldest) {
                    return size() > 64;
                }
            });

    PipelineFacts(JdbcClient jdbc, AccountService accounts, app.prism.web.DataRevision revision,
            SalesStageService stages) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.revision = revision;
        this.stages = stages;
    }

    /** Both revisions in one read: the database-wide one and the sum of every account's (they only grow). */
    private List<Object> revisions() {
        return jdbc.sql("""
                select d.revision, (select coalesce(sum(r.revision), 0) from account_revision r)
                  from data_revision d where d.id = 1""")
                .query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getLong(2))).single();
    }

    private Figures remembered(Filter filter, Collection<Long> visible, LocalDate from, LocalDate to,
            LocalDate today, java.util.function.Supplier<Figures> read) {
        if (revision.writtenInThisTransaction()) return read.get();
        List<Object> key = java.util.Arrays.asList(filter.ownerId(), filter.accountId(), filter.productId(),
                visible == null ? null : new java.util.TreeSet<>(visible), from, to, today, revisions());
        Figures hit = recent.get(key);
        if (hit != null) return hit;
        Figures value = read.get();
        recent.put(key, value);
        return value;
    }

    /**
     * The figures of one question, remembered together under one read of the revisions: the aggregate
     * ({@link #readCells}: OPEN opportunities expected to close from … to (from today on), OPEN ones overdue (expected
     * before today, any date), and WON ones closed from … to, by status, sales stage, month and overdue), the revenue
     * booked per month from … to ({@link #readBooked}) and the installation's sales stages in their order (a change of
     * the stages moves the database-wide revision).
     */
    public record Figures(List<Cell> cells, Map<YearMonth, BigDecimal> booked, List<SalesStage> stages) {}

    /**
     * What the pipeline shows for one question: its {@link Figures}, a page of the OPEN opportunities counted in
     * from … to (expected from today on) in the order asked, and the first {@code overdueListed} of those expected
     * before today, the longest overdue first. The accounts the user may see are looked up once for all of it.
     */
    public record Answer(Figures figures, List<OpportunityView> page, List<OpportunityView> overdue) {}

    public Answer answer(Filter filter, LocalDate from, LocalDate to, LocalDate today, Sort sort, int offset,
            int limit, int overdueListed) {
        Collection<Long> visible = visible(filter);
        Figures figures = remembered(filter, visible, from, to, today, () -> new Figures(
                List.copyOf(readCells(filter, visible, from, to, today)),
                java.util.Collections.unmodifiableMap(readBooked(filter, visible, from, to)),
                List.copyOf(stages.salesStages())));
        return new Answer(figures, openOpportunities(filter, visible, from, to, today, false, sort, offset, limit),
                openOpportunities(filter, visible, from, to, today, true, Sort.CLOSE_DATE, 0, overdueListed));
    }

    private List<Cell> readCells(Filter filter, Collection<Long> visible, LocalDate from, LocalDate to,
            LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, visible, params, "o.");
        params.put("from", from);
        params.put("to", to);
        params.put("today", today);
        return jdbc.sql("""
                select x.stage, x.sales_stage, x.y, x.m, x.overdue, count(*) as n, coalesce(sum(x.v), 0) as v,
                       coalesce(sum(x.w), 0) as w
                  from (select o.stage, o.sales_stage, extract(year from o.close_date) as y,
                               extract(month from o.close_date) as m,
                               case when o.stage = 'OPEN' and o.close_date < :today then 1 else 0 end as overdue,
                               o.opp_value as v,
                               (cast(o.opp_value * 100 as bigint) * coalesce(o.probability, s.probability) + 50)
                                   / 100 as w
                          from opportunity o left join sales_stage s on s.name = o.sales_stage
                """ + where + (where.isEmpty() ? " where " : " and ") + """
                           o.close_date is not null
                           and ((o.stage = 'OPEN' and (o.close_date < :today or o.close_date between :from and :to))
                             or (o.stage = 'WON' and o.close_date between :from and :to))) x
                 group by x.stage, x.sales_stage, x.y, x.m, x.overdue""")
                .params(params)
                .query((rs, n) -> new Cell(Stage.valueOf(rs.getString("stage")),
                        rs.getString("stage").equals("OPEN") ? rs.getString("sales_stage") : null,
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getInt("overdue") == 1, rs.getLong("n"),
                        rs.getBigDecimal("v").setScale(2),
                        BigDecimal.valueOf(rs.getLong("w"), 2)))
                .list();
    }

    /** How the pipeline's opportunities can be sorted. */
    public enum Sort {
        // stage is 'OPEN' in every row listed: naming it lets H2 read ix_opportunity_stage_close_id in this order and
        // stop at the page's end (on "close_date, id" alone it read and sorted every OPEN opportunity of the period)
        CLOSE_DATE("stage, close_date, id"), VALUE("opp_value desc nulls last, id"),
        WEIGHTED("(opp_value * coalesce(probability, (select s.probability from sales_stage s"
                + " where s.name = opportunity.sales_stage))) desc nulls last, id"),
        TITLE("lower(title), id"), PROBABILITY("coalesce(probability, (select s.probability from sales_stage s"
                + " where s.name = opportunity.sales_stage)) desc, close_date, id"),
        STAGE("(select s.position from sales_stage s where s.name = opportunity.sales_stage), close_date, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * The OPEN opportunities counted in from … to (expected from today on), or ({@code overdue}) those expected before
     * today, in the order asked, a page at a time.
     */
    private List<OpportunityView> openOpportunities(Filter filter, Collection<Long> visible, LocalDate from,
            LocalDate to, LocalDate today, boolean overdue, Sort sort, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, visible, params, "");
        params.put("today", today);
        if (!overdue) {
            params.put("from", from);
            params.put("to", to);
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + OpportunityRepository.COLUMNS + " from opportunity" + where
                + (where.isEmpty() ? " where " : " and ") + "stage = 'OPEN' and close_date is not null and "
                + (overdue ? "close_date < :today" : "close_date >= :today and close_date between :from and :to")
                + " order by " + (sort == null ? Sort.CLOSE_DATE : sort).orderBy + " limit :limit offset :offset")
                .params(params).query(OpportunityRepository.ROW).list();
    }

    /** Revenue booked (sales lines) per month from … to, of the accounts and product the filter names. */
    private Map<YearMonth, BigDecimal> readBooked(Filter filter, Collection<Long> visible, LocalDate from,
            LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = new SqlConditions(params).accountsIn(visible)
                .add("account_id = :account", "account", filter.accountId())
                .add("product_id = :product", "product", filter.productId()).where();
        params.put("from", from);
        params.put("to", to);
        Map<YearMonth, BigDecimal> out = new LinkedHashMap<>();
        jdbc.sql("""
                select extract(year from sale_date) as y, extract(month from sale_date) as m, sum(amount) as a
                  from sale""" + where + (where.isEmpty() ? " where " : " and ") + """
                 sale_date between :from and :to
                 group by extract(year from sale_date), extract(month from sale_date)""")
                .params(params)
                .query(rs -> {
                    out.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getBigDecimal("a").setScale(2));
                });
        return out;
    }

    /** The accounts to look at: the visible ones, narrowed by the filter's; null = every account. */
    private Collection<Long> visible(Filter filter) {
        Set<Long> visible = accounts.visibleAccountIds().orElse(null);
        if (filter.accountIds() == null) return visible;
        if (visible == null) return filter.accountIds();
        Set<Long> both = new HashSet<>(filter.accountIds());
        both.retainAll(visible);
        return both;
    }

    private static String where(Filter filter, Collection<Long> ids, Map<String, Object> params, String alias) {
        return new SqlConditions(params)
                .add(alias + "account_id in (:ids)", "ids", ids == null ? null : ids.isEmpty() ? List.of(-1L) : ids)
                .add(alias + "account_id = :account", "account", filter.accountId())
                .add(alias + "owner_id = :owner", "owner", filter.ownerId())
                .add(alias + "product_id = :product", "product", filter.productId()).where();
    }
}
