package app.prism.pipeline;

import app.prism.account.AccountService;
import app.prism.performance.PerformanceService;
import app.prism.sales.PipelineFacts;
import app.prism.sales.SalesStage;
import app.prism.sales.Stage;
import app.prism.scoring.ScoringService;
import app.prism.scoring.Segment;
import app.prism.web.Invalid;
import app.prism.web.PageQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The pipeline and its forecast ({@link ForecastRule}) over what the user may see. */
@Service
public class PipelineService {

    /** What GET /api/v1/pipeline asks; every field may be null. */
    public record Query(String from, String to, String by, Long ownerId, Long accountId, String segment,
            Long productId, String sort, Integer page, Integer size) {

        static Query ofAccount(long accountId) {
            return new Query(null, null, null, null, accountId, null, null, null, null, null);
        }
    }

    static final int MAX_PERIODS = 120;
    /** The overdue ones listed apart: the longest overdue first; {@code totals.overdueCount} says how many in all. */
    static final int MAX_OVERDUE_LISTED = 50;

    private final PipelineFacts facts;
    private final PerformanceService performance;
    private final ScoringService scoring;
    private final AccountService accounts;
    private final Clock clock;

    PipelineService(PipelineFacts facts, PerformanceService performance,
            ScoringService scoring, AccountService accounts, Optional<Clock> clock) {
        this.facts = facts;
        this.performance = performance;
        this.scoring = scoring;
        this.accounts = accounts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Pipeline pipeline(Query q) {
        LocalDate today = today();
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        ForecastRule.By by = ForecastRule.by(q.by()).orElse(null);
        if (by == null) problems.add(new Invalid.FieldProblem("by", "month, quarter or year"));
        ForecastRule.By window = by == null ? ForecastRule.By.MONTH : by;
        LocalDate from = day(q.from(), true, "from", problems);
        LocalDate to = day(q.to(), false, "to", problems);
        PipelineFacts.Sort sort = null;
        if (q.sort() != null && !q.sort().isBlank()) {
            try {
                sort = PipelineFacts.Sort.valueOf(q.sort().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new Invalid.FieldProblem("sort", "one of " + List.of(PipelineFacts.Sort.values())));
            }
        }
        Collection<Long> segmentAccounts = null;
        if (q.segment() != null && !q.segment().isBlank()) {
            try {
                Segment segment = Segment.valueOf(q.segment().strip().toUpperCase(Locale.ROOT));
                segmentAccounts = scoring.portfolio(today).accounts().stream().filter(a -> a.segment() == segment)
                        .map(a -> a.accountId()).toList();
            } catch (IllegalArgumentException e) {
                problems.add(new Invalid.FieldProblem("segment", "one of " + List.of(Segment.values())));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        if (from == null) from = ForecastRule.periodOf(today, window).start();
        if (to == null) {
            to = switch (window) {
                case MONTH -> from.plusMonths(12).minusDays(1);
                case QUARTER -> ForecastRule.periodOf(from, window).start().plusMonths(12).minusDays(1);
                case YEAR -> ForecastRule.periodOf(from, window).end();
            };
        }
        if (to.isBefore(from)) throw Invalid.field("to", "must not be before from");
        List<ForecastRule.Period> periods = ForecastRule.periods(from, to, window);
        if (periods.size() > MAX_PERIODS) throw Invalid.field("to", "at most " + MAX_PERIODS + " periods");
        if (q.accountId() != null) accounts.requireVisible(q.accountId());
        PageQuery page = PageQuery.of(q.page(), q.size(), null);

        var filter = new PipelineFacts.Filter(q.ownerId(), q.accountId(), q.productId(), segmentAccounts);
        PipelineFacts.Answer answer = facts.answer(filter, from, to, today, sort, (int) page.offset(), page.size(),
                MAX_OVERDUE_LISTED);
        List<PipelineFacts.Cell> cells = answer.figures().cells();

        BigDecimal open = zero(), weighted = zero(), won = zero(), overdue = zero();
        long openCount = 0, overdueCount = 0;
        Map<String, BigDecimal[]> byStage = new LinkedHashMap<>();
        Map<String, Long> countByStage = new LinkedHashMap<>();
        Map<YearMonth, BigDecimal> weightedByMonth = new LinkedHashMap<>();
        Map<YearMonth, BigDecimal> wonByMonth = new LinkedHashMap<>();
        for (PipelineFacts.Cell c : cells) {
            if (c.stage() == Stage.OPEN && c.overdue()) {
                overdue = overdue.add(c.value());
                overdueCount += c.count();
            } else if (c.stage() == Stage.OPEN) {
                open = open.add(c.value());
                weighted = weighted.add(c.weighted());
                openCount += c.count();
                weightedByMonth.merge(c.month(), c.weighted(), BigDecimal::add);
                BigDecimal[] sums = byStage.computeIfAbsent(c.salesStage(), s -> new BigDecimal[] {zero(), zero()});
                sums[0] = sums[0].add(c.value());
                sums[1] = sums[1].add(c.weighted());
                countByStage.merge(c.salesStage(), c.count(), Long::sum);
            } else if (c.stage() == Stage.WON) {
                won = won.add(c.value());
                wonByMonth.merge(c.month(), c.value(), BigDecimal::add);
            }
        }

        List<Pipeline.StageFigures> stageFigures = new ArrayList<>();
        for (SalesStage s : answer.figures().stages()) {
            BigDecimal[] sums = byStage.getOrDefault(s.name(), new BigDecimal[] {zero(), zero()});
            stageFigures.add(new Pipeline.StageFigures(s.name(), s.probability(), countByStage.getOrDefault(s.name(), 0L),
                    sums[0], sums[1]));
        }

        // targets are per account: they say nothing of one owner's or one product's share
        Map<Integer, BigDecimal> targets = q.ownerId() == null && q.productId() == null
                ? performance.revenueTargetsByYear(q.accountId() != null ? List.of(q.accountId()) : segmentAccounts)
                : Map.of();
        Map<YearMonth, BigDecimal> booked = answer.figures().booked();
        List<Pipeline.Period> out = new ArrayList<>();
        for (ForecastRule.Period p : periods) {
            BigDecimal w = sumIn(weightedByMonth, p), wn = sumIn(wonByMonth, p), b = sumIn(booked, p);
            BigDecimal target = ForecastRule.targetOf(p, window, targets);
            out.add(new Pipeline.Period(p.text(), p.start(), p.end(), w, wn, ForecastRule.forecast(w, wn), b, target,
                    ForecastRule.gap(target, b, w)));
        }
        return new Pipeline(from, to, window.name().toLowerCase(Locale.ROOT), today,
                new Pipeline.Totals(open, weighted, won, overdue, openCount, overdueCount), out, stageFigures,
                answer.page(), openCount, page.page(), page.size(), answer.overdue());
    }

    private static BigDecimal sumIn(Map<YearMonth, BigDecimal> byMonth, ForecastRule.Period p) {
        BigDecimal sum = zero();
        for (var e : byMonth.entrySet()) {
            if (p.contains(e.getKey().atDay(1)) || p.contains(e.getKey().atEndOfMonth())) sum = sum.add(e.getValue());
        }
        return sum;
    }

    /** A date, or a period (its first day for from, its last for to). */
    private static LocalDate day(String text, boolean start, String field, List<Invalid.FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            var period = ForecastRule.parsePeriod(text);
            if (period.isPresent()) return start ? period.get().start() : period.get().end();
            problems.add(new Invalid.FieldProblem(field, "a date (2027-01-31) or a period (2027-01, 2027-Q1, 2027)"));
            return null;
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
