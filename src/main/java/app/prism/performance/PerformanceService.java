package app.prism.performance;

import app.prism.account.AccountService;
import app.prism.contact.ContactService;
import app.prism.contact.ContactView;
import app.prism.sales.SalesFacts;
import app.prism.survey.SurveyService;
import app.prism.web.Invalid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's performance as of a date ({@link PerformanceRule}) and its targets. */
@Service
public class PerformanceService {

    private final SalesFacts sales;
    private final ContactService contacts;
    private final AccountService accounts;
    private final SurveyService survey;
    private final TargetRepository repository;
    private final Clock clock;

    PerformanceService(SalesFacts sales, ContactService contacts, AccountService accounts, SurveyService survey,
            TargetRepository repository, Optional<Clock> clock) {
        this.sales = sales;
        this.contacts = contacts;
        this.accounts = accounts;
        this.survey = survey;
        this.repository = repository;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /**
     * PRODUCT.md section 4 "Performance" as of D: the TTM (D − 364 … D) against the TTM of D − 365, and every calendar
     * year with sales up to D against the year before.
     */
    public Performance performance(long accountId, LocalDate asOf) {
        accounts.requireVisible(accountId);
        LocalDate d = asOfOrToday(asOf);
        LocalDate yearAgo = d.minusDays(365);
        SalesFacts.PeriodSums now = sales.periodSums(accountId, d.minusDays(364), d);
        SalesFacts.PeriodSums before = sales.periodSums(accountId, yearAgo.minusDays(364), yearAgo);
        Set<String> buyingBefore = sales.pairsBuying(accountId, yearAgo.minusDays(364), yearAgo);
        Set<String> buyingNow = sales.pairsBuying(accountId, d.minusDays(364), d);
        long kept = buyingBefore.stream().filter(buyingNow::contains).count();
        SalesFacts.PeriodSums toDate = sales.periodSums(accountId, LocalDate.of(1, 1, 1), d);
        SalesFacts.PeriodSums lastThree = sales.periodSums(accountId, d.minusDays(1094), d);
        List<ContactView> people = contacts.contactsOfAccount(accountId);
        // PRODUCT.md: active contacts and units with a contact "now, and the same a year ago": now is today even when
        // D is earlier (contacts entered since then are there now); a later D looks ahead to the state on that day.
        LocalDate present = d.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : d;
        var ttm = new Performance.Ttm(now.revenue(), PerformanceRule.growth(now.revenue(), before.revenue()),
                PerformanceRule.grossMargin(now.amountWithCost(), now.cost(), now.linesWithCost()),
                PerformanceRule.retention(buyingBefore, buyingNow),
                activeAt(people, present).size(), activeAt(people, yearAgo).size(),
                unitsOf(activeAt(people, present)), unitsOf(activeAt(people, yearAgo)),
                PerformanceRule.nps(answers(accountId, d), d.minusDays(364), d),
                PerformanceRule.clv(toDate.amountWithCost().subtract(toDate.cost()),
                        lastThree.amountWithCost().subtract(lastThree.cost()), kept, buyingBefore.size()));
        List<Performance.Year> years = new ArrayList<>();
        Map<Integer, SalesFacts.PeriodSums> byYear = sales.yearlySums(accountId, d);
        for (var e : byYear.entrySet()) {
            SalesFacts.PeriodSums previous = byYear.get(e.getKey() - 1);
            BigDecimal prevRevenue = previous == null ? BigDecimal.ZERO : previous.revenue();
            years.add(new Performance.Year(e.getKey(), e.getValue().revenue(),
                    PerformanceRule.growth(e.getValue().revenue(), prevRevenue),
                    PerformanceRule.grossMargin(e.getValue().amountWithCost(), e.getValue().cost(),
                            e.getValue().linesWithCost())));
        }
        return new Performance(d, ttm, years, gaps(accountId, ttm, years));
    }

    /** The account's survey answers up to the day, as the NPS reads them. */
    private List<PerformanceRule.Answer> answers(long accountId, LocalDate upTo) {
        return survey.scoresOfAccount(accountId, upTo).stream()
                .map(a -> new PerformanceRule.Answer(a.contactId(), a.date(), a.score(), a.id())).toList();
    }

    /**
     * Whether the contact counted as active on the day: entered by then, and not deactivated by then (a contact marked
     * inactive without a date counts as gone all along).
     */
    static List<ContactView> activeAt(List<ContactView> people, LocalDate day) {
        return people.stream().filter(c -> !c.createdAt().toLocalDate().isAfter(day))
                .filter(c -> c.deactivatedAt() == null ? c.active() : c.deactivatedAt().toLocalDate().isAfter(day))
                .toList();
    }

    private static long unitsOf(List<ContactView> people) {
        Set<Long> units = new HashSet<>();
        people.forEach(c -> units.add(c.unitId()));
        return units.size();
    }

    private List<Performance.TargetGap> gaps(long accountId, Performance.Ttm ttm, List<Performance.Year> years) {
        List<Performance.TargetGap> out = new ArrayList<>();
        for (TargetRepository.TargetRow t : repository.targets(accountId)) {
            BigDecimal actual = actual(t.metric(), t.period(), ttm, years);
            out.add(new Performance.TargetGap(t.metric(), t.period(), t.targetValue().stripTrailingZeros(), actual,
                    actual == null ? null : t.targetValue().subtract(actual).stripTrailingZeros()));
        }
        return out;
    }

    /** The metric's actual value in the period ("TTM" or a year) of a performance; null while unknown. */
    public static BigDecimal actual(Metric metric, String period, Performance.Ttm ttm, List<Performance.Year> years) {
        if ("TTM".equals(period)) {
            return switch (metric) {
                case REVENUE -> ttm.revenue();
                case GROWTH -> ttm.growth();
                case GROSS_MARGIN -> ttm.grossMargin();
                case RETENTION -> ttm.retention();
                case ACTIVE_CONTACTS -> BigDecimal.valueOf(ttm.activeContacts());
                case UNITS_WITH_CONTACT -> BigDecimal.valueOf(ttm.unitsWithContact());
                case NPS -> ttm.nps();
                case CLV -> ttm.clv();
            };
        }
        int year = Integer.parseInt(period);
        return years.stream().filter(y -> y.year() == year).findFirst().map(y -> switch (metric) {
            case REVENUE -> y.revenue();
            case GROWTH -> y.growth();
            case GROSS_MARGIN -> y.grossMargin();
            default -> null;
        }).orElse(metric == Metric.REVENUE ? BigDecimal.ZERO.setScale(2) : null);
    }

    // ---- targets ----

    public List<TargetInput> targets(long accountId) {
        accounts.requireVisible(accountId);
        return repository.targets(accountId).stream()
                .map(t -> new TargetInput(t.metric(), t.period(), t.targetValue().stripTrailingZeros())).toList();
    }

    /**
     * The REVENUE targets of calendar years ("2027" → Σ over the accounts), of these accounts as far as the user may see
     * them; null = every account the user may see. For the pipeline's forecast gap.
     */
    public java.util.Map<Integer, BigDecimal> revenueTargetsByYear(java.util.Collection<Long> accountIds) {
        java.util.Set<Long> visible = accounts.visibleAccountIds().orElse(null);
        java.util.Collection<Long> ids = accountIds;
        if (visible != null) {
            java.util.Set<Long> both = new java.util.HashSet<>(accountIds == null ? visible : accountIds);
            both.retainAll(visible);
            ids = both;
        }
        java.util.Map<Integer, BigDecimal> out = new java.util.TreeMap<>();
        repository.revenueTargetsByPeriod(ids).forEach((period, value) -> {
            if (period.matches("\\d{4}")) out.put(Integer.parseInt(period), value.setScale(2, java.math.RoundingMode.HALF_UP));
        });
        return out;
    }

    /** target.target_value is numeric(19, 4). */
    private static final app.prism.web.DecimalColumn TARGET_VALUE = new app.prism.web.DecimalColumn(19, 4);

    /** Replaces the account's targets; a period is "TTM" or a year, and yearly targets exist for money and ratios only. */
    @Transactional
    public List<TargetInput> replaceTargets(long accountId, List<TargetInput> targets) {
        accounts.requireVisible(accountId);
        List<Invalid.FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetInput t = targets.get(i);
            String at = "[" + i + "]";
            if (t == null || t.metric() == null || t.period() == null || t.value() == null) {
                problems.add(new Invalid.FieldProblem(at, "needs a metric, a period and a value"));
                continue;
            }
            boolean ttm = "TTM".equals(t.period());
            if (!ttm && !t.period().matches("(19|20|21)\\d\\d")) {
                problems.add(new Invalid.FieldProblem(at + ".period", "must be TTM or a year such as 2027"));
            } else if (!ttm && !(t.metric() == Metric.REVENUE || t.metric() == Metric.GROWTH
                    || t.metric() == Metric.GROSS_MARGIN)) {
                problems.add(new Invalid.FieldProblem(at + ".period", t.metric() + " is measured over the TTM only"));
            }
            String unfit = TARGET_VALUE.problem(t.value());
            if (unfit != null) problems.add(new Invalid.FieldProblem(at + ".value", unfit));
            if (!seen.add(t.metric() + "|" + t.period())) {
                problems.add(new Invalid.FieldProblem(at, "a second target for " + t.metric() + " " + t.period()));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        repository.replaceTargets(accountId, targets);
        return targets(accountId);
    }
}
