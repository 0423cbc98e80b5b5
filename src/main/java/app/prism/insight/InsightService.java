package app.prism.insight;

import app.prism.account.AccountService;
import app.prism.account.UnitService;
import app.prism.catalog.ProductService;
import app.prism.catalog.ProductView;
import app.prism.identity.CurrentUser;
import app.prism.sales.SalesFacts;
import app.prism.web.DataRevision;
import app.prism.web.Forbidden;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The back-test of cross-sell suggestions on the installation's own history, the learned ranking's model versions,
 * and the learned cross-sells of an account. The history is read in one pass over all accounts and kept until any
 * data changes; figures shown are those of the accounts the user may see (the peers of a cell are every account's
 * units, an aggregate that reveals no account's own figures).
 */
@Service
public class InsightService {

    /** The cut-offs of the chart: the one asked and every quarter before it. */
    public static final int CHART_POINTS = 5;
    public static final long RANDOM_SEED = 42;
    public static final int MISSED_MOST = 10;

    private final SalesFacts sales;
    private final UnitService units;
    private final ProductService products;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final DataRevision revision;
    private final InsightRepository repository;
    private final Clock clock;

    private record Kept(Object key, Object value) {}

    private volatile Kept history;
    private volatile Kept features;
    private volatile Kept models;
    /**
     * Each account's scored cross-sells with the key they were scored under (the day, the data revisions, the model):
     * one entry per account, replaced when the key moves, for the last 64 accounts asked.
     */
    private final Map<Long, Kept> scored = recentlyUsed(64);
    private final Map<Object, Object> backtests = recentlyUsed(8);

    /** A thread-safe map that keeps the {@code limit} entries used last. */
    private static <K, V> Map<K, V> recentlyUsed(int limit) {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        });
    }

    InsightService(SalesFacts sales, UnitService units, ProductService products, AccountService accounts,
            CurrentUser currentUser, DataRevision revision, InsightRepository repository, Optional<Clock> clock) {
        this.sales = sales;
        this.units = units;
        this.products = products;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.revision = revision;
        this.repository = repository;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every account's history, read again only when some data changed. */
    History history() {
        boolean keep = !revision.writtenInThisTransaction();
        Object key = keep ? revision.allAccounts() : null;
        Kept k = history;
        if (keep && k != null && k.key().equals(key)) return (History) k.value();
        History.Builder b = History.builder();
        units.allUnitProfiles().forEach(u -> b.unit(u.id(), u.accountId(), u.kind().name(), u.country()));
        for (ProductView p : products.allProducts()) b.product(p.id(), p.name(), p.typicalAnnualValue(), p.active());
        sales.allHistory(new SalesFacts.HistorySink() {
            @Override
            public void sale(long accountId, long unitId, long productId, long epochDay, long cents) {
                b.sale(unitId, productId, epochDay, cents);
            }

            @Override
            public void fitMark(long accountId, long unitId, long productId) {
                b.fitMark(unitId, productId);
            }

            @Override
            public void opportunity(long accountId, long unitId, long productId, String stage, long closeDay,
                    long createdDay) {
                b.opportunity(unitId, productId, stage, closeDay, createdDay);
            }
        });
        History h = b.build();
        if (keep) history = new Kept(key, h);
        return h;
    }

    // ---------------------------------------------------------------- the back-test

    /** The back-test at {@code asOf} (default: a year before today, the last cut-off whose year is over). */
    public Backtest backtest(LocalDate asOf) {
        LocalDate cutOff = asOf != null ? asOf : today().minusDays(365);
        Optional<Set<Long>> visible = accounts.visibleAccountIds();
        History h = history();
        Object key = List.of(cutOff, visible.map(Object.class::cast).orElse("all"), revision.writtenInThisTransaction()
                ? new Object() : revision.allAccounts(), today());
        Object kept = backtests.get(key);
        if (kept != null) return (Backtest) kept;
        Backtest result = compute(h, cutOff, visible.orElse(null));
        backtests.put(key, result);
        return result;
    }

    private record Judged(List<BacktestRule.RankingFigures> figures, boolean learned) {}

    /** The figures of every ranking at one cut-off, the learned one fitted on the history up to the cut-off only. */
    private static Judged judge(Replay replay, LocalDate cutOff, Set<Long> accountIds) {
        CellsAt at = replay.cells(cutOff);
        List<Features> features = replay.features(cutOff);
        List<Ranking> rankings = new ArrayList<>();
        Optional<LearnedModel> model = LearnedRanking.fit(replay, cutOff);
        model.ifPresent(m -> rankings.add(LearnedRanking.ranking(m)));
        rankings.addAll(Ranking.baselines(RANDOM_SEED));
        return new Judged(BacktestRule.evaluate(features, BacktestRule.outcomes(at), rankings, accountIds),
                model.isPresent());
    }

    private Backtest compute(History h, LocalDate cutOff, Set<Long> accountIds) {
        Replay replay = new Replay(h);
        Judged main = judge(replay, cutOff, accountIds);
        List<Backtest.CutOffRow> overTime = new ArrayList<>();
        for (int k = CHART_POINTS - 1; k >= 0; k--) {
            LocalDate c = cutOff.minusDays(91L * k);
            if (h.firstSale() == null || c.isBefore(h.firstSale())) continue;
            Judged j = k == 0 ? main : judge(replay, c, accountIds);
            Map<String, Backtest.Point> points = new LinkedHashMap<>();
            j.figures().forEach(f -> points.put(f.key(), new Backtest.Point(f.precision(), f.revenueShare())));
            overTime.add(new Backtest.CutOffRow(c, points));
        }
        BacktestRule.RankingFigures inUse = main.figures().get(0);
        List<Backtest.AccountRow> rows = new ArrayList<>();
        for (BacktestRule.AccountFigures a : inUse.accounts()) {
            rows.add(new Backtest.AccountRow(a.accountId(), null, a.candidates(), a.suggested(), a.hits(),
                    a.precision(), a.revenueShare(), money(a.missedCents()), money(a.revenueAllCents())));
        }
        List<Backtest.AccountRow> missed = rows.stream().filter(r -> r.missedRevenue().signum() > 0)
                .sorted(Comparator.comparing(Backtest.AccountRow::missedRevenue).reversed()).limit(MISSED_MOST)
                .map(r -> new Backtest.AccountRow(r.accountId(), accounts.getAccount(r.accountId()).name(),
                        r.candidates(), r.suggested(), r.hits(), r.precision(), r.revenueShare(), r.missedRevenue(),
                        r.revenueAll()))
                .toList();
        LocalDate yearEnd = cutOff.plusDays(365);
        String note = main.learned() ? null
                : "The history is too short to learn from at this date: a fit needs a full year of sales before a "
                        + "training cut-off a year before it, and at least " + LearnedRanking.MIN_BOUGHT
                        + " cross-sells bought. Next best actions use today's rule (value × smoothed peer share) until then.";
        return new Backtest(cutOff, yearEnd, !yearEnd.isAfter(today()), main.learned(), note, inUse.key(),
                main.figures().stream().map(InsightService::row).toList(), overTime, missed, rows,
                latestModel().orElse(null));
    }

    private static Backtest.RankingRow row(BacktestRule.RankingFigures f) {
        return new Backtest.RankingRow(f.key(), f.label(), f.suggested(), f.hits(), f.precision(), f.revenueShare(),
                money(f.revenueTopCents()), money(f.revenueAllCents()));
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    // ---------------------------------------------------------------- model versions

    public Optional<ModelVersion> latestModel() {
        Object key = revision.writtenInThisTransaction() ? null : revision.current();
        Kept k = models;
        if (key != null && k != null && k.key().equals(key)) {
            @SuppressWarnings("unchecked")
            Optional<ModelVersion> kept = (Optional<ModelVersion>) k.value();
            return kept;
        }
        Optional<ModelVersion> latest = repository.latest();
        if (key != null) models = new Kept(key, latest);
        return latest;
    }

    public List<ModelVersion> versions() {
        return repository.versions(20);
    }

    /** A refit on demand: managers and administrators only. */
    public Optional<ModelVersion> refit() {
        if (!currentUser.viewer().isManagerOrAdmin()) {
            throw new Forbidden("Only managers and administrators refit the cross-sell ranking.");
        }
        return refit(currentUser.viewer().email(), null);
    }

    /**
     * Fits the ranking on the whole history (judged at today), and judges the same kind of fit made a year ago by
     * what was bought since; stores both as a new model version. Empty (nothing stored) while the history is too short.
     * {@code period} is the month a monthly refit claims (unique), null on demand.
     */
    Optional<ModelVersion> refit(String by, String period) {
        History h = history();
        LocalDate today = today();
        Optional<LearnedModel> model = LearnedRanking.fit(h, today);
        if (model.isEmpty()) return Optional.empty();
        LocalDate cutOff = today.minusDays(365);
        List<ModelVersion.Figure> figures = judge(new Replay(h), cutOff, null).figures().stream()
                .map(f -> new ModelVersion.Figure(f.key(), f.label(), f.precision(), f.revenueShare())).toList();
        long id = repository.insert(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), by, model.get(),
                cutOff, figures, period);
        revision.bump();   // next best actions and cached back-tests now use the new model
        models = null;
        return repository.versions(20).stream().filter(v -> v.id() == id).findFirst();
    }

    boolean isMonthTaken(String period) {
        return repository.isMonthTaken(period);
    }

    // ---------------------------------------------------------------- cross-sells of an account

    /**
     * The learned view of one whitespace cell: probability, expected value and the reason in numbers, written only when
     * asked for (an account of 2,000 units has a quarter of a million candidates, of which a list shows fifty).
     */
    public record CrossSell(long unitId, long productId, double probability, BigDecimal expectedValue,
            java.util.function.Supplier<String> reasonText) {

        public String reason() {
            return reasonText.get();
        }
    }

    /**
     * The learned cross-sells of the account's whitespace cells as of the day, keyed by "unit:product"; empty when no
     * model exists yet (then today's rule applies). The caller checks access to the account.
     */
    public Optional<Map<String, CrossSell>> crossSells(long accountId, LocalDate day, Map<Long, String> unitNames,
            Map<Long, String> kindPlurals, Map<Long, String> countries) {
        Optional<ModelVersion> version = latestModel();
        if (version.isEmpty()) return Optional.empty();
        // scored again only when data, day or model changed (a unit's name is data: renaming it moves the revision)
        Object key = revision.writtenInThisTransaction() ? null
                : List.of(day, revision.allAccounts(), version.get().id());
        Kept kept = key == null ? null : scored.get(accountId);
        if (kept != null && kept.key().equals(key)) {
            @SuppressWarnings("unchecked")
            Map<String, CrossSell> answer = (Map<String, CrossSell>) kept.value();
            return Optional.of(answer);
        }
        if (kept != null) scored.remove(accountId);   // stale: not kept alive while the new one is scored
        LearnedModel model = version.get().model();
        Map<Long, List<Features>> byAccount = featuresAt(day);
        Map<Long, String> productNames = new HashMap<>();
        products.allProducts().forEach(p -> productNames.put(p.id(), p.name()));
        Map<String, CrossSell> out = new HashMap<>();
        for (Features f : byAccount.getOrDefault(accountId, List.of())) {
            long unit = f.candidate().unitId();
            double p = model.probability(f);
            BigDecimal value = f.candidate().value();
            BigDecimal expected = value.multiply(BigDecimal.valueOf(p)).setScale(2, java.math.RoundingMode.HALF_UP);
            java.util.function.Supplier<String> reason = () -> CrossSellReason.of(f,
                    id -> productNames.getOrDefault(id, "?"), unitNames.getOrDefault(unit, "?"),
                    kindPlurals.getOrDefault(unit, "units"), countries.get(unit), p);
            out.put(unit + ":" + f.candidate().productId(), new CrossSell(unit, f.candidate().productId(), p, expected,
                    reason));
        }
        Map<String, CrossSell> answer = java.util.Collections.unmodifiableMap(out);
        if (key != null) scored.put(accountId, new Kept(key, answer));
        return Optional.of(answer);
    }

    private Map<Long, List<Features>> featuresAt(LocalDate day) {
        boolean keep = !revision.writtenInThisTransaction();
        Object key = keep ? List.of(day, revision.allAccounts()) : null;
        Kept k = features;
        if (keep && k != null && k.key().equals(key)) {
            @SuppressWarnings("unchecked")
            Map<Long, List<Features>> kept = (Map<Long, List<Features>>) k.value();
            return kept;
        }
        History h = history().upTo(day);
        Map<Long, List<Features>> byAccount = new HashMap<>();
        for (Features f : FeatureRule.of(CellsAt.of(h, day), CellsAt.of(h, day.minusDays(365)))) {
            byAccount.computeIfAbsent(f.candidate().accountId(), x -> new ArrayList<>()).add(f);
        }
        if (keep) features = new Kept(key, byAccount);
        return byAccount;
    }
}
